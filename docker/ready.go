package docker

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"
)

const (
	healthPath        = "/__opr/health"
	healthPollMin     = 5 * time.Millisecond
	healthPollMax     = 20 * time.Millisecond
	healthCallTimeout = 2 * time.Second
)

// waitReady polls the runtime's health endpoint until it answers 200, the
// container exits (fail fast, with its exit code and last output) or ctx
// ends. Polling starts at 5 ms and backs off to 20 ms: the cold start is the
// latency users feel.
func (p *Pool) waitReady(ctx context.Context, w *warm) error {
	poll := healthPollMin
	var lastErr error
	for {
		err := w.healthy(ctx)
		if err == nil {
			return nil
		}
		lastErr = err
		t := time.NewTimer(poll)
		select {
		case <-w.exited:
			t.Stop()
			if w.exitErr != nil {
				return fmt.Errorf("docker: runtime container %s during start-up: %w", shortID(w.id), w.exitErr)
			}
			cctx, cancel := p.eng.cleanupCtx(ctx)
			defer cancel()
			return p.eng.exitError(cctx, w.exit)
		case <-ctx.Done():
			t.Stop()
			if errors.Is(ctx.Err(), context.Canceled) {
				return fmt.Errorf("docker: cold start of container %s cancelled: %w", shortID(w.id), ctx.Err())
			}
			cctx, cancel := p.eng.cleanupCtx(ctx)
			defer cancel()
			stdout, stderr, logErr := p.eng.ContainerLogs(cctx, w.id, 20)
			logs := lastChars(strings.TrimSpace(stdout+"\n"+stderr), 2000)
			return errors.Join(fmt.Errorf("%w: container %s gave no healthy answer on %s within %s (last error: %v; last output: %q)",
				ErrNotReady, shortID(w.id), healthPath, p.opts.ReadyTimeout, lastErr, logs), logErr)
		case <-t.C:
		}
		poll = min(poll*2, healthPollMax)
	}
}

// healthy makes one GET /__opr/health call.
func (w *warm) healthy(ctx context.Context) error { return w.healthyAt(ctx, w.base) }

// healthyAt makes one GET /__opr/health call to the container at base.
func (w *warm) healthyAt(ctx context.Context, base string) error {
	ctx, cancel := context.WithTimeout(ctx, healthCallTimeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, base+healthPath, nil)
	if err != nil {
		return fmt.Errorf("docker: health request: %w", err)
	}
	req.Header.Set(headerSecret, w.secret)
	resp, err := w.client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if _, err := io.Copy(io.Discard, io.LimitReader(resp.Body, 4096)); err != nil {
		return fmt.Errorf("docker: read health answer: %w", err)
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("docker: health answered %d", resp.StatusCode)
	}
	return nil
}
