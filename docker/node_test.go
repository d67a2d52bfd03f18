package docker

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/fnflow/fnflow/internal/testreq"
)

// nodeImage is the real runtime image built in runtimes/.
const nodeImage = "fnflow/runtime:node-18.0"

const nodeFunction = `module.exports = async ({ req, res, log, error }) => {
  if (req.path === '/spin') { for (;;) {} }
  log('hello from node');
  error('to stderr');
  return res.json({ method: req.method, path: req.path, body: req.bodyText, foo: process.env.FOO });
};
`

// requireImage skips tb unless the image is present locally.
func requireImage(tb testing.TB, eng *Engine, ref string) {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	ok, err := eng.ImageExists(ctx, ref)
	if err != nil {
		tb.Fatal(err)
	}
	if !ok {
		testreq.Missing(tb, fmt.Sprintf("image %s is not built (see runtimes/)", ref))
	}
}

// nodeSpec is a deployment of nodeFunction on the node image.
func nodeSpec(tb testing.TB, name string) RuntimeSpec {
	tb.Helper()
	spec := testSpec(tb, name)
	if err := os.WriteFile(filepath.Join(spec.CodeDir, "index.js"), []byte(nodeFunction), 0o644); err != nil {
		tb.Fatal(err)
	}
	spec.Image, spec.MemoryMB, spec.CPUs = nodeImage, 128, 1
	spec.Env = map[string]string{"FOO": "bar"}
	return spec
}

func TestNodeRuntime(t *testing.T) {
	t.Parallel()
	eng := newTestEngine(t, "")
	requireImage(t, eng, nodeImage)
	p := newTestPool(t, eng, PoolOptions{TimeoutGrace: 500 * time.Millisecond})
	spec := nodeSpec(t, "node")

	resp := execOK(t, p, spec, Request{Method: "POST", Path: "/hello?x=1", Body: []byte("hi"), Logging: true,
		Headers: []Header{{"content-type", "text/plain"}}})
	var got struct{ Method, Path, Body, Foo string }
	if err := json.Unmarshal(resp.Body, &got); err != nil {
		t.Fatalf("answer %d %q: %v", resp.StatusCode, resp.Body, err)
	}
	if resp.StatusCode != 200 || got.Method != "POST" || got.Path != "/hello" || got.Body != "hi" || got.Foo != "bar" {
		t.Errorf("answer %d %+v", resp.StatusCode, got)
	}
	if !strings.Contains(resp.Logs, "hello from node") || !strings.Contains(resp.Errors, "to stderr") {
		t.Errorf("logs %q, errors %q", resp.Logs, resp.Errors)
	}
	for _, h := range resp.Headers {
		if strings.HasPrefix(h.Name, "x-open-runtimes-") {
			t.Errorf("internal header %s leaked", h.Name)
		}
	}

	// A CPU loop wedges node's event loop: only killing the container helps.
	first := resp.ContainerID
	err := execErr(t, p, spec, Request{Path: "/spin", Timeout: time.Second})
	if !errors.Is(err, ErrTimeout) {
		t.Fatalf("spin error = %v, want ErrTimeout", err)
	}
	if again := execOK(t, p, spec, Request{Path: "/"}); again.ContainerID == first || again.StatusCode != 200 {
		t.Fatalf("after the timeout: %d on %s (first %s)", again.StatusCode, again.ContainerID, first)
	}
}
