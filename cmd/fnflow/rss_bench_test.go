package main

import (
	"bufio"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/fnflow/fnflow/internal/testenv"
)

// rssGoalMiB is issue 12's goal for an idle `fnflow serve`.
const rssGoalMiB = 100

// BenchmarkIdleRSS builds bin/fnflow, starts `fnflow serve` as its own
// process (SQLite, local storage, local Docker; Temporal is the bench's dev
// server, so the process measured is fnflow alone, as `./task up` runs it
// next to its dev-server child), waits until it is ready, lets it idle and
// reads its resident set from /proc. The row is printed next to the goal;
// nothing is asserted.
//
//	go test -run '^$' -bench IdleRSS ./cmd/fnflow/
func BenchmarkIdleRSS(b *testing.B) {
	tmp := b.TempDir()
	bin := filepath.Join(tmp, "fnflow")
	build := exec.Command("go", "build", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		b.Fatalf("go build: %v\n%s", err, out)
	}
	tp := sharedTemporalB(b)
	var samples []float64
	for i := 0; i < b.N; i++ {
		samples = append(samples, idleRSS(b, bin, tp, filepath.Join(tmp, strconv.Itoa(i))))
	}
	var sum float64
	for _, s := range samples {
		sum += s
	}
	mean := sum / float64(len(samples))
	b.ReportMetric(mean, "MiB-rss")
	fmt.Printf("\n| path | now | goal | ratio to goal |\n|---|---|---|---|\n| idle `fnflow serve` RSS (mean of %d) | %.1f MiB | ≤ %d MB | %.2f× |\n",
		len(samples), mean, rssGoalMiB, mean*(1<<20)/(rssGoalMiB*1e6))
}

func sharedTemporalB(b *testing.B) string {
	temporalOnce.Do(func() {
		temporal, temporalErr = testenv.StartTemporal("")
	})
	if temporalErr != nil {
		b.Fatalf("this bench needs a Temporal dev server: %v", temporalErr)
	}
	return temporal.Address
}

// idleRSS starts one `fnflow serve`, waits for readiness, idles 5 s and
// returns its VmRSS in MiB.
func idleRSS(b *testing.B, bin, temporalAddr, dir string) float64 {
	b.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		b.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		b.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	cmd := exec.Command(bin, "serve")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(),
		"FNFLOW_SERVER_LISTEN="+addr,
		"FNFLOW_SERVER_PUBLIC_URL=http://"+addr,
		"FNFLOW_DATABASE_DRIVER=sqlite",
		"FNFLOW_DATABASE_DSN="+filepath.Join(dir, "fnflow.db"),
		"FNFLOW_TEMPORAL_ADDRESS="+temporalAddr,
		"FNFLOW_TEMPORAL_DEV_SERVER_ENABLED=false",
		"FNFLOW_TEMPORAL_TASK_QUEUE=rss-"+filepath.Base(dir)+"-"+strconv.Itoa(os.Getpid()),
		"FNFLOW_STORAGE_DIR="+filepath.Join(dir, "artifacts"),
		"FNFLOW_DOCKER_INSTANCE_ID=bench-rss-"+strconv.Itoa(os.Getpid()),
	)
	logf, err := os.Create(filepath.Join(dir, "serve.log"))
	if err != nil {
		b.Fatal(err)
	}
	defer logf.Close()
	cmd.Stdout, cmd.Stderr = logf, logf
	if err := cmd.Start(); err != nil {
		b.Fatal(err)
	}
	defer func() {
		_ = cmd.Process.Signal(os.Interrupt)
		done := make(chan struct{})
		go func() { _ = cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(15 * time.Second):
			_ = cmd.Process.Kill()
			<-done
		}
	}()
	deadline := time.Now().Add(60 * time.Second)
	for {
		resp, err := http.Get("http://" + addr + "/v1/health")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				break
			}
		}
		if time.Now().After(deadline) {
			log, _ := os.ReadFile(filepath.Join(dir, "serve.log"))
			b.Fatalf("fnflow serve not ready after 60s:\n%s", log)
		}
		time.Sleep(100 * time.Millisecond)
	}
	time.Sleep(5 * time.Second)
	return vmRSS(b, cmd.Process.Pid)
}

func vmRSS(b *testing.B, pid int) float64 {
	f, err := os.Open(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "VmRSS:"); ok {
			kb, err := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 64)
			if err != nil {
				b.Fatal(err)
			}
			return kb / 1024
		}
	}
	b.Fatal("no VmRSS in /proc status")
	return 0
}
