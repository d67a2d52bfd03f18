package runtimes

import (
	"strings"
	"testing"
	"time"
)

// TestOpenRuntimesStartAndDevMode: each runtime server prints Open
// Runtimes' start line on stdout, and in development mode
// (OPEN_RUNTIMES_ENV=development) a request that names no log id logs to
// dev_logs.log / dev_errors.log; a named one keeps its id.
func TestOpenRuntimesStartAndDevMode(t *testing.T) {
	cli := ensureImages(t)
	for _, d := range testCatalog() {
		if d.Key == "static" || d.Key == "go" || d.Key == "java" {
			continue // no user code / compiled at build time: see server.TestStaticRuntime, TestGoRuntime, TestJavaRuntimes
		}
		fx := fixtures[d.Key]
		code := writeFunction(t, fx.files)
		t.Run(d.ID, func(t *testing.T) {
			rc := startRuntime(t, cli, d, code, fx.context, "OPEN_RUNTIMES_ENV=development")
			var out string
			for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
				if out = containerLogs(cli, rc.id); strings.Contains(out, "HTTP server successfully started!") {
					break
				}
			}
			if !strings.Contains(out, "HTTP server successfully started!") {
				t.Errorf("container output lacks the start line: %q", out)
			}
			r := expect(t, rc.call(t, "GET", "/text", ""), 200, "hello text")
			if got := r.headers.Get(HeaderLogID); got != "dev" {
				t.Errorf("log id %q, want dev", got)
			}
			rc.logs(t, r) // the dev files exist
			r = expect(t, rc.call(t, "GET", "/text", "", HeaderLogID+": named1"), 200, "hello text")
			if got := r.headers.Get(HeaderLogID); got != "named1" {
				t.Errorf("log id %q, want named1", got)
			}
		})
	}
}
