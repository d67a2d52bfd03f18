package server_test

import (
	"encoding/json"
	"io"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"

	"github.com/fnflow/fnflow/config"
	"github.com/fnflow/fnflow/internal/app"
	"github.com/fnflow/fnflow/internal/testenv"
)

// scrape reads a /metrics endpoint.
func scrape(t *testing.T, url string) map[string]*dto.MetricFamily {
	t.Helper()
	res, err := http.Get(url)
	if err != nil {
		t.Fatalf("scrape %s: %v", url, err)
	}
	defer res.Body.Close()
	if res.StatusCode != 200 {
		b, _ := io.ReadAll(res.Body)
		t.Fatalf("scrape %s: %d %s", url, res.StatusCode, b)
	}
	p := expfmt.NewTextParser(model.UTF8Validation)
	fams, err := p.TextToMetricFamilies(res.Body)
	if err != nil {
		t.Fatalf("scrape %s: %v", url, err)
	}
	return fams
}

// value is the sum over the family's series whose labels include want
// (counter and gauge values, histogram sample counts).
func value(fams map[string]*dto.MetricFamily, name string, want map[string]string) float64 {
	var sum float64
	f := fams[name]
	if f == nil {
		return 0
	}
series:
	for _, m := range f.GetMetric() {
		got := map[string]string{}
		for _, l := range m.GetLabel() {
			got[l.GetName()] = l.GetValue()
		}
		for k, v := range want {
			if got[k] != v {
				continue series
			}
		}
		switch {
		case m.Counter != nil:
			sum += m.GetCounter().GetValue()
		case m.Gauge != nil:
			sum += m.GetGauge().GetValue()
		case m.Histogram != nil:
			sum += float64(m.GetHistogram().GetSampleCount())
		case m.Untyped != nil:
			sum += m.GetUntyped().GetValue()
		}
	}
	return sum
}

// TestMetricsScrape runs real builds and executions (sync, async, a
// function domain, one cold start) and checks that the documented metrics
// moved by what happened, on the API's loopback /metrics and on
// metrics.listen; a client that is not on loopback (the runtime network's
// gateway listener) gets the unknown-route answer.
func TestMetricsScrape(t *testing.T) {
	requireImages(t, "fnflow/runtime:node-18.0")
	r := startExecApp(t, func(cfg *config.Config) { cfg.Metrics.Listen = "127.0.0.1:0"; cfg.Log.Format = "json" })
	c := newClient(t, r)
	own := "http://" + r.App.MetricsAddr().String() + "/metrics"
	seedFunction(t, r, c, "coldfn", "node-18.0", "index.js", nodeEcho, nil)
	c.createFunction("builtfn", "node-18.0", "index.js", "")
	before := scrape(t, r.URL+"/metrics")

	if d := c.deploy("builtfn", "echo building", nodeEcho); d["status"] != "ready" {
		t.Fatalf("build: %v", d)
	}
	for range 3 {
		execute(t, c, "coldfn", map[string]any{"path": "/?status=200"}, 201)
	}
	execute(t, c, "coldfn", map[string]any{"path": "/?status=503"}, 201) // the function answers 503: failed
	async := execute(t, c, "coldfn", map[string]any{"async": true}, 202)
	waitExecution(t, c, "coldfn", async["$id"].(string), time.Minute)
	req, _ := http.NewRequest("GET", r.URL+"/hello", nil)
	req.Host = "coldfn." + r.ProjectID + ".functions.localhost"
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	_, _ = io.Copy(io.Discard, res.Body)
	res.Body.Close()
	if res.StatusCode != 200 {
		t.Fatalf("function domain: %d", res.StatusCode)
	}
	execute(t, c, "builtfn", nil, 201)

	after := scrape(t, r.URL+"/metrics")
	moved := func(name string, labels map[string]string) float64 {
		return value(after, name, labels) - value(before, name, labels)
	}
	fn := map[string]string{"project": r.ProjectID, "function": "coldfn"}
	with := func(extra map[string]string) map[string]string {
		m := map[string]string{}
		for k, v := range fn {
			m[k] = v
		}
		for k, v := range extra {
			m[k] = v
		}
		return m
	}
	checks := []struct {
		what string
		got  float64
		want float64
	}{
		{"coldfn http completed (3 sync, 1 async, 1 domain)", moved("fnflow_executions_total", with(map[string]string{"trigger": "http", "status": "completed"})), 5},
		{"coldfn http failed (503)", moved("fnflow_executions_total", with(map[string]string{"trigger": "http", "status": "failed"})), 1},
		{"builtfn executions", moved("fnflow_executions_total", map[string]string{"function": "builtfn"}), 1},
		{"execution durations observed", moved("fnflow_execution_duration_seconds", nil), 7},
		{"queue waits observed", moved("fnflow_execution_queue_wait_seconds", nil), 7},
		{"builds ready", moved("fnflow_builds_total", map[string]string{"status": "ready"}), 1},
		{"build durations", moved("fnflow_build_duration_seconds", map[string]string{"status": "ready"}), 1},
		{"POST executions 201", moved("fnflow_http_requests_total", map[string]string{"method": "POST", "route": "/v1/functions/:functionId/executions", "status": "201"}), 5},
		{"POST executions 202", moved("fnflow_http_requests_total", map[string]string{"route": "/v1/functions/:functionId/executions", "status": "202"}), 1},
		{"function domain 200", moved("fnflow_http_requests_total", map[string]string{"route": "function_domain", "status": "200"}), 1},
	}
	for _, ch := range checks {
		if ch.got != ch.want {
			t.Errorf("%s: moved by %v, want %v", ch.what, ch.got, ch.want)
		}
	}
	// coldfn was seeded (never pre-warmed): its first execution started a
	// container (a container the pool replaced would add one).
	if v := moved("fnflow_cold_starts_total", map[string]string{"runtime": "node-18.0"}); v < 1 || v > 7 {
		t.Errorf("fnflow_cold_starts_total{runtime=node-18.0} moved by %v, want 1 to 7", v)
	}
	// Container starts: coldfn's first execution and builtfn's pre-warm, each
	// counted once however many executions waited (a container the pool
	// replaced would add one).
	if v := moved("fnflow_pool_cold_starts_total", nil); v < 2 || v > 4 {
		t.Errorf("fnflow_pool_cold_starts_total moved by %v, want 2 to 4", v)
	}
	// Warm containers of both functions (builtfn was pre-warmed on activation).
	if v := value(after, "fnflow_pool_instances", map[string]string{"state": "warm"}); v < 2 {
		t.Errorf("fnflow_pool_instances{state=warm} = %v, want ≥ 2", v)
	}
	for _, f := range after["fnflow_http_requests_total"].GetMetric() {
		for _, l := range f.GetLabel() {
			if l.GetName() == "route" && (strings.Contains(l.GetValue(), "coldfn") || strings.Contains(l.GetValue(), "builtfn")) {
				t.Errorf("a raw path became a route label: %q", l.GetValue())
			}
		}
	}
	// The Temporal SDK's metrics, through the same registry.
	if v := moved("temporal_workflow_completed", map[string]string{"workflow_type": "ExecutionWorkflow"}); v < 6 {
		t.Errorf("temporal_workflow_completed{workflow_type=ExecutionWorkflow} moved by %v, want ≥ 6", v)
	}
	if v := moved("temporal_workflow_completed", map[string]string{"workflow_type": "BuildWorkflow"}); v != 1 {
		t.Errorf("temporal_workflow_completed{workflow_type=BuildWorkflow} moved by %v, want 1", v)
	}
	if v := value(after, "temporal_request", nil); v == 0 {
		t.Error("temporal_request is 0")
	}
	if v := value(after, "temporal_activity_execution_latency_seconds", map[string]string{"activity_type": "BuildRun"}); v < 1 {
		t.Errorf("temporal_activity_execution_latency_seconds{activity_type=BuildRun} count %v, want ≥ 1", v)
	}

	var sdk []string
	for name := range after {
		if strings.HasPrefix(name, "temporal_") {
			sdk = append(sdk, name)
		}
	}
	slices.Sort(sdk)
	t.Logf("%d Temporal SDK metric families: %s", len(sdk), strings.Join(sdk, " "))
	sum := func(name string) (n uint64, total float64) {
		for _, m := range after[name].GetMetric() {
			n, total = n+m.GetHistogram().GetSampleCount(), total+m.GetHistogram().GetSampleSum()
		}
		return n, total
	}
	qn, qs := sum("fnflow_execution_queue_wait_seconds")
	en, es := sum("fnflow_execution_duration_seconds")
	t.Logf("queue wait: %d observations, %.3f s in all; execution duration: %d observations, %.3f s in all", qn, qs, en, es)

	// metrics.listen serves the same registry.
	if v := value(scrape(t, own), "fnflow_executions_total", fn); v < 5 {
		t.Errorf("metrics.listen: fnflow_executions_total of coldfn = %v, want ≥ 5", v)
	}
	// A client that is not on loopback does not get them on the API port.
	if ep := r.App.FunctionEndpoint(); strings.HasPrefix(ep, "http://") && !strings.Contains(ep, "127.0.0.1") {
		res, err := http.Get(strings.TrimSuffix(ep, "/v1") + "/metrics")
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode != 404 || !strings.Contains(string(b), "general_route_not_found") {
			t.Errorf("/metrics from %s: %d %s, want 404 general_route_not_found", ep, res.StatusCode, b)
		}
	} else {
		t.Logf("no gateway listener (%s): the non-loopback refusal is not checked", ep)
	}

	// JSON request logs carry the IDs: the route's, and the execution a
	// function-domain request ran.
	var execLine, domainLine bool
	for _, line := range strings.Split(r.Logs.String(), "\n") {
		var l map[string]any
		if json.Unmarshal([]byte(line), &l) != nil || l["msg"] != "http request" {
			continue
		}
		switch {
		case l["path"] == "/v1/functions/coldfn/executions" && l["status"] == float64(201):
			execLine = l["project_id"] == r.ProjectID && l["function_id"] == "coldfn"
		case l["path"] == "/hello":
			domainLine = l["project_id"] == r.ProjectID && l["execution_id"] != nil && l["execution_id"] != ""
		}
	}
	if !execLine || !domainLine {
		t.Errorf("request log lines without their IDs: execution create %v, function domain %v", execLine, domainLine)
	}

	// A worker-only process (fnflow worker) serves its own on metrics.listen.
	wcfg := testenv.Config(t, testenv.AppOptions{Temporal: temporal, Mutate: func(cfg *config.Config) { cfg.Metrics.Listen = "127.0.0.1:0" }})
	w := testenv.StartAppWith(t, wcfg, &app.Roles{Worker: true})
	deadline := time.Now().Add(30 * time.Second)
	for {
		wm := scrape(t, "http://"+w.App.MetricsAddr().String()+"/metrics")
		_, pool := wm["fnflow_pool_instances"]
		if pool && value(wm, "temporal_worker_start", nil) >= 1 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("worker metrics: fnflow_pool_instances present %v, temporal_worker_start %v", pool, value(wm, "temporal_worker_start", nil))
		}
		time.Sleep(200 * time.Millisecond)
	}
}
