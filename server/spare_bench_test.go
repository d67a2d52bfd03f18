package server_test

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/fnflow/fnflow/artifacts"
	"github.com/fnflow/fnflow/config"
	"github.com/fnflow/fnflow/internal/testenv"
	"github.com/fnflow/fnflow/models"
	"github.com/fnflow/fnflow/runtimes"
)

// BenchmarkColdStartAPI: the first sync execution of a new function
// through the API (POST /v1/functions/{id}/executions, Temporal included)
// with docker.spares on and a spare waiting, against a raw
// `docker run -d --rm` of the same image with the same hardening + health
// polling + first request. Each iteration uses a new function (created and
// deleted untimed); the pool refills between iterations (untimed).
//
//	go test ./server/ -run '^$' -bench ColdStartAPI -benchtime 20x
func BenchmarkColdStartAPI(b *testing.B) {
	image := runtimes.ImagePrefix + ":node-18.0"
	requireSpareImage(b, image)
	r := testenv.StartApp(b, testenv.AppOptions{Temporal: temporal, Mutate: func(c *config.Config) {
		c.Docker.Spares = 1
		c.Docker.SpareRuntimes = []string{"node-18.0"}
	}})
	ctx := context.Background()
	code := b.TempDir()
	if err := os.Chmod(code, 0o755); err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(code, "index.js"), []byte(benchFn), 0o644); err != nil {
		b.Fatal(err)
	}
	var api, raw []time.Duration
	for i := range b.N {
		fid := fmt.Sprintf("cold%d", i)
		if st, m := benchCall(b, r, "POST", "/v1/functions", map[string]any{"functionId": fid, "name": fid,
			"runtime": "node-18.0", "entrypoint": "index.js", "execute": []string{"any"}}); st != 201 {
			b.Fatalf("create function: %d %v", st, m)
		}
		did := models.NewID()
		key := artifacts.OutputKey(r.ProjectID, did)
		if _, err := r.App.Artifacts.Put(ctx, key, bytes.NewReader(tarGz(b, map[string]string{"index.js": benchFn}))); err != nil {
			b.Fatal(err)
		}
		if err := r.App.Store.CreateDeployment(ctx, &models.Deployment{ProjectID: r.ProjectID, ID: did, FunctionID: fid,
			Type: "manual", Entrypoint: "index.js", Status: models.DeploymentReady, OutputPath: key,
			CreatedAt: models.Now(), UpdatedAt: models.Now()}); err != nil {
			b.Fatal(err)
		}
		if err := r.App.Store.SetFunctionColumnsForTest(ctx, r.ProjectID, fid, map[string]any{"deployment_id": did}); err != nil {
			b.Fatal(err)
		}
		for deadline := time.Now().Add(60 * time.Second); r.App.Pool.Stats().Spares == 0; time.Sleep(20 * time.Millisecond) {
			if time.Now().After(deadline) {
				b.Fatal("no spare after 60s")
			}
		}
		t0 := time.Now()
		st, m := benchCall(b, r, "POST", "/v1/functions/"+fid+"/executions", map[string]any{"body": "x"})
		api = append(api, time.Since(t0))
		if st != 201 || m["status"] != "completed" {
			b.Fatalf("sync execution: %d %v", st, m)
		}
		if st, m := benchCall(b, r, "DELETE", "/v1/functions/"+fid, nil); st != 204 {
			b.Fatalf("delete: %d %v", st, m)
		}
		raw = append(raw, rawDockerRun(b, image, code))
	}
	a50, a99 := percentiles(api)
	r50, r99 := percentiles(raw)
	b.ReportMetric(a50, "api-spare-p50-ms")
	b.ReportMetric(a99, "api-spare-p99-ms")
	b.ReportMetric(r50, "docker-run-p50-ms")
	b.ReportMetric(r99, "docker-run-p99-ms")
	b.ReportMetric(a50/r50, "p50-ratio")
	b.Logf("\n| cold start | path | n | p50 (ms) | p99 (ms) |\n| | API, spare | %d | %.1f | %.1f |\n| | docker run --rm | %d | %.1f | %.1f |\n| | ratio | | %.2f | %.2f |",
		len(api), a50, a99, len(raw), r50, r99, a50/r50, a99/r99)
}

// rawDockerRun times `docker run -d --rm` of image with the runtime
// hardening and the code bind-mounted, health polling and a first request;
// the container is removed after.
func rawDockerRun(b *testing.B, image, code string) time.Duration {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		b.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	var s [16]byte
	_, _ = rand.Read(s[:])
	secret := hex.EncodeToString(s[:])
	args := []string{"run", "-d", "--rm", "--init", "--read-only", "--tmpfs", "/tmp:rw,nosuid,nodev,noexec,size=512m,mode=1777",
		"--tmpfs", "/mnt/logs:rw,nosuid,nodev,noexec,size=20m,uid=65534,gid=65534",
		"--user", "65534:65534", "--cap-drop", "ALL", "--security-opt", "no-new-privileges", "--pids-limit", "256",
		"--cpus", "0.5", "--memory", "512m", "--memory-swap", "512m", "-p", fmt.Sprintf("127.0.0.1:%d:3000", port),
		"--label", "fnflow-bench-raw=1", "-v", code + ":/usr/local/server/src/function:ro",
		"-e", "OPEN_RUNTIMES_SECRET=" + secret, "-e", "OPEN_RUNTIMES_ENTRYPOINT=index.js", "-e", "HOME=/tmp", image}
	began := time.Now()
	out, err := exec.Command("docker", args...).Output()
	if err != nil {
		b.Fatalf("docker run: %v", err)
	}
	id := strings.TrimSpace(string(out))
	defer func() { _ = exec.Command("docker", "rm", "-f", "-v", id).Run() }()
	base := fmt.Sprintf("http://127.0.0.1:%d", port)
	client := &http.Client{Timeout: 5 * time.Second}
	defer client.CloseIdleConnections()
	for {
		resp, err := client.Get(base + "/__opr/health")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				break
			}
		}
		if time.Since(began) > 30*time.Second {
			b.Fatalf("docker run container never became healthy: %v", err)
		}
		time.Sleep(5 * time.Millisecond)
	}
	req, _ := http.NewRequest("POST", base+"/", strings.NewReader("x"))
	req.Header.Set("x-open-runtimes-secret", secret)
	resp, err := client.Do(req)
	if err != nil {
		b.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		b.Fatalf("raw first request: %d", resp.StatusCode)
	}
	return time.Since(began)
}
