package metrics

import "github.com/prometheus/client_golang/prometheus"

// PoolStates are the states fnflow_pool_instances reports.
var PoolStates = []string{"warm", "draining", "starting"}

// WatchPool adds fnflow_pool_instances{state}: the warm pool's runtime
// containers by state, read from stats (state → count, PoolStates) at
// each scrape.
func (m *Metrics) WatchPool(stats func() map[string]int) {
	if m == nil || stats == nil {
		return
	}
	m.reg.MustRegister(poolCollector{stats: stats, desc: prometheus.NewDesc("fnflow_pool_instances",
		"Runtime containers of this worker's warm pool, by state (warm: serving; draining: retired, finishing requests; starting: cold starts in progress).",
		[]string{"state"}, nil)})
}

type poolCollector struct {
	stats func() map[string]int
	desc  *prometheus.Desc
}

func (p poolCollector) Describe(ch chan<- *prometheus.Desc) { ch <- p.desc }

func (p poolCollector) Collect(ch chan<- prometheus.Metric) {
	s := p.stats()
	for _, state := range PoolStates {
		ch <- prometheus.MustNewConstMetric(p.desc, prometheus.GaugeValue, float64(s[state]), state)
	}
}
