package metrics

import "github.com/prometheus/client_golang/prometheus"

// PoolStates are the states fnflow_pool_instances reports.
var PoolStates = []string{"warm", "draining", "starting", "spare"}

// PoolSnapshot is what the pool metrics read at each scrape.
type PoolSnapshot struct {
	States     map[string]int // state (PoolStates) → containers
	ColdStarts int64          // containers started for a deployment with none serving here
}

// WatchPool adds fnflow_pool_instances{state}, the warm pool's runtime
// containers by state, and fnflow_pool_cold_starts_total, the containers it
// started for a deployment that had none serving on this worker (a
// container start, counted once however many executions waited for it;
// fnflow_cold_starts_total counts those executions). Read from stats at
// each scrape.
func (m *Metrics) WatchPool(stats func() PoolSnapshot) {
	if m == nil || stats == nil {
		return
	}
	m.reg.MustRegister(poolCollector{stats: stats,
		desc: prometheus.NewDesc("fnflow_pool_instances",
			"Runtime containers of this worker's warm pool, by state (warm: serving; draining: retired, finishing requests; starting: cold starts in progress; spare: pre-started, not specialized yet).",
			[]string{"state"}, nil),
		cold: prometheus.NewDesc("fnflow_pool_cold_starts_total",
			"Runtime containers this worker's pool started for a deployment that had none serving here (spares specialized included, scale-ups not).",
			nil, nil)})
}

type poolCollector struct {
	stats      func() PoolSnapshot
	desc, cold *prometheus.Desc
}

func (p poolCollector) Describe(ch chan<- *prometheus.Desc) { ch <- p.desc; ch <- p.cold }

func (p poolCollector) Collect(ch chan<- prometheus.Metric) {
	s := p.stats()
	for _, state := range PoolStates {
		ch <- prometheus.MustNewConstMetric(p.desc, prometheus.GaugeValue, float64(s.States[state]), state)
	}
	ch <- prometheus.MustNewConstMetric(p.cold, prometheus.CounterValue, float64(s.ColdStarts))
}
