package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/fnflow/fnflow/internal/app"
)

func runtimesCmd(e env) *cobra.Command {
	var cfgPath string
	var force bool
	list := &cobra.Command{
		Use:   "list",
		Short: "List the runtimes and their images",
		Args:  noArgs,
		RunE: func(*cobra.Command, []string) error {
			cfg, err := loadConfig(cfgPath)
			if err != nil {
				return err
			}
			defs, err := app.Runtimes(cfg.Runtimes)
			if err != nil {
				return err
			}
			for _, d := range defs {
				fmt.Fprintf(e.stdout, "%-15s %-12s %-30s %s\n", d.ID, d.Name, d.Image, d.Base)
			}
			return nil
		},
	}
	build := &cobra.Command{
		Use:   "build [ID...]",
		Short: "Build runtime images offline from Debian packages (unchanged images are skipped)",
		RunE: func(_ *cobra.Command, ids []string) error {
			cfg, err := loadConfig(cfgPath)
			if err != nil {
				return err
			}
			defs, err := app.Runtimes(cfg.Runtimes)
			if err != nil {
				return err
			}
			return buildRuntimes(cfg.Docker.Host, defs, ids, force, e.stdout)
		},
	}
	build.Flags().BoolVar(&force, "force", false, "rebuild even when the image is up to date")
	configFlag(list, &cfgPath)
	configFlag(build, &cfgPath)
	return group("runtimes", "List and build the runtime images", list, build)
}
