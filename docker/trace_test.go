package docker

import (
	"context"
	"sync"
	"testing"
	"time"

	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/sdk/trace/tracetest"
)

// TestPoolStartSpans: with a tracer, a cold start and a scale-up each get
// a StartSpanName span under the span of the request that asked for the
// container, with the deployment's IDs, the reason, spare false and the
// step events; a request without a span gets none.
func TestPoolStartSpans(t *testing.T) {
	t.Parallel()
	eng := newTestEngine(t, "")
	rec := tracetest.NewSpanRecorder()
	tp := sdktrace.NewTracerProvider(sdktrace.WithSpanProcessor(rec))
	t.Cleanup(func() { _ = tp.Shutdown(context.Background()) })
	tracer := tp.Tracer("test")
	p := newTestPool(t, eng, PoolOptions{MaxInstances: 2, Concurrency: 1, Tracer: tracer})
	spec := testSpec(t, "spans")

	run := func(name, path string) string {
		ctx, span := tracer.Start(context.Background(), name)
		defer span.End()
		resp, err := p.Execute(ctx, spec, Request{Method: "GET", Path: path})
		if err != nil || resp.StatusCode != 200 {
			t.Errorf("%s: %v %v", name, resp, err)
		}
		return span.SpanContext().SpanID().String()
	}
	coldParent := run("first", "/")
	// Two slow requests at once: the second finds the container busy and
	// scales up.
	var wg sync.WaitGroup
	parents := make([]string, 2)
	for i := range parents {
		wg.Go(func() { parents[i] = run("busy", "/sleep?ms=700") })
		time.Sleep(100 * time.Millisecond)
	}
	wg.Wait()
	if _, err := p.Execute(context.Background(), spec, Request{Method: "GET", Path: "/"}); err != nil { // no span, no start span
		t.Fatal(err)
	}

	byReason := map[string][]sdktrace.ReadOnlySpan{}
	eventually(t, 30*time.Second, "the scale-up span to end", func() bool {
		byReason = map[string][]sdktrace.ReadOnlySpan{}
		for _, s := range rec.Ended() {
			if s.Name() != StartSpanName {
				continue
			}
			for _, a := range s.Attributes() {
				if string(a.Key) == AttrStartReason {
					byReason[a.Value.AsString()] = append(byReason[a.Value.AsString()], s)
				}
			}
		}
		return len(byReason["scale up"]) > 0
	})
	if len(byReason["cold start"]) != 1 || len(byReason["scale up"]) != 1 {
		t.Fatalf("start spans by reason: %v", byReason)
	}
	check := func(s sdktrace.ReadOnlySpan, parents ...string) {
		t.Helper()
		ok := false
		for _, p := range parents {
			ok = ok || s.Parent().SpanID().String() == p
		}
		if !ok {
			t.Errorf("%v span's parent %s, want one of %v", s.Attributes(), s.Parent().SpanID(), parents)
		}
		attrs := map[string]string{}
		for _, a := range s.Attributes() {
			attrs[string(a.Key)] = a.Value.Emit()
		}
		if attrs["fnflow.project_id"] != spec.ProjectID || attrs["fnflow.function_id"] != spec.FunctionID ||
			attrs["fnflow.deployment_id"] != spec.DeploymentID || attrs[AttrSpare] != "false" || attrs["container.id"] == "" {
			t.Errorf("start span attributes %v", attrs)
		}
		var events []string
		for _, e := range s.Events() {
			events = append(events, e.Name)
		}
		if len(events) != 3 || events[0] != EventCreated || events[1] != EventStarted || events[2] != EventHealthy {
			t.Errorf("start span events %v", events)
		}
	}
	check(byReason["cold start"][0], coldParent)
	check(byReason["scale up"][0], parents...)
}
