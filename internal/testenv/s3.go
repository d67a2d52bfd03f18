package testenv

import (
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/fnflow/fnflow/config"
)

// S3 is an S3-compatible server started for a test: gofakes3, pinned in
// tools/gofakes3/go.mod, a real HTTP S3 server (bucket and object API,
// multipart uploads, ranged reads) storing objects in a bolt database in a
// temporary directory (its fs backend keeps "a/b" as a directory, so it
// cannot hold "a" as well: not S3). It does not decode aws-chunked bodies (the
// streaming signatures S3 clients send over plain HTTP), so clients of it
// set UnsignedPayload. It runs as its own process, so the memory the test
// measures is fnflow's only.
type S3 struct {
	Endpoint string // host:port, plain HTTP
	Bucket   string
}

var (
	s3BuildOnce sync.Once
	s3BuildErr  error
)

// S3Binary is bin/gofakes3 under the repo root, built from
// tools/gofakes3/go.mod on first use.
func S3Binary() (string, error) {
	bin := filepath.Join(RepoRoot(), "bin", "gofakes3")
	s3BuildOnce.Do(func() {
		cmd := exec.Command("go", "build", "-modfile=tools/gofakes3/go.mod", "-o", bin, "github.com/johannesboyne/gofakes3/cmd/gofakes3")
		cmd.Dir = RepoRoot()
		if out, err := cmd.CombinedOutput(); err != nil {
			s3BuildErr = fmt.Errorf("build gofakes3 (tools/gofakes3/go.mod): %v\n%s", err, out)
		}
	})
	return bin, s3BuildErr
}

// StartS3 starts an S3 server with one bucket, stopped at the test's end.
func StartS3(t testing.TB) *S3 {
	t.Helper()
	bin, err := S3Binary()
	if err != nil {
		t.Fatal(err)
	}
	port, err := FreePort()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	s := &S3{Endpoint: "127.0.0.1:" + strconv.Itoa(port), Bucket: "fnflow"}
	cmd := exec.Command(bin, "-backend", "bolt", "-bolt.db", filepath.Join(dir, "s3.db"), "-initialbucket", s.Bucket,
		"-host", s.Endpoint, "-quiet")
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	if os.Getenv("FNFLOW_TEST_S3_LOG") != "" {
		cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	}
	if err := cmd.Start(); err != nil {
		t.Fatalf("start gofakes3: %v", err)
	}
	done := make(chan struct{})
	go func() { _ = cmd.Wait(); close(done) }()
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		<-done
	})
	deadline := time.Now().Add(30 * time.Second)
	for {
		c, err := net.DialTimeout("tcp", s.Endpoint, time.Second)
		if err == nil {
			c.Close()
			return s
		}
		select {
		case <-done:
			t.Fatalf("gofakes3 exited at start")
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("gofakes3 not listening on %s after 30s", s.Endpoint)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// Configure points cfg's artifact storage at the server.
func (s *S3) Configure(cfg *config.Config) {
	cfg.Storage.Driver = "s3"
	cfg.Storage.S3 = config.S3{Endpoint: s.Endpoint, Bucket: s.Bucket, Region: "us-east-1", Prefix: "artifacts",
		AccessKey: "fnflow-test", SecretKey: "fnflow-test-secret", Insecure: true, PathStyle: true,
		UnsignedPayload: true}
}
