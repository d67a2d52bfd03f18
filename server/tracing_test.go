package server_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"net"
	"net/http"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	collectorpb "go.opentelemetry.io/proto/otlp/collector/trace/v1"
	commonpb "go.opentelemetry.io/proto/otlp/common/v1"
	tracepb "go.opentelemetry.io/proto/otlp/trace/v1"
	"google.golang.org/protobuf/proto"

	"github.com/fnflow/fnflow/config"
	"github.com/fnflow/fnflow/docker"
	"github.com/fnflow/fnflow/internal/app"
	"github.com/fnflow/fnflow/internal/testenv"
	"github.com/fnflow/fnflow/runtimes"
	"github.com/fnflow/fnflow/tracing"
)

// otlpSpan is a received span with its resource's service.name.
type otlpSpan struct {
	service string
	*tracepb.Span
}

func (s otlpSpan) traceID() string  { return hex.EncodeToString(s.TraceId) }
func (s otlpSpan) spanID() string   { return hex.EncodeToString(s.SpanId) }
func (s otlpSpan) parentID() string { return hex.EncodeToString(s.ParentSpanId) }

func (s otlpSpan) attr(key string) string {
	for _, kv := range s.Attributes {
		if kv.Key == key {
			return anyValue(kv.Value)
		}
	}
	return ""
}

func anyValue(v *commonpb.AnyValue) string {
	switch x := v.GetValue().(type) {
	case *commonpb.AnyValue_StringValue:
		return x.StringValue
	case *commonpb.AnyValue_IntValue:
		return fmt.Sprint(x.IntValue)
	case *commonpb.AnyValue_BoolValue:
		return fmt.Sprint(x.BoolValue)
	case *commonpb.AnyValue_DoubleValue:
		return fmt.Sprint(x.DoubleValue)
	}
	b, _ := json.Marshal(v)
	return string(b)
}

// otlpReceiver is an OTLP/HTTP (protobuf) trace receiver on loopback: what
// a collector would get.
type otlpReceiver struct {
	URL      string
	mu       sync.Mutex
	spans    []otlpSpan
	requests int
}

func startOTLPReceiver(t *testing.T) *otlpReceiver { return startOTLPReceiverTB(t) }

func startOTLPReceiverTB(t testing.TB) *otlpReceiver {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	rcv := &otlpReceiver{URL: "http://" + ln.Addr().String()}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /v1/traces", func(w http.ResponseWriter, r *http.Request) {
		var body io.Reader = r.Body
		if r.Header.Get("Content-Encoding") == "gzip" {
			gz, err := gzip.NewReader(r.Body)
			if err != nil {
				http.Error(w, err.Error(), 400)
				return
			}
			body = gz
		}
		b, err := io.ReadAll(body)
		if err != nil {
			http.Error(w, err.Error(), 400)
			return
		}
		var req collectorpb.ExportTraceServiceRequest
		if err := proto.Unmarshal(b, &req); err != nil {
			http.Error(w, err.Error(), 400)
			return
		}
		rcv.mu.Lock()
		rcv.requests++
		for _, rs := range req.ResourceSpans {
			service := ""
			for _, kv := range rs.GetResource().GetAttributes() {
				if kv.Key == "service.name" {
					service = kv.Value.GetStringValue()
				}
			}
			for _, ss := range rs.ScopeSpans {
				for _, sp := range ss.Spans {
					rcv.spans = append(rcv.spans, otlpSpan{service: service, Span: sp})
				}
			}
		}
		rcv.mu.Unlock()
		out, _ := proto.Marshal(&collectorpb.ExportTraceServiceResponse{})
		w.Header().Set("Content-Type", "application/x-protobuf")
		_, _ = w.Write(out)
	})
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	go func() { _ = srv.Serve(ln) }()
	t.Cleanup(func() { _ = srv.Close() })
	return rcv
}

func (r *otlpReceiver) received() ([]otlpSpan, int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]otlpSpan(nil), r.spans...), r.requests
}

// traceOf is the trace's spans by span ID.
func traceOf(spans []otlpSpan, traceID string) map[string]otlpSpan {
	out := map[string]otlpSpan{}
	for _, s := range spans {
		if s.traceID() == traceID {
			out[s.spanID()] = s
		}
	}
	return out
}

// ancestors are the names of s's ancestors within the trace, nearest first.
func ancestors(tr map[string]otlpSpan, s otlpSpan) []string {
	var out []string
	for p, ok := tr[s.parentID()]; ok; p, ok = tr[p.parentID()] {
		out = append(out, p.Name)
		if len(out) > 50 {
			break
		}
	}
	return out
}

// parseTraceparent splits a W3C traceparent (00-<trace>-<parent>-<flags>).
func parseTraceparent(t *testing.T, v string) (traceID, parentID string) {
	t.Helper()
	parts := strings.Split(v, "-")
	if len(parts) != 4 || parts[0] != "00" || len(parts[1]) != 32 || len(parts[2]) != 16 {
		t.Fatalf("not a W3C traceparent: %q", v)
	}
	return parts[1], parts[2]
}

// receivedHeaders are the request headers the echo function saw.
func receivedHeaders(t *testing.T, responseBody string) map[string]string {
	t.Helper()
	var out struct {
		Headers map[string]string `json:"headers"`
	}
	if err := json.Unmarshal([]byte(responseBody), &out); err != nil {
		t.Fatalf("function answer: %v: %q", err, responseBody)
	}
	return out.Headers
}

const (
	clientTraceID = "4bf92f3577b34da6a3ce929d0e0e4736"
	clientParent  = "00f067aa0ba902b7"
	bodyMarker    = "body-marker-never-in-a-span"
)

// TestTracingOTLP runs fnflow with tracing on against an OTLP receiver: a
// sync execution, an async one and a function-domain request each form one
// trace from the API request's span through the workflow, the activity and
// the call into the runtime container, whose traceparent the function
// receives; no attribute holds a key, a JWT secret or a body. With tracing
// off, nothing is sent and no traceparent is added.
func TestTracingOTLP(t *testing.T) {
	requireImages(t, "fnflow/runtime:node-18.0")
	rcv := startOTLPReceiver(t)
	r := startExecApp(t, func(cfg *config.Config) {
		cfg.Tracing = config.Tracing{Enabled: true, Endpoint: rcv.URL, Protocol: "http/protobuf", SampleRatio: 1}
	})
	c := newClient(t, r)
	seedFunction(t, r, c, "tracefn", "node-18.0", "index.js", nodeEcho, nil)

	if res, err := http.Get(r.URL + "/metrics"); err != nil || res.StatusCode != 200 {
		t.Fatalf("scrape: %v %v", res, err)
	} else {
		res.Body.Close()
	}

	// Sync: a traceparent among the function's request headers is
	// replaced by fnflow's.
	sync := execute(t, c, "tracefn", map[string]any{"body": bodyMarker,
		"headers": map[string]string{"traceparent": "00-" + clientTraceID + "-" + clientParent + "-01"}}, 201)
	syncHdr := receivedHeaders(t, sync["responseBody"].(string))
	async := execute(t, c, "tracefn", map[string]any{"async": true, "body": bodyMarker}, 202)
	asyncDone := waitExecution(t, c, "tracefn", async["$id"].(string), time.Minute)
	if asyncDone["status"] != "completed" {
		t.Fatalf("async execution: %v", asyncDone)
	}
	// A function domain passes the caller's headers through: its
	// traceparent is the parent of the API's span, and the function gets
	// fnflow's, in the caller's trace.
	req, _ := http.NewRequest("POST", r.URL+"/traced", strings.NewReader(bodyMarker))
	req.Host = "tracefn." + r.ProjectID + ".functions.localhost"
	req.Header.Set("traceparent", "00-"+clientTraceID+"-"+clientParent+"-01")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	domainBody, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != 200 {
		t.Fatalf("function domain: %d %s", res.StatusCode, domainBody)
	}
	domainHdr := receivedHeaders(t, string(domainBody))

	// Each run's runtime call span: the one the function's traceparent
	// names, or (async: its answer is not kept) the one of its execution.
	type want struct {
		what        string
		traceparent string // what the function received ("" : find by execution ID)
		executionID string
		route       string
	}
	cases := []want{
		{"sync", syncHdr["traceparent"], sync["$id"].(string), "POST /v1/functions/:functionId/executions"},
		{"async", "", async["$id"].(string), "POST /v1/functions/:functionId/executions"},
		{"function domain", domainHdr["traceparent"], "", "POST function_domain"},
	}
	if tid, _ := parseTraceparent(t, domainHdr["traceparent"]); tid != clientTraceID {
		t.Fatalf("function domain: the function's traceparent %q is not in the caller's trace %s", domainHdr["traceparent"], clientTraceID)
	}
	if tid, _ := parseTraceparent(t, syncHdr["traceparent"]); tid == clientTraceID {
		t.Fatalf("sync: the caller's traceparent among the execution's headers reached the function unchanged: %q", syncHdr["traceparent"])
	}

	// The workflows end after their callers were answered: wait for every
	// span of each trace (flushing the batcher), bounded.
	chain := []string{docker.CallSpanName, "RunActivity:RunExecution", "StartActivity:RunExecution",
		"RunWorkflow:ExecutionWorkflow", "StartWorkflow:ExecutionWorkflow"}
	var spans []otlpSpan
	deadline := time.Now().Add(60 * time.Second)
	for {
		if err := r.App.Tracing.ForceFlush(context.Background()); err != nil {
			t.Fatalf("flush: %v", err)
		}
		spans, _ = rcv.received()
		complete := 0
		for _, s := range spans {
			if s.Name == "RunWorkflow:ExecutionWorkflow" {
				complete++
			}
		}
		if complete >= len(cases) || time.Now().After(deadline) {
			break
		}
		time.Sleep(200 * time.Millisecond)
	}

	for _, w := range cases {
		// The runtime call span of this run.
		var call otlpSpan
		for _, s := range spans {
			if s.Name != docker.CallSpanName {
				continue
			}
			if w.traceparent != "" {
				if tid, pid := parseTraceparent(t, w.traceparent); s.traceID() == tid && s.spanID() == pid {
					call = s
				}
			} else if s.attr("fnflow.execution_id") == w.executionID {
				call = s
			}
		}
		if call.Span == nil {
			t.Fatalf("%s: no %q span whose ID is the traceparent the function got (%q); spans: %s", w.what, docker.CallSpanName, w.traceparent, names(spans))
		}
		tr := traceOf(spans, call.traceID())
		up := ancestors(tr, call)
		// call -> RunActivity -> StartActivity -> RunWorkflow -> StartWorkflow -> API request span.
		wantUp := append(append([]string(nil), chain[1:]...), w.route)
		if len(up) < len(wantUp) || strings.Join(up[:len(wantUp)], " < ") != strings.Join(wantUp, " < ") {
			t.Fatalf("%s: the runtime call's ancestors are %q, want %q first", w.what, up, wantUp)
		}
		var api otlpSpan
		for _, s := range tr {
			if s.Name == w.route {
				api = s
			}
		}
		if api.Kind != tracepb.Span_SPAN_KIND_SERVER || api.attr("http.route") == "" || api.attr("http.response.status_code") == "" {
			t.Fatalf("%s: API span %v", w.what, api.Span)
		}
		if w.what == "function domain" {
			if api.parentID() != clientParent || api.traceID() != clientTraceID {
				t.Fatalf("function domain: the API span's parent is %s/%s, want the caller's %s/%s", api.traceID(), api.parentID(), clientTraceID, clientParent)
			}
		} else if api.attr("fnflow.execution_id") != w.executionID || api.attr("fnflow.project_id") != r.ProjectID {
			t.Fatalf("%s: API span attributes %v", w.what, api.Attributes)
		}
		if call.Kind != tracepb.Span_SPAN_KIND_CLIENT || call.attr("fnflow.project_id") != r.ProjectID ||
			call.attr("fnflow.function_id") != "tracefn" || call.attr("fnflow.deployment_id") == "" ||
			call.attr("fnflow.execution.trigger") != "http" || call.attr("http.response.status_code") != "200" {
			t.Fatalf("%s: runtime call span attributes %v", w.what, call.Attributes)
		}
		if w.executionID != "" && call.attr("fnflow.execution_id") != w.executionID {
			t.Fatalf("%s: runtime call for execution %q, want %q", w.what, call.attr("fnflow.execution_id"), w.executionID)
		}
		for _, s := range tr {
			switch s.Name {
			case "RunWorkflow:ExecutionWorkflow":
				if s.attr("fnflow.execution_id") != call.attr("fnflow.execution_id") || s.attr("fnflow.execution.status") != "completed" {
					t.Fatalf("%s: workflow span attributes %v", w.what, s.Attributes)
				}
			case "RunActivity:RunExecution":
				if s.attr("fnflow.execution_id") != call.attr("fnflow.execution_id") || s.attr("fnflow.execution.status") != "completed" {
					t.Fatalf("%s: activity span attributes %v", w.what, s.Attributes)
				}
			}
			if s.service != "fnflow" {
				t.Fatalf("%s: span %q from service %q, want fnflow (API and worker in one process)", w.what, s.Name, s.service)
			}
		}
		t.Logf("%s: trace %s: %s", w.what, call.traceID(), strings.Join(append([]string{call.Name}, up...), " < "))
		if w.what == "sync" { // the first run: a cold start (no spares in tests), under the run's activity
			checkStartSpan(t, tr, call.parentID(), r.ProjectID, "tracefn", call.attr("fnflow.deployment_id"), "cold start", false)
		}
	}

	for _, s := range spans {
		if strings.Contains(s.Name, "/metrics") {
			t.Fatalf("a /metrics scrape has a span: %q", s.Name)
		}
	}

	// No secret or body in any attribute of any span.
	secrets := map[string]string{"API key": r.Key, "JWT secret": r.Config.Auth.JWTSecret, "request body": bodyMarker,
		"function key (sync)": syncHdr["x-appwrite-key"], "function key (domain)": domainHdr["x-appwrite-key"]}
	for _, s := range spans {
		for _, kv := range s.Attributes {
			v := anyValue(kv.Value)
			for what, secret := range secrets {
				if secret != "" && strings.Contains(v, secret) {
					t.Fatalf("span %q attribute %s holds the %s", s.Name, kv.Key, what)
				}
			}
			if strings.Contains(strings.ToLower(kv.Key), "header") {
				t.Fatalf("span %q has a header attribute %s", s.Name, kv.Key)
			}
		}
	}

	// Tracing off (the default): nothing is sent, even with an endpoint
	// set, and the function gets a traceparent only when its caller sent
	// one, unchanged.
	off := startOTLPReceiver(t)
	r2 := startExecApp(t, func(cfg *config.Config) { cfg.Tracing.Endpoint = off.URL })
	if r2.App.Tracing != nil {
		t.Fatal("tracing is on by default")
	}
	c2 := newClient(t, r2)
	seedFunction(t, r2, c2, "plainfn", "node-18.0", "index.js", nodeEcho, nil)
	plain := receivedHeaders(t, execute(t, c2, "plainfn", nil, 201)["responseBody"].(string))
	if v, ok := plain["traceparent"]; ok {
		t.Fatalf("tracing off: the function got a traceparent nobody sent: %q", v)
	}
	given := "00-" + clientTraceID + "-" + clientParent + "-01"
	passed := receivedHeaders(t, execute(t, c2, "plainfn", map[string]any{"headers": map[string]string{"traceparent": given}}, 201)["responseBody"].(string))
	if passed["traceparent"] != given {
		t.Fatalf("tracing off: the caller's traceparent reached the function as %q, want %q", passed["traceparent"], given)
	}
	r2.Stop()
	if got, n := off.received(); n != 0 || len(got) != 0 {
		t.Fatalf("tracing off: the receiver got %d requests (%d spans)", n, len(got))
	}
}

// checkStartSpan finds the one docker.StartSpanName span of trace tr, a
// child of parentID, and checks its IDs, reason, spare flag and step events.
func checkStartSpan(t *testing.T, tr map[string]otlpSpan, parentID, projectID, functionID, deploymentID, reason string, spare bool) {
	t.Helper()
	var found []otlpSpan
	for _, s := range tr {
		if s.Name == docker.StartSpanName {
			found = append(found, s)
		}
	}
	if len(found) != 1 {
		t.Fatalf("%d %q spans in the trace, want 1", len(found), docker.StartSpanName)
	}
	s := found[0]
	if s.parentID() != parentID {
		t.Fatalf("%q span's parent is %q (%s), want %s (%s)", s.Name, s.parentID(), tr[s.parentID()].Name, parentID, tr[parentID].Name)
	}
	if s.attr("fnflow.project_id") != projectID || s.attr("fnflow.function_id") != functionID ||
		s.attr("fnflow.deployment_id") != deploymentID || s.attr(docker.AttrStartReason) != reason ||
		s.attr(docker.AttrSpare) != fmt.Sprint(spare) || s.attr("container.id") == "" || s.attr("container.image.name") == "" {
		t.Fatalf("%q span attributes %v", s.Name, s.Attributes)
	}
	want := []string{docker.EventCreated, docker.EventStarted, docker.EventHealthy}
	if spare {
		want = []string{docker.EventSpareClaimed, docker.EventSpecialized}
	}
	var got []string
	for _, e := range s.Events {
		got = append(got, e.Name)
		if e.TimeUnixNano < s.StartTimeUnixNano || e.TimeUnixNano > s.EndTimeUnixNano {
			t.Fatalf("event %q outside its span", e.Name)
		}
	}
	if strings.Join(got, ", ") != strings.Join(want, ", ") {
		t.Fatalf("%q span events %q, want %q", s.Name, got, want)
	}
	t.Logf("%s (%s, spare %v): %d ms, events %q", s.Name, reason, spare, (s.EndTimeUnixNano-s.StartTimeUnixNano)/1e6, got)
}

func names(spans []otlpSpan) string {
	var b bytes.Buffer
	for _, s := range spans {
		fmt.Fprintf(&b, "\n  %s %s<-%s %s", s.traceID()[:8], s.spanID(), s.parentID(), s.Name)
	}
	return b.String()
}

// TestTracingAcrossProcesses runs the API (fnflow api) and the worker
// (fnflow worker) as two processes on one store and task queue: a sync
// execution is still one trace, carried from the API's workflow start to
// the worker through Temporal's headers, with each side's service name.
func TestTracingAcrossProcesses(t *testing.T) {
	requireImages(t, "fnflow/runtime:node-18.0")
	rcv := startOTLPReceiver(t)
	on := func(cfg *config.Config) {
		cfg.Tracing = config.Tracing{Enabled: true, Endpoint: rcv.URL, Protocol: "http/protobuf", SampleRatio: 1}
	}
	cfg := testenv.Config(t, testenv.AppOptions{Temporal: temporal, Mutate: on})
	api := testenv.StartAppWith(t, cfg, &app.Roles{API: true})
	wcfg := cfg
	wcfg.Server.Listen = "127.0.0.1:0"
	worker := testenv.StartAppWith(t, wcfg, &app.Roles{Worker: true})
	c := newClient(t, api)
	seedFunction(t, api, c, "splitfn", "node-18.0", "index.js", nodeEcho, nil)
	got := receivedHeaders(t, execute(t, c, "splitfn", nil, 201)["responseBody"].(string))
	traceID, parentID := parseTraceparent(t, got["traceparent"])

	want := map[string]string{"POST /v1/functions/:functionId/executions": tracing.ServiceAPI,
		"StartWorkflow:ExecutionWorkflow": tracing.ServiceAPI, "RunWorkflow:ExecutionWorkflow": tracing.ServiceWorker,
		"StartActivity:RunExecution": tracing.ServiceWorker, "RunActivity:RunExecution": tracing.ServiceWorker,
		docker.CallSpanName: tracing.ServiceWorker}
	var tr map[string]otlpSpan
	for deadline := time.Now().Add(60 * time.Second); ; {
		for _, r := range []*testenv.Running{api, worker} {
			if err := r.App.Tracing.ForceFlush(context.Background()); err != nil {
				t.Fatalf("flush: %v", err)
			}
		}
		spans, _ := rcv.received()
		tr = traceOf(spans, traceID)
		found := 0
		for _, s := range tr {
			if _, ok := want[s.Name]; ok {
				found++
			}
		}
		if found >= len(want) || time.Now().After(deadline) {
			break
		}
		time.Sleep(200 * time.Millisecond)
	}
	call, ok := tr[parentID]
	if !ok || call.Name != docker.CallSpanName {
		t.Fatalf("the function's traceparent parent %s is not a %q span of trace %s: %v", parentID, docker.CallSpanName, traceID, call.Span)
	}
	up := ancestors(tr, call)
	wantUp := []string{"RunActivity:RunExecution", "StartActivity:RunExecution", "RunWorkflow:ExecutionWorkflow",
		"StartWorkflow:ExecutionWorkflow", "POST /v1/functions/:functionId/executions"}
	if strings.Join(up, " < ") != strings.Join(wantUp, " < ") {
		t.Fatalf("ancestors of the runtime call: %q, want %q", up, wantUp)
	}
	for _, s := range tr {
		if svc, ok := want[s.Name]; ok && s.service != svc {
			t.Fatalf("span %q from %q, want %q", s.Name, s.service, svc)
		}
	}
}

// TestTracingBuildAndSpare: a deployment uploaded through the API with
// tracing on is one trace: the upload's span, the build workflow, its
// activities and the build container; the activation's prewarm (a spare,
// docker.spares on) is a container start span under BuildFinish.
func TestTracingBuildAndSpare(t *testing.T) {
	image := runtimes.ImagePrefix + ":node-18.0"
	requireSpareImage(t, image)
	rcv := startOTLPReceiver(t)
	r, c := startApp(t, func(cfg *config.Config) {
		cfg.Tracing = config.Tracing{Enabled: true, Endpoint: rcv.URL, Protocol: "http/protobuf", SampleRatio: 1}
		cfg.Docker.Spares = 1
		cfg.Docker.SpareRuntimes = []string{"node-18.0"}
	})
	// The prewarm takes the spare only when one is idle by then.
	for deadline := time.Now().Add(60 * time.Second); r.App.Pool.Stats().Spares < 1; time.Sleep(50 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("no spare after 60s: %+v", r.App.Pool.Stats())
		}
	}
	c.createFunction("buildtrace", "node-18.0", "index.js", "")
	code := tarGz(t, map[string]string{"index.js": nodeEcho})
	up := c.upload("buildtrace", []formField{{"activate", "true"}, {"commands", "echo building"}}, "code.tar.gz", code, nil)
	if up.Status != 202 {
		t.Fatalf("upload: %d %s", up.Status, up.Body)
	}
	did := up.JSON(t)["$id"].(string)
	c.waitDeployment("buildtrace", did, 3*time.Minute, "ready")

	route := "POST /v1/functions/:functionId/deployments"
	chain := map[string]string{ // span -> its parent
		"StartWorkflow:BuildWorkflow": route,
		"RunWorkflow:BuildWorkflow":   "StartWorkflow:BuildWorkflow",
		"RunActivity:BuildRun":        "StartActivity:BuildRun",
		"StartActivity:BuildRun":      "RunWorkflow:BuildWorkflow",
		"RunActivity:BuildFinish":     "StartActivity:BuildFinish",
		"StartActivity:BuildFinish":   "RunWorkflow:BuildWorkflow",
		docker.BuildSpanName:          "RunActivity:BuildRun",
		docker.StartSpanName:          "RunActivity:BuildFinish",
	}
	var tr map[string]otlpSpan
	var api otlpSpan
	for deadline := time.Now().Add(60 * time.Second); ; time.Sleep(200 * time.Millisecond) {
		if err := r.App.Tracing.ForceFlush(context.Background()); err != nil {
			t.Fatalf("flush: %v", err)
		}
		spans, _ := rcv.received()
		for _, s := range spans {
			if s.Name == route && s.attr("fnflow.deployment_id") == did {
				api = s
			}
		}
		if api.Span != nil {
			tr = traceOf(spans, api.traceID())
			byName := map[string]bool{}
			for _, s := range tr {
				byName[s.Name] = true
			}
			done := byName["RunWorkflow:BuildWorkflow"]
			for n := range chain {
				done = done && byName[n]
			}
			if done {
				break
			}
		}
		if time.Now().After(deadline) {
			_, n := rcv.received()
			var logs []string
			for _, l := range strings.Split(r.Logs.String(), "\n") {
				if strings.Contains(l, "tracing") {
					logs = append(logs, l)
				}
			}
			t.Fatalf("the build's trace is incomplete after 60s (%d export requests; tracing log lines %q); spans: %s", n, logs, names(spans))
		}
	}
	if api.Kind != tracepb.Span_SPAN_KIND_SERVER || api.attr("http.response.status_code") != "202" || api.attr("fnflow.project_id") != r.ProjectID {
		t.Fatalf("API span %v", api.Attributes)
	}
	var build, finish otlpSpan
	for _, s := range tr {
		want, ok := chain[s.Name]
		if !ok {
			continue
		}
		if p := tr[s.parentID()]; p.Span == nil || p.Name != want {
			t.Fatalf("span %q's parent is %v, want %q; trace: %s", s.Name, p.Span, want, names(slices.Collect(maps.Values(tr))))
		}
		switch s.Name {
		case docker.BuildSpanName:
			build = s
		case "RunActivity:BuildFinish":
			finish = s
		}
	}
	if build.attr("fnflow.deployment_id") != did || build.attr("fnflow.function_id") != "buildtrace" ||
		build.attr("container.id") == "" || build.attr("process.exit.code") != "0" || build.Status.GetCode() == tracepb.Status_STATUS_CODE_ERROR {
		t.Fatalf("build container span %v %v", build.Attributes, build.Status)
	}
	checkStartSpan(t, tr, finish.spanID(), r.ProjectID, "buildtrace", did, "cold start", true)
	up2 := ancestors(tr, build)
	t.Logf("build trace %s: %s < %s", api.traceID(), build.Name, strings.Join(up2, " < "))
}
