package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"time"

	"github.com/docker/docker/client"

	"github.com/fnflow/fnflow/runtimes"
)

// buildRuntimes builds the runtime images offline from Debian packages,
// printing progress; images whose definition is unchanged are skipped.
func buildRuntimes(host string, defs []runtimes.Definition, ids []string, force bool, out io.Writer) error {
	opts := []client.Opt{client.FromEnv, client.WithAPIVersionNegotiation()}
	if host != "" {
		opts = append(opts, client.WithHost(host))
	}
	cli, err := client.NewClientWithOpts(opts...)
	if err != nil {
		return fmt.Errorf("docker.host: %w", err)
	}
	defer cli.Close()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	pingCtx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if _, err := cli.Ping(pingCtx); err != nil {
		return fmt.Errorf("docker.host: cannot reach the Docker engine at %s: %w", cli.DaemonHost(), err)
	}
	b := &runtimes.Builder{Images: cli, Definitions: defs, Force: force}
	start := time.Now()
	if err := b.Build(ctx, ids, out); err != nil {
		return err
	}
	fmt.Fprintf(out, "runtime images ready in %s\n", time.Since(start).Round(100*time.Millisecond))
	return nil
}
