package app

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"strings"
	"time"

	"go.temporal.io/sdk/client"
	sdkworker "go.temporal.io/sdk/worker"

	"github.com/fnflow/fnflow/artifacts"
	"github.com/fnflow/fnflow/config"
	"github.com/fnflow/fnflow/docker"
	"github.com/fnflow/fnflow/events"
	"github.com/fnflow/fnflow/internal/syncwait"
	"github.com/fnflow/fnflow/metrics"
	"github.com/fnflow/fnflow/models"
	"github.com/fnflow/fnflow/runtimes"
	"github.com/fnflow/fnflow/server"
	"github.com/fnflow/fnflow/tracing"
	"github.com/fnflow/fnflow/worker"
)

// Roles selects what a process runs.
type Roles struct {
	API    bool
	Worker bool
}

// App is a running fnflow process.
type App struct {
	Cfg       config.Config
	Log       *slog.Logger
	Store     *models.Store
	Temporal  client.Client
	Docker    *docker.Engine
	Server    *server.Server
	Runtimes  []runtimes.Definition
	Artifacts artifacts.Store
	// SyncWaiters hand sync execution results from the worker to the API.
	SyncWaiters *syncwait.Waiters
	Events      *events.Bus
	Pool        *docker.Pool
	Worker      sdkworker.Worker
	// RoutedWorker polls this worker's own queue (warm routing: runs sent
	// here because this worker holds the deployment warm); Warm keeps the
	// warm_workers rows.
	RoutedWorker sdkworker.Worker
	Warm         *worker.WarmRegistry
	// Metrics is the process's Prometheus registry (nil: metrics.enabled
	// is false).
	Metrics   *metrics.Metrics
	metricsLn net.Listener
	// Tracing exports spans over OTLP (nil: tracing.enabled is false).
	Tracing *tracing.Tracing
	roles   Roles
	dev     *worker.DevServer
	ln      net.Listener
	// gatewayFailed: the API could not listen on the runtime network's
	// gateway, so functions get the public URL as their endpoint.
	gatewayFailed bool
}

// NewLogger builds the process logger from the log settings.
func NewLogger(cfg config.Log, w io.Writer) *slog.Logger {
	var level slog.Level
	_ = level.UnmarshalText([]byte(strings.ToUpper(cfg.Level)))
	opts := &slog.HandlerOptions{Level: level}
	if cfg.Format == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}

// Open connects every dependency. Each failure names the setting to fix.
func Open(ctx context.Context, cfg config.Config, log *slog.Logger, roles Roles) (*App, error) {
	if err := cfg.Validate(); err != nil {
		return nil, fmt.Errorf("invalid configuration:\n%w", err)
	}
	a := &App{Cfg: cfg, Log: log, roles: roles}
	if err := a.open(ctx, roles); err != nil {
		a.Close()
		return nil, err
	}
	return a, nil
}

func (a *App) open(ctx context.Context, roles Roles) (err error) {
	cfg, log := a.Cfg, a.Log
	if cfg.Database.Driver == "sqlite" {
		if err := os.MkdirAll(dirOf(cfg.Database.DSN), 0o755); err != nil {
			return fmt.Errorf("database.dsn: %w", err)
		}
	}
	if a.Store, err = models.Open(ctx, cfg.Database.Driver, cfg.Database.DSN, log); err != nil {
		return err
	}
	if cfg.Temporal.DevServer.Enabled && !worker.Reachable(cfg.Temporal.Address) {
		if a.dev, err = worker.StartDevServer(ctx, cfg.Temporal, devServerLog(cfg), log); err != nil {
			return err
		}
	}
	if cfg.Metrics.Enabled {
		a.Metrics = metrics.New()
	}
	if a.Tracing, err = tracing.New(ctx, cfg.Tracing, serviceName(roles), log); err != nil {
		return err
	}
	interceptors, err := a.Tracing.TemporalInterceptors()
	if err != nil {
		return err
	}
	if a.Temporal, err = worker.Dial(ctx, cfg.Temporal, log, a.Metrics.TemporalHandler(), interceptors...); err != nil {
		return err
	}
	if a.Docker, err = docker.New(ctx, dockerOptions(cfg.Docker, log)); err != nil {
		if errors.Is(err, docker.ErrEngineUnreachable) {
			return fmt.Errorf("docker.host: %w", err)
		}
		return err
	}
	defs, err := Runtimes(cfg.Runtimes)
	if err != nil {
		return err
	}
	a.Runtimes = defs
	if a.Artifacts, err = openArtifacts(ctx, cfg.Storage); err != nil {
		return err
	}
	a.Events = &events.Bus{}
	// One process hosts both sides of a sync execution: the worker's runs
	// hand results to the API's waiting handlers.
	a.SyncWaiters = syncwait.New()
	if roles.API {
		// Bound now so that the worker knows the port functions call.
		if err := a.bind(); err != nil {
			return err
		}
	}
	if roles.Worker {
		if err := a.openWorker(ctx, defs); err != nil {
			return err
		}
		a.noteEgress()
	}
	if roles.API {
		a.Server = server.New(server.Deps{
			Config:          cfg,
			Store:           a.Store,
			Log:             log,
			Runtimes:        runtimeInfos(defs),
			Health:          a.healthChecks(),
			Temporal:        a.Temporal,
			Artifacts:       a.Artifacts,
			Events:          a.Events,
			SyncWaiters:     a.SyncWaiters,
			WorkerInProcess: roles.Worker,
			Hooks:           worker.NewSchedules(a.Temporal, a.Store, cfg, log.With("component", "schedules")),
			Metrics:         a.Metrics,
			Tracing:         a.Tracing,
		})
	}
	return a.bindMetrics()
}

// serviceName is the service.name of the process's spans, by role.
func serviceName(roles Roles) string {
	switch {
	case roles.API && roles.Worker:
		return tracing.ServiceBoth
	case roles.API:
		return tracing.ServiceAPI
	}
	return tracing.ServiceWorker
}

func dirOf(path string) string {
	if i := strings.LastIndex(path, "/"); i > 0 {
		return path[:i]
	}
	return "."
}

// devServerLog is where the dev server's own output goes: a file next to its database.
func devServerLog(cfg config.Config) io.Writer {
	path := dirOf(cfg.Temporal.DevServer.DBFile) + "/temporal.log"
	f, err := os.OpenFile(path, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
	if err != nil {
		return io.Discard
	}
	return f
}

func (a *App) healthChecks() []server.HealthCheck {
	checks := []server.HealthCheck{
		{Name: "database", Check: a.Store.Ping},
		{Name: "temporal", Check: func(ctx context.Context) error {
			_, err := a.Temporal.CheckHealth(ctx, &client.CheckHealthRequest{})
			return err
		}},
		{Name: "docker", Check: a.Docker.Ping},
	}
	if p, ok := a.Artifacts.(interface{ Ping(context.Context) error }); ok {
		checks = append(checks, server.HealthCheck{Name: "storage", Check: p.Ping})
	}
	return checks
}

// Listen binds the API address (before Run, so callers learn the port).
func (a *App) Listen() (net.Addr, error) {
	if err := a.bind(); err != nil {
		return nil, err
	}
	return a.ln.Addr(), nil
}

// Run serves until ctx is done, then shuts down gracefully.
func (a *App) Run(ctx context.Context) error {
	errc := make(chan error, 2)
	if a.Worker != nil {
		// Before the worker starts: the start pass removes every untracked
		// container of this instance, which is safe only while this
		// process creates none.
		worker.MaintainContainers(ctx, a.Docker, a.Pool, a.Store, a.Log.With("component", "reconciler"))
		if err := worker.Start(a.Worker); err != nil {
			return err
		}
		defer a.Worker.Stop()
		if err := worker.Start(a.RoutedWorker); err != nil {
			return err
		}
		defer a.RoutedWorker.Stop()
		wctx, stopWarm := context.WithCancel(ctx)
		warmDone := make(chan struct{})
		go func() { a.Warm.Run(wctx); close(warmDone) }()
		// Runs before the workers stop: nobody is routed here any more.
		defer func() { stopWarm(); <-warmDone }()
		worker.Maintain(ctx, a.Temporal, a.Store, a.Cfg, a.Log.With("component", "maintenance"))
	}
	if a.roles.API {
		if a.ln == nil {
			if _, err := a.Listen(); err != nil {
				return err
			}
		}
		go func() { errc <- a.Server.Serve(a.ln) }()
	}
	if a.metricsLn != nil {
		srv := a.serveMetrics()
		defer srv.Close()
	}
	select {
	case <-ctx.Done():
	case err := <-errc:
		if err != nil {
			return err
		}
	}
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if a.Server != nil {
		if err := a.Server.Shutdown(shutdownCtx); err != nil && !errors.Is(err, context.Canceled) {
			return fmt.Errorf("shutdown: %w", err)
		}
	}
	return nil
}

// Close releases everything Open acquired, all of it even when a step
// fails; the error joins the failures.
func (a *App) Close() error {
	var errs []error
	if a.Pool != nil {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		if err := a.Pool.Close(ctx); err != nil {
			errs = append(errs, fmt.Errorf("close the warm pool: %w", err))
		}
		cancel()
	}
	if a.Docker != nil {
		// A build whose activity outlived the worker's stop timeout.
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		n, err := a.Docker.RemoveTracked(ctx)
		if n > 0 {
			a.Log.Info("removed containers still running at shutdown", "count", n)
		}
		if err != nil {
			errs = append(errs, fmt.Errorf("remove containers still running: %w", err))
		}
		cancel()
	}
	if a.ln != nil {
		_ = a.ln.Close() // after Run, Fiber has closed it already
	}
	if a.metricsLn != nil {
		_ = a.metricsLn.Close()
	}
	if a.Temporal != nil {
		a.Temporal.Close()
	}
	if a.Tracing != nil {
		// The spans ended last (shutdown, the pool's) are exported now.
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		if err := a.Tracing.Shutdown(ctx); err != nil {
			a.Log.Warn("tracing: exporting the last spans failed", "error", err)
		}
		cancel()
	}
	if a.Docker != nil {
		if err := a.Docker.Close(); err != nil {
			errs = append(errs, fmt.Errorf("close the Docker client: %w", err))
		}
	}
	if a.Store != nil {
		if err := a.Store.Close(); err != nil {
			errs = append(errs, fmt.Errorf("close the store: %w", err))
		}
	}
	a.dev.Stop()
	return errors.Join(errs...)
}
