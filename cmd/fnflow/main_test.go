package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/fnflow/fnflow/internal/testenv"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden from the current output")

var (
	temporalOnce sync.Once
	temporal     *testenv.Temporal
	temporalErr  error
)

func TestMain(m *testing.M) {
	flag.Parse()
	code := m.Run()
	if temporal != nil {
		temporal.Stop()
	}
	os.Exit(code)
}

// sharedTemporal starts one Temporal dev server for the tests that need it.
func sharedTemporal(t *testing.T) *testenv.Temporal {
	t.Helper()
	temporalOnce.Do(func() { temporal, temporalErr = testenv.StartTemporal("") })
	if temporalErr != nil {
		t.Fatalf("these tests need a Temporal dev server: %v", temporalErr)
	}
	return temporal
}

// result is one in-process run of the command line.
type result struct {
	code           int
	stdout, stderr string
}

func (r result) String() string {
	return fmt.Sprintf("exit %d\n--- stdout\n%s--- stderr\n%s", r.code, r.stdout, r.stderr)
}

// runCLI runs fnflow with args, the given variables (nothing else of the
// process environment) and stdin.
func runCLI(ctx context.Context, vars map[string]string, stdin string, args ...string) result {
	var out, errb bytes.Buffer
	code := runCLIStreams(ctx, vars, stdin, &out, &errb, args...)
	return result{code: code, stdout: out.String(), stderr: errb.String()}
}

func runCLIStreams(ctx context.Context, vars map[string]string, stdin string, out, errw interface{ Write([]byte) (int, error) }, args ...string) int {
	var environ []string
	for k, v := range vars {
		environ = append(environ, k+"="+v)
	}
	return execute(args, env{ctx: ctx, stdin: strings.NewReader(stdin), stdout: out, stderr: errw,
		getenv: func(k string) string { return vars[k] }, environ: environ})
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	p := filepath.Join("testdata", name+".golden")
	if *update {
		if err := os.WriteFile(p, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(p)
	if err != nil {
		t.Fatalf("%v (run go test ./cmd/fnflow -run %s -update to create it)", err, t.Name())
	}
	if string(want) != got {
		t.Errorf("%s differs from the output (rerun with -update if the change is intended)\n--- want\n%s\n--- got\n%s", p, want, got)
	}
}
