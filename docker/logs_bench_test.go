package docker

import (
	"net/url"
	"strings"
	"testing"
	"time"
)

// BenchmarkWarmRequestLogs: a warm request that writes 1 KiB of logs
// (logging enabled: the log id, and the worker reads and deletes both
// files) against the same request with logging disabled, interleaved on the
// same container; each iteration is 50 of each. It never asserts timings.
//
//	go test -run '^$' -bench WarmRequestLogs -benchtime 20x ./docker/
func BenchmarkWarmRequestLogs(b *testing.B) {
	eng := newTestEngine(b, "")
	p := newTestPool(b, eng, PoolOptions{})
	spec := testSpec(b, "warm-logs")
	path := "/log?text=" + url.QueryEscape(strings.Repeat("x", 1<<10))
	execOK(b, p, spec, Request{Method: "GET", Path: path, Logging: true})
	var logged, plain []time.Duration
	b.ResetTimer()
	for range b.N {
		for range 50 {
			began := time.Now()
			if r := execOK(b, p, spec, Request{Method: "GET", Path: path, Logging: true}); len(r.Logs) != 1<<10 {
				b.Fatalf("logs of %d bytes, errors %q", len(r.Logs), r.Errors)
			}
			logged = append(logged, time.Since(began))
			began = time.Now()
			execOK(b, p, spec, Request{Method: "GET", Path: path})
			plain = append(plain, time.Since(began))
		}
	}
	report(b, "warm logs", "µs", "logging", logged, "no-logging", plain)
}

// BenchmarkCollectLogs: the worker's side alone: collect (open beneath,
// fstat, read, unlink, under the deadline) two 1 KiB log files.
func BenchmarkCollectLogs(b *testing.B) {
	fx := newLogFixture(b)
	content := strings.Repeat("x", 1<<10)
	id := newLogID()
	for b.Loop() {
		b.StopTimer()
		fx.write(b, id+"_logs.log", content)
		fx.write(b, id+"_errors.log", content)
		b.StartTimer()
		if logs, _, err := collectLogs(fx.dir, id, DefaultMaxLogBytes, logReadTimeout); err != nil || len(logs) != 1<<10 {
			b.Fatalf("%d bytes, %v", len(logs), err)
		}
	}
}
