package docker

import (
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"
)

func TestRuntimeSpecKey(t *testing.T) {
	t.Parallel()
	base := RuntimeSpec{ProjectID: "p", FunctionID: "f", DeploymentID: "d", Image: "img", CodeDir: "/code",
		Entrypoint: "index.js", Env: map[string]string{"A": "1", "B": "2"}, CPUs: 1, MemoryMB: 512}
	same := base
	same.Env = map[string]string{"B": "2", "A": "1"}
	if base.Key() != same.Key() {
		t.Error("key depends on map order")
	}
	if !strings.HasPrefix(base.Key(), "p/d/") {
		t.Errorf("key %q lacks the project/deployment prefix", base.Key())
	}
	changes := map[string]func(*RuntimeSpec){
		"variable value": func(s *RuntimeSpec) { s.Env = map[string]string{"A": "1", "B": "3"} },
		"variable added": func(s *RuntimeSpec) { s.Env = map[string]string{"A": "1", "B": "2", "C": ""} },
		"ambiguous join": func(s *RuntimeSpec) { s.Env = map[string]string{"A": "1;1:B", "B": "2"} },
		"memory":         func(s *RuntimeSpec) { s.MemoryMB = 1024 },
		"cpus":           func(s *RuntimeSpec) { s.CPUs = 2 },
		"image":          func(s *RuntimeSpec) { s.Image = "img2" },
		"entrypoint":     func(s *RuntimeSpec) { s.Entrypoint = "main.js" },
	}
	for name, change := range changes {
		s := base
		change(&s)
		if s.Key() == base.Key() {
			t.Errorf("changing the %s keeps the key", name)
		}
	}
	bad := base
	bad.Env = map[string]string{"A=B": "x"}
	if bad.Validate() == nil {
		t.Error("variable name with '=' accepted")
	}
	bad = base
	bad.CodeDir = "relative"
	if bad.Validate() == nil {
		t.Error("relative code dir accepted")
	}
}

func TestErrorsMatch(t *testing.T) {
	t.Parallel()
	tests := []struct {
		err      error
		sentinel error
		text     string
	}{
		{&PoolFullError{Limit: 20}, ErrPoolFull, "limit docker.max_containers = 20"},
		{&TimeoutError{Timeout: 15 * time.Second}, ErrTimeout, "timed out after 15 seconds"},
		{&TimeoutError{Timeout: 1500 * time.Millisecond}, ErrTimeout, "after 1.5 seconds"},
		{&OutOfMemoryError{LimitMB: 64}, ErrOutOfMemory, "ran out of memory (limit 64 MB)"},
		{&BodyTooLargeError{Limit: 10}, ErrBodyTooLarge, "exceeds 10 bytes"},
		{&ExitError{ContainerID: "0123456789abcdef", ExitCode: 3, Logs: "boom"}, ErrContainerExited, "container 0123456789ab exited with code 3; last output: boom"},
		{&ImageNotFoundError{Image: "x:1", Err: errors.New("no such image")}, ErrImageNotFound, "image x:1 not found locally"},
		{&UnreachableError{Host: "unix:///s", Err: errors.New("dial")}, ErrEngineUnreachable, "cannot reach the Docker engine at unix:///s: dial"},
	}
	for _, tt := range tests {
		wrapped := errors.Join(errors.New("context"), tt.err)
		if !errors.Is(wrapped, tt.sentinel) {
			t.Errorf("%T does not match %v", tt.err, tt.sentinel)
		}
		if !strings.Contains(tt.err.Error(), tt.text) {
			t.Errorf("%q does not contain %q", tt.err.Error(), tt.text)
		}
	}
}

func TestResponseHeaders(t *testing.T) {
	t.Parallel()
	h := http.Header{}
	h.Add("Set-Cookie", "a=1")
	h.Add("Set-Cookie", "b=2")
	h.Set("Content-Type", "text/plain")
	h.Set("X-Open-Runtimes-Log-Id", "x")
	h.Set("Connection", "keep-alive")
	h.Set("Content-Length", "3")
	got := responseHeaders(h)
	want := []Header{{"content-length", "3"}, {"content-type", "text/plain"}, {"set-cookie", "a=1"}, {"set-cookie", "b=2"}}
	if len(got) != len(want) {
		t.Fatalf("headers %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("header %d = %v, want %v", i, got[i], want[i])
		}
	}
}
