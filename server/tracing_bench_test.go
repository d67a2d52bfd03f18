package server_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/fnflow/fnflow/config"
	"github.com/fnflow/fnflow/internal/testenv"
)

// BenchmarkTracingOverhead measures warm sync executions through the API
// with tracing off (the default) and on (every span recorded and exported
// to an in-test OTLP/HTTP receiver), one app after the other.
//
// CI=true go test ./server/ -run '^$' -bench TracingOverhead -benchtime 200x
func BenchmarkTracingOverhead(b *testing.B) {
	requireImages(b, "fnflow/runtime:node-18.0")
	for _, on := range []bool{false, true} {
		name := map[bool]string{false: "off", true: "on"}[on]
		b.Run(name, func(b *testing.B) {
			var rcv *otlpReceiver
			mutate := func(*config.Config) {}
			if on {
				rcv = startOTLPReceiverTB(b)
				mutate = func(c *config.Config) {
					c.Tracing = config.Tracing{Enabled: true, Endpoint: rcv.URL, Protocol: "http/protobuf", SampleRatio: 1}
				}
			}
			r := testenv.StartApp(b, testenv.AppOptions{Temporal: temporal, Mutate: mutate})
			seedBenchFunction(b, r, "tracebench", benchFn, nil)
			call := func() {
				if st, m := benchCall(b, r, "POST", "/v1/functions/tracebench/executions", map[string]any{"body": "x"}); st != 201 || m["status"] != "completed" {
					b.Fatalf("sync execution: %d %v", st, m)
				}
			}
			call() // cold start
			d := make([]time.Duration, 0, 1024)
			for b.Loop() {
				t0 := time.Now()
				call()
				d = append(d, time.Since(t0))
			}
			p50, p99 := percentiles(d)
			b.ReportMetric(p50, "p50-ms")
			b.ReportMetric(p99, "p99-ms")
			if on {
				_ = r.App.Tracing.ForceFlush(context.Background())
				spans, reqs := rcv.received()
				fmt.Printf("tracing on: %d spans in %d export requests for %d executions\n", len(spans), reqs, len(d)+1)
			}
		})
	}
}
