package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/fnflow/fnflow/internal/app"
)

func runtimesCmd(args []string) error {
	if len(args) == 0 {
		return errors.New("usage: fnflow runtimes list|build [ID...]")
	}
	fs := flag.NewFlagSet("runtimes", flag.ContinueOnError)
	cfgPath := fs.String("config", "", "config file")
	force := fs.Bool("force", false, "rebuild even when the image is up to date")
	if err := fs.Parse(args[1:]); err != nil {
		return err
	}
	cfg, err := loadConfig(*cfgPath)
	if err != nil {
		return err
	}
	defs, err := app.Runtimes(cfg.Runtimes)
	if err != nil {
		return err
	}
	switch args[0] {
	case "list":
		for _, d := range defs {
			fmt.Printf("%-12s %-8s %-28s %s\n", d.ID, d.Name, d.Image, d.Base)
		}
		return nil
	case "build":
		return buildRuntimes(cfg.Docker.Host, defs, fs.Args(), *force, os.Stdout)
	}
	return fmt.Errorf("unknown runtimes command %q (want list or build)", strings.Join(args[:1], ""))
}
