package app

import (
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"

	"github.com/fnflow/fnflow/metrics"
)

// bindMetrics opens metrics.listen, the listener of /metrics of its own.
// Without it the API serves /metrics on its listener to loopback clients
// (server.Deps.Metrics) and a worker-only process has no endpoint.
func (a *App) bindMetrics() error {
	if a.Metrics == nil {
		return nil
	}
	if a.Pool != nil {
		pool := a.Pool
		a.Metrics.WatchPool(func() metrics.PoolSnapshot {
			s := pool.Stats()
			return metrics.PoolSnapshot{States: map[string]int{"warm": s.Warm, "draining": s.Draining, "starting": s.Starting,
				"spare": s.Spares}, ColdStarts: s.ColdStarts}
		})
	}
	if a.Cfg.Metrics.Listen == "" {
		if !a.roles.API && a.roles.Worker {
			a.Log.Info("worker metrics are not served: set metrics.listen to scrape them")
		}
		return nil
	}
	ln, err := net.Listen("tcp", a.Cfg.Metrics.Listen)
	if err != nil {
		return fmt.Errorf("metrics.listen: cannot listen on %s: %w", a.Cfg.Metrics.Listen, err)
	}
	a.metricsLn = ln
	a.Log.Info("metrics listening", "address", "http://"+ln.Addr().String()+"/metrics")
	return nil
}

// MetricsAddr is the address of metrics.listen's listener (nil: none).
func (a *App) MetricsAddr() net.Addr {
	if a.metricsLn == nil {
		return nil
	}
	return a.metricsLn.Addr()
}

// serveMetrics serves /metrics on metrics.listen until closed.
func (a *App) serveMetrics() *http.Server {
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", a.Metrics.Handler())
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	go func() {
		if err := srv.Serve(a.metricsLn); err != nil && !errors.Is(err, http.ErrServerClosed) {
			a.Log.Error("metrics listener stopped", "error", err)
		}
	}()
	return srv
}
