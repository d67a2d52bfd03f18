package metrics_test

import (
	"io"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/gofiber/fiber/v2"
	dto "github.com/prometheus/client_model/go"

	"github.com/fnflow/fnflow/metrics"
)

func gather(t *testing.T, m *metrics.Metrics) map[string]*dto.MetricFamily {
	t.Helper()
	fams, err := m.Registry().Gather()
	if err != nil {
		t.Fatalf("gather: %v", err)
	}
	out := map[string]*dto.MetricFamily{}
	for _, f := range fams {
		out[f.GetName()] = f
	}
	return out
}

func labels(m *dto.Metric) map[string]string {
	l := map[string]string{}
	for _, p := range m.GetLabel() {
		l[p.GetName()] = p.GetValue()
	}
	return l
}

// The SDK emits one name with different tag sets; each set is a series of
// the one family, and the registry gathers them without error.
func TestTemporalHandlerTagSets(t *testing.T) {
	m := metrics.New()
	h := m.TemporalHandler().WithTags(map[string]string{"namespace": "fnflow", "client_name": "temporal_go"})
	h.Counter("temporal_request").Inc(2)
	h.WithTags(map[string]string{"operation": "StartWorkflowExecution"}).Counter("temporal_request").Inc(1)
	h.Counter("temporal_request").Inc(1) // the same series again
	h.Gauge("temporal_num_pollers").Update(3)
	h.WithTags(map[string]string{"workflow_type": "ExecutionWorkflow"}).Timer("temporal_workflow_endtoend_latency").Record(250 * time.Millisecond)
	fams := gather(t, m)
	req := fams["temporal_request"]
	if req == nil || len(req.GetMetric()) != 2 {
		t.Fatalf("temporal_request: want 2 series, got %v", req)
	}
	for _, s := range req.GetMetric() {
		want := 3.0
		if labels(s)["operation"] == "StartWorkflowExecution" {
			want = 1
		}
		if got := s.GetCounter().GetValue(); got != want {
			t.Errorf("temporal_request%v = %v, want %v", labels(s), got, want)
		}
	}
	if g := fams["temporal_num_pollers"]; g == nil || g.GetMetric()[0].GetGauge().GetValue() != 3 {
		t.Errorf("temporal_num_pollers: %v", g)
	}
	lat := fams["temporal_workflow_endtoend_latency_seconds"]
	if lat == nil || lat.GetMetric()[0].GetHistogram().GetSampleCount() != 1 || lat.GetMetric()[0].GetHistogram().GetSampleSum() != 0.25 {
		t.Errorf("temporal_workflow_endtoend_latency_seconds: %v", lat)
	}
}

// Requests are labelled by route pattern, never by raw path; a request no
// route answers is "unmatched", a function-domain request "function_domain".
func TestFiberRouteLabels(t *testing.T) {
	m := metrics.New()
	app := fiber.New()
	app.Use(m.Fiber(func(c *fiber.Ctx) bool {
		return strings.HasSuffix(string(c.Request().Header.Host()), ".functions.localhost")
	}))
	app.Use(func(c *fiber.Ctx) error {
		if strings.HasSuffix(string(c.Request().Header.Host()), ".functions.localhost") {
			return c.SendString("from the function")
		}
		return c.Next()
	})
	app.Get("/v1/functions/:functionId", func(c *fiber.Ctx) error { return c.SendStatus(204) })
	app.Use(func(c *fiber.Ctx) error { return c.SendStatus(404) })
	for _, req := range []struct{ host, path string }{
		{"api", "/v1/functions/f1"}, {"api", "/v1/functions/f2"}, {"api", "/nope"}, {"hello.p.functions.localhost", "/v1/functions/x"},
	} {
		r := httptest.NewRequest("GET", req.path, nil)
		r.Host = req.host
		res, err := app.Test(r)
		if err != nil {
			t.Fatal(err)
		}
		_, _ = io.Copy(io.Discard, res.Body)
	}
	got := map[string]float64{}
	for _, s := range gather(t, m)["fnflow_http_requests_total"].GetMetric() {
		l := labels(s)
		got[l["method"]+" "+l["route"]+" "+l["status"]] = s.GetCounter().GetValue()
	}
	want := map[string]float64{"GET /v1/functions/:functionId 204": 2, "GET unmatched 404": 1, "GET function_domain 200": 1}
	if len(got) != len(want) {
		t.Fatalf("series %v, want %v", got, want)
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s = %v, want %v (all: %v)", k, got[k], v, got)
		}
	}
}

// A nil *Metrics records nothing and never panics.
func TestNilMetrics(t *testing.T) {
	var m *metrics.Metrics
	m.HTTPRequest("GET", "/", 200, time.Second)
	m.ExecutionStarted("http", time.Now(), nil)
	m.ExecutionRun("p", "f", "http", "node-18.0", "completed", 0.1, true)
	m.ExecutionFailedByEngine("p", "f", "")
	now := time.Now()
	m.BuildFinished("ready", &now, &now)
	m.WatchPool(func() metrics.PoolSnapshot { return metrics.PoolSnapshot{} })
	if m.TemporalHandler() != nil {
		t.Fatal("nil Metrics gave a Temporal handler")
	}
}
