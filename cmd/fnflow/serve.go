package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/fnflow/fnflow/config"
	"github.com/fnflow/fnflow/internal/app"
	"github.com/fnflow/fnflow/models"
)

var serveShort = map[string]string{
	"serve":  "Run the API and the worker in one process (the default setup)",
	"api":    "Run the HTTP API only",
	"worker": "Run the Temporal worker only",
}

func serveCmd(name string) *cobra.Command {
	roles := map[string]app.Roles{"serve": {API: true, Worker: true}, "api": {API: true}, "worker": {Worker: true}}[name]
	var cfgPath string
	c := &cobra.Command{
		Use:   name,
		Short: serveShort[name],
		Args:  noArgs,
		RunE:  func(*cobra.Command, []string) error { return serve(cfgPath, roles) },
	}
	configFlag(c, &cfgPath)
	return c
}

func configFlag(c *cobra.Command, p *string) {
	c.Flags().StringVar(p, "config", "", "server config file (default: config.yaml if present)")
}

func loadConfig(path string) (config.Config, error) {
	cfg, err := config.Load(path, os.Environ())
	if err != nil {
		return cfg, err
	}
	for _, w := range config.UnknownEnv(os.Environ()) {
		fmt.Fprintln(os.Stderr, "fnflow: warning:", w)
	}
	if err := cfg.Validate(); err != nil {
		return cfg, fmt.Errorf("invalid configuration:\n%w", err)
	}
	return cfg, nil
}

func serve(cfgPath string, roles app.Roles) error {
	cfg, err := loadConfig(cfgPath)
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
