package metrics

import (
	"maps"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"go.temporal.io/sdk/client"
)

// TemporalHandler is the Temporal SDK's metrics handler writing into this
// registry (client.Options.MetricsHandler; the worker inherits it from the
// client). The SDK's names are kept (temporal_request,
// temporal_workflow_task_schedule_to_start_latency, ...; see Temporal's
// "SDK metrics" reference): counters as they are, gauges as they are,
// timers as histograms in seconds with the suffix _seconds.
//
// A small adapter instead of contrib/tally with tally's Prometheus
// reporter: no second metrics library in the binary, and the SDK uses
// different tag sets for one name (e.g. with and without task_queue),
// which one prometheus.*Vec per name cannot hold; here each tag set is its
// own series of the family.
func (m *Metrics) TemporalHandler() client.MetricsHandler {
	if m == nil {
		return nil
	}
	return sdkHandler{t: m.temporal}
}

var temporalBuckets = []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30, 60}

// temporalMetrics holds every series the SDK created, keyed by name and
// tags; it collects them as one unchecked collector.
type temporalMetrics struct {
	mu     sync.Mutex
	series map[string]prometheus.Collector
}

func newTemporalMetrics() *temporalMetrics {
	return &temporalMetrics{series: map[string]prometheus.Collector{}}
}

func (t *temporalMetrics) Describe(chan<- *prometheus.Desc) {} // unchecked: tag sets vary

func (t *temporalMetrics) Collect(ch chan<- prometheus.Metric) {
	t.mu.Lock()
	cs := slices.Collect(maps.Values(t.series))
	t.mu.Unlock()
	for _, c := range cs {
		c.Collect(ch)
	}
}

// get returns the series kind:name{tags}, made by mk on first use.
func (t *temporalMetrics) get(kind, name string, tags map[string]string, mk func(labels prometheus.Labels) prometheus.Collector) prometheus.Collector {
	var b strings.Builder
	b.WriteString(kind + "\x00" + name)
	keys := slices.Sorted(maps.Keys(tags))
	for _, k := range keys {
		b.WriteString("\x00" + k + "=" + tags[k])
	}
	key := b.String()
	t.mu.Lock()
	defer t.mu.Unlock()
	if c, ok := t.series[key]; ok {
		return c
	}
	labels := prometheus.Labels{}
	for _, k := range keys {
		labels[sanitize(k)] = tags[k]
	}
	c := mk(labels)
	t.series[key] = c
	return c
}

type sdkHandler struct {
	t    *temporalMetrics
	tags map[string]string
}

func (h sdkHandler) WithTags(tags map[string]string) client.MetricsHandler {
	merged := maps.Clone(h.tags)
	if merged == nil {
		merged = map[string]string{}
	}
	maps.Copy(merged, tags)
	return sdkHandler{t: h.t, tags: merged}
}

func (h sdkHandler) Counter(name string) client.MetricsCounter {
	c := h.t.get("c", name, h.tags, func(l prometheus.Labels) prometheus.Collector {
		return prometheus.NewCounter(prometheus.CounterOpts{Name: sanitize(name), Help: "Temporal SDK counter " + name + ".", ConstLabels: l})
	}).(prometheus.Counter)
	return counter{c}
}

func (h sdkHandler) Gauge(name string) client.MetricsGauge {
	g := h.t.get("g", name, h.tags, func(l prometheus.Labels) prometheus.Collector {
		return prometheus.NewGauge(prometheus.GaugeOpts{Name: sanitize(name), Help: "Temporal SDK gauge " + name + ".", ConstLabels: l})
	}).(prometheus.Gauge)
	return client.MetricsGauge(gaugeFunc(g.Set))
}

func (h sdkHandler) Timer(name string) client.MetricsTimer {
	o := h.t.get("t", name, h.tags, func(l prometheus.Labels) prometheus.Collector {
		return prometheus.NewHistogram(prometheus.HistogramOpts{Name: sanitize(name) + "_seconds",
			Help: "Temporal SDK timer " + name + ", in seconds.", ConstLabels: l, Buckets: temporalBuckets})
	}).(prometheus.Histogram)
	return timer{o}
}

type counter struct{ c prometheus.Counter }

func (c counter) Inc(d int64) {
	if d > 0 {
		c.c.Add(float64(d))
	}
}

type gaugeFunc func(float64)

func (g gaugeFunc) Update(v float64) { g(v) }

type timer struct{ h prometheus.Histogram }

func (t timer) Record(d time.Duration) { t.h.Observe(d.Seconds()) }

// sanitize makes a Prometheus metric or label name of an SDK name.
func sanitize(s string) string {
	b := []byte(s)
	for i, c := range b {
		ok := c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || i > 0 && c >= '0' && c <= '9'
		if !ok {
			b[i] = '_'
		}
	}
	return string(b)
}
