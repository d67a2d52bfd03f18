package server

import (
	"fmt"
	"slices"
	"time"

	"github.com/gofiber/fiber/v2"

	"github.com/fnflow/fnflow/models"
)

// Usage (Appwrite 1.9's Functions/Http/Usage: UsageFunctions and
// UsageFunction models), computed from the store on each request instead of
// Appwrite's stats collection: totals are all time, the metric arrays cover
// the range in Appwrite's buckets (24h: 24 hours, 30d/90d: days; the last
// bucket is the current one), each {value, date}. Units as Appwrite's:
// executionsTime and buildsTime in milliseconds, storage in bytes, MB-seconds
// = specification memory (MB) × cpus × seconds. What is deleted (functions,
// deployments, executions) no longer counts: Appwrite's counters keep it.

type usageRange struct {
	period       time.Duration
	limit        int
	layout       string // Appwrite's date of a bucket
	bucketLayout string // the store's bucket key (Store.Usage)
}

var usageRanges = map[string]usageRange{
	"24h": {time.Hour, 24, "2006-01-02T15:00:00.000-07:00", "2006-01-02 15"},
	"30d": {24 * time.Hour, 30, "2006-01-02T00:00:00.000-07:00", "2006-01-02"},
	"90d": {24 * time.Hour, 90, "2006-01-02T00:00:00.000-07:00", "2006-01-02"},
}

type metricJSON struct {
	Value int64  `json:"value"`
	Date  string `json:"date"`
}

// series is one metric's buckets.
type series struct {
	r      usageRange
	first  time.Time
	values []float64
}

func newSeries(r usageRange, now time.Time) *series {
	last := now.UTC().Truncate(r.period)
	return &series{r: r, first: last.Add(-time.Duration(r.limit-1) * r.period), values: make([]float64, r.limit)}
}

func (s *series) add(at time.Time, v float64) {
	i := int(at.UTC().Sub(s.first) / s.r.period)
	if at.UTC().Before(s.first) || i >= len(s.values) {
		return
	}
	s.values[i] += v
}

func (s *series) render() []metricJSON {
	out := make([]metricJSON, len(s.values))
	for i, v := range s.values {
		out[i] = metricJSON{Value: int64(v), Date: s.first.Add(time.Duration(i) * s.r.period).Format(s.r.layout)}
	}
	return out
}

// usageTotals and usageSeries are the metrics both models share.
type usage struct {
	Range                    string       `json:"range"`
	FunctionsTotal           *int64       `json:"functionsTotal,omitempty"`
	DeploymentsTotal         int64        `json:"deploymentsTotal"`
	DeploymentsStorageTotal  int64        `json:"deploymentsStorageTotal"`
	BuildsTotal              int64        `json:"buildsTotal"`
	BuildsSuccessTotal       int64        `json:"buildsSuccessTotal"`
	BuildsFailedTotal        int64        `json:"buildsFailedTotal"`
	BuildsStorageTotal       int64        `json:"buildsStorageTotal"`
	BuildsTimeTotal          int64        `json:"buildsTimeTotal"`
	BuildsTimeAverage        *int64       `json:"buildsTimeAverage,omitempty"`
	BuildsMbSecondsTotal     int64        `json:"buildsMbSecondsTotal"`
	ExecutionsTotal          int64        `json:"executionsTotal"`
	ExecutionsTimeTotal      int64        `json:"executionsTimeTotal"`
	ExecutionsMbSecondsTotal int64        `json:"executionsMbSecondsTotal"`
	Functions                []metricJSON `json:"functions,omitempty"`
	Deployments              []metricJSON `json:"deployments"`
	DeploymentsStorage       []metricJSON `json:"deploymentsStorage"`
	Builds                   []metricJSON `json:"builds"`
	BuildsStorage            []metricJSON `json:"buildsStorage"`
	BuildsTime               []metricJSON `json:"buildsTime"`
	BuildsMbSeconds          []metricJSON `json:"buildsMbSeconds"`
	Executions               []metricJSON `json:"executions"`
	ExecutionsTime           []metricJSON `json:"executionsTime"`
	ExecutionsMbSeconds      []metricJSON `json:"executionsMbSeconds"`
	BuildsSuccess            []metricJSON `json:"buildsSuccess"`
	BuildsFailed             []metricJSON `json:"buildsFailed"`
}

func usageRangeParam(c *fiber.Ctx) (string, usageRange, error) {
	name := c.Query("range", "30d")
	r, ok := usageRanges[name]
	if !ok {
		return "", r, invalid("range", "Value must be one of (24h, 30d, 90d)")
	}
	return name, r, nil
}

func (s *Server) functionsUsage(c *fiber.Ctx) error {
	name, r, err := usageRangeParam(c)
	if err != nil {
		return err
	}
	out, err := s.computeUsage(c, "", name, r)
	if err != nil {
		return err
	}
	return c.JSON(out)
}

func (s *Server) functionUsage(c *fiber.Ctx) error {
	name, r, err := usageRangeParam(c)
	if err != nil {
		return err
	}
	f, err := s.loadFunction(c)
	if err != nil {
		return err
	}
	out, err := s.computeUsage(c, f.ID, name, r)
	if err != nil {
		return err
	}
	return c.JSON(out)
}

// spec is a slug's size, or the default specification's.
func (s *Server) usageSpec(slug string) models.Specification {
	if sp, err := models.LookupSpecification(slug); err == nil {
		return sp
	}
	sp, _ := models.LookupSpecification(s.defaultSpec())
	return sp
}

func (s *Server) computeUsage(c *fiber.Ctx, functionID, rangeName string, r usageRange) (*usage, error) {
	now := time.Now()
	mk := func() *series { return newSeries(r, now) }
	functions, deployments, deploymentsStorage := mk(), mk(), mk()
	builds, buildsStorage, buildsTime, buildsMb, buildsOK, buildsFailed := mk(), mk(), mk(), mk(), mk(), mk()
	executions, executionsTime, executionsMb := mk(), mk(), mk()
	data, err := s.store.Usage(c.UserContext(), principalOf(c).project.ID, functionID, mk().first, r.period == time.Hour)
	if err != nil {
		return nil, err
	}
	u := &usage{Range: rangeName}
	buildSpec, runSpec := map[string]models.Specification{}, map[string]models.Specification{}
	for _, f := range data.Functions {
		functions.add(f.CreatedAt, 1)
		buildSpec[f.ID], runSpec[f.ID] = s.usageSpec(f.BuildSpecification), s.usageSpec(f.RuntimeSpecification)
	}
	var buildsTimeTotal, buildsMbTotal float64
	for _, d := range data.Deployments {
		u.DeploymentsTotal++
		u.DeploymentsStorageTotal += d.SourceSize
		deployments.add(d.CreatedAt, 1)
		deploymentsStorage.add(d.CreatedAt, float64(d.SourceSize))
		if !slices.Contains([]string{models.DeploymentReady, models.DeploymentFailed, models.DeploymentCanceled}, d.Status) {
			continue // a build counts once it has ended
		}
		at := d.CreatedAt
		if d.BuildEndedAt != nil {
			at = *d.BuildEndedAt
		}
		ms := float64(d.BuildDuration) * 1000
		if d.BuildStartedAt != nil && d.BuildEndedAt != nil {
			ms = float64(d.BuildEndedAt.Sub(*d.BuildStartedAt).Milliseconds())
		}
		sp := buildSpec[d.FunctionID]
		mb := float64(sp.Memory) * sp.CPUs * ms / 1000
		u.BuildsTotal++
		u.BuildsStorageTotal += d.BuildSize
		buildsTimeTotal += ms
		buildsMbTotal += mb
		builds.add(at, 1)
		buildsStorage.add(at, float64(d.BuildSize))
		buildsTime.add(at, ms)
		buildsMb.add(at, mb)
		switch d.Status {
		case models.DeploymentReady:
			u.BuildsSuccessTotal++
			buildsOK.add(at, 1)
		case models.DeploymentFailed:
			u.BuildsFailedTotal++
			buildsFailed.add(at, 1)
		}
	}
	u.BuildsTimeTotal, u.BuildsMbSecondsTotal = int64(buildsTimeTotal), int64(buildsMbTotal)
	var execMbTotal, execMsTotal float64
	for _, g := range data.Executions {
		sp := runSpec[g.FunctionID]
		ms, mb := g.Duration*1000, float64(sp.Memory)*sp.CPUs*g.Duration
		u.ExecutionsTotal += g.Count
		execMsTotal += ms
		execMbTotal += mb
		if g.Bucket == "" {
			continue
		}
		at, err := time.Parse(r.bucketLayout, g.Bucket)
		if err != nil {
			return nil, fmt.Errorf("usage bucket %q: %w", g.Bucket, err)
		}
		executions.add(at, float64(g.Count))
		executionsTime.add(at, ms)
		executionsMb.add(at, mb)
	}
	u.ExecutionsTimeTotal, u.ExecutionsMbSecondsTotal = int64(execMsTotal), int64(execMbTotal)
	if functionID == "" {
		n := int64(len(data.Functions))
		u.FunctionsTotal, u.Functions = &n, functions.render()
	} else {
		avg := int64(0)
		if u.BuildsTotal > 0 {
			avg = u.BuildsTimeTotal / u.BuildsTotal
		}
		u.BuildsTimeAverage = &avg
	}
	u.Deployments, u.DeploymentsStorage = deployments.render(), deploymentsStorage.render()
	u.Builds, u.BuildsStorage, u.BuildsTime, u.BuildsMbSeconds = builds.render(), buildsStorage.render(), buildsTime.render(), buildsMb.render()
	u.BuildsSuccess, u.BuildsFailed = buildsOK.render(), buildsFailed.render()
	u.Executions, u.ExecutionsTime, u.ExecutionsMbSeconds = executions.render(), executionsTime.render(), executionsMb.render()
	return u, nil
}
