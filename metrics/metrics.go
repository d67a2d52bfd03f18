package metrics

import (
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Metrics holds a process's registry and fnflow's own metrics.
type Metrics struct {
	reg *prometheus.Registry

	httpRequests  *prometheus.CounterVec
	httpDuration  *prometheus.HistogramVec
	executions    *prometheus.CounterVec
	execDuration  *prometheus.HistogramVec
	queueWait     *prometheus.HistogramVec
	coldStarts    *prometheus.CounterVec
	builds        *prometheus.CounterVec
	buildDuration *prometheus.HistogramVec
	temporal      *temporalMetrics
}

// Buckets of the duration histograms, in seconds: executions and queue
// waits span milliseconds (warm sync runs) to the longest function timeout
// (900 s); builds seconds to the build timeout.
var (
	execBuckets  = []float64{.005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30, 60, 120, 300, 900}
	buildBuckets = []float64{1, 2.5, 5, 10, 20, 30, 60, 120, 300, 600, 900}
	httpBuckets  = []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30}
)

// New builds the registry with every fnflow metric, the Go runtime and the
// process collectors.
func New() *Metrics {
	m := &Metrics{reg: prometheus.NewRegistry()}
	m.httpRequests = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "fnflow_http_requests_total",
		Help: "API requests answered, by method, route pattern (function_domain, unmatched) and status code.",
	}, []string{"method", "route", "status"})
	m.httpDuration = prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Name: "fnflow_http_request_duration_seconds", Buckets: httpBuckets,
		Help: "Time to answer an API request, by method and route pattern.",
	}, []string{"method", "route"})
	m.executions = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "fnflow_executions_total",
		Help: "Executions run to a recorded result (completed or failed), or failed by the engine, by project, function, trigger and status.",
	}, []string{"project", "function", "trigger", "status"})
	m.execDuration = prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Name: "fnflow_execution_duration_seconds", Buckets: execBuckets,
		Help: "Recorded duration of executions (the function's run, as the execution's duration shows), by trigger and status.",
	}, []string{"trigger", "status"})
	m.queueWait = prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Name: "fnflow_execution_queue_wait_seconds", Buckets: execBuckets,
		Help: "Time from an execution's creation (or its scheduledAt) to its run starting on a worker, by trigger.",
	}, []string{"trigger"})
	m.coldStarts = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "fnflow_cold_starts_total",
		Help: "Executions that had to start a runtime container first (no warm instance), by runtime.",
	}, []string{"runtime"})
	m.builds = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "fnflow_builds_total",
		Help: "Builds finished, by status (ready, failed, canceled).",
	}, []string{"status"})
	m.buildDuration = prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Name: "fnflow_build_duration_seconds", Buckets: buildBuckets,
		Help: "Time from a build's start to its end, by status.",
	}, []string{"status"})
	m.temporal = newTemporalMetrics()
	m.reg.MustRegister(m.httpRequests, m.httpDuration, m.executions, m.execDuration, m.queueWait, m.coldStarts,
		m.builds, m.buildDuration, m.temporal,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// Registry is the process's registry (more collectors can join it).
func (m *Metrics) Registry() *prometheus.Registry { return m.reg }

// Handler serves the registry in the Prometheus text format.
func (m *Metrics) Handler() http.Handler {
	if m == nil {
		return http.NotFoundHandler()
	}
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{Registry: m.reg})
}

// HTTPRequest records one answered API request.
func (m *Metrics) HTTPRequest(method, route string, status int, took time.Duration) {
	if m == nil {
		return
	}
	m.httpRequests.WithLabelValues(method, route, statusText(status)).Inc()
	m.httpDuration.WithLabelValues(method, route).Observe(took.Seconds())
}

// ExecutionStarted records how long an execution waited between its
// creation (or scheduledAt, for a delayed one) and its run starting.
func (m *Metrics) ExecutionStarted(trigger string, created time.Time, scheduledAt *time.Time) {
	if m == nil || created.IsZero() {
		return
	}
	from := created
	if scheduledAt != nil && scheduledAt.After(from) {
		from = *scheduledAt
	}
	wait := time.Since(from)
	if wait < 0 {
		wait = 0
	}
	m.queueWait.WithLabelValues(trigger).Observe(wait.Seconds())
}

// ExecutionRun records an execution whose result was recorded: its
// status, its duration in seconds, and whether it paid a cold start.
func (m *Metrics) ExecutionRun(projectID, functionID, trigger, runtime, status string, seconds float64, cold bool) {
	if m == nil {
		return
	}
	m.executions.WithLabelValues(projectID, functionID, trigger, status).Inc()
	m.execDuration.WithLabelValues(trigger, status).Observe(seconds)
	if cold {
		m.coldStarts.WithLabelValues(runtime).Inc()
	}
}

// ExecutionFailedByEngine records an execution the engine gave up on
// (status failed, trigger "engine" when the run never read its row).
func (m *Metrics) ExecutionFailedByEngine(projectID, functionID, trigger string) {
	if m == nil {
		return
	}
	if trigger == "" {
		trigger = "unknown"
	}
	m.executions.WithLabelValues(projectID, functionID, trigger, "failed").Inc()
}

// BuildFinished records a build that reached its end status now (ended
// is nil when the end had been recorded before: a retried finish counts
// once).
func (m *Metrics) BuildFinished(status string, started, ended *time.Time) {
	if m == nil || ended == nil {
		return
	}
	m.builds.WithLabelValues(status).Inc()
	if started != nil {
		m.buildDuration.WithLabelValues(status).Observe(max(ended.Sub(*started).Seconds(), 0))
	}
}

func statusText(code int) string {
	if code < 100 || code > 999 {
		return "other"
	}
	return string([]byte{byte('0' + code/100), byte('0' + code/10%10), byte('0' + code%10)})
}
