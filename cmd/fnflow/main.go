package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/fnflow/fnflow/config"
	"github.com/fnflow/fnflow/internal/app"
	"github.com/fnflow/fnflow/models"
)

const usage = `fnflow: an Appwrite-compatible functions engine on Temporal and Docker

Usage:
  fnflow serve   [-config FILE]          API and worker in one process (the default setup)
  fnflow api     [-config FILE]          API only
  fnflow worker  [-config FILE]          Temporal worker only
  fnflow project create -name NAME [-id ID]
  fnflow project list
  fnflow key create -project ID [-name NAME] [-scopes a,b] [-expire 720h]
  fnflow runtimes list
  fnflow runtimes build [-force] [ID...]
  fnflow version

Configuration: config.yaml in the working directory (or -config FILE), then
FNFLOW_<SECTION>_<KEY> environment variables, e.g. FNFLOW_DATABASE_DSN.
`

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "fnflow:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	if len(args) == 0 {
		fmt.Print(usage)
		return errors.New("missing command")
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "serve":
		return serve(rest, app.Roles{API: true, Worker: true})
	case "api":
		return serve(rest, app.Roles{API: true})
	case "worker":
		return serve(rest, app.Roles{Worker: true})
	case "project":
		return projectCmd(rest)
	case "key":
		return keyCmd(rest)
	case "runtimes":
		return runtimesCmd(rest)
	case "version":
		fmt.Println("fnflow", version)
		return nil
	case "help", "-h", "--help":
		fmt.Print(usage)
		return nil
	}
	fmt.Print(usage)
	return fmt.Errorf("unknown command %q", cmd)
}

func loadConfig(path string) (config.Config, error) {
	cfg, err := config.Load(path, os.Environ())
	if err != nil {
		return cfg, err
	}
	if err := cfg.Validate(); err != nil {
		return cfg, fmt.Errorf("invalid configuration:\n%w", err)
	}
	return cfg, nil
}

func serve(args []string, roles app.Roles) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	cfgPath := fs.String("config", "", "config file (default: config.yaml if present)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	cfg, err := loadConfig(*cfgPath)
	if err != nil {
		return err
	}
	log := app.NewLogger(cfg.Log, os.Stderr)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	a, err := app.Open(ctx, cfg, log, roles)
	if err != nil {
		return err
	}
	defer func() {
		if err := a.Close(); err != nil {
			log.Warn("shutdown", "error", err)
		}
	}()
	if roles.API {
		addr, err := a.Listen()
		if err != nil {
			return err
		}
		log.Info("fnflow api listening", "address", addr.String(), "public_url", cfg.Server.PublicURL)
	}
	return a.Run(ctx)
}

// openStore opens only the store, for admin commands.
func openStore(path string) (*models.Store, func(), error) {
	cfg, err := loadConfig(path)
	if err != nil {
		return nil, nil, err
	}
	if cfg.Database.Driver == "sqlite" {
		if i := strings.LastIndex(cfg.Database.DSN, "/"); i > 0 {
			if err := os.MkdirAll(cfg.Database.DSN[:i], 0o755); err != nil {
				return nil, nil, err
			}
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	st, err := models.Open(ctx, cfg.Database.Driver, cfg.Database.DSN, app.NewLogger(cfg.Log, os.Stderr))
	if err != nil {
		return nil, nil, err
	}
	return st, func() { _ = st.Close() }, nil
}
