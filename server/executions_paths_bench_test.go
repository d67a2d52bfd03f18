package server_test

import (
	"bytes"
	"context"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"go.temporal.io/api/enums/v1"
	sdkclient "go.temporal.io/sdk/client"

	"github.com/fnflow/fnflow/activities"
	"github.com/fnflow/fnflow/artifacts"
	"github.com/fnflow/fnflow/config"
	"github.com/fnflow/fnflow/contract"
	"github.com/fnflow/fnflow/docker"
	"github.com/fnflow/fnflow/models"
)

// pathStats is one row of BenchmarkExecutionPaths' table.
type pathStats struct {
	name     string
	n        int
	p50, p99 float64 // ms
	note     string
}

func statsOf(name string, d []time.Duration) pathStats {
	p50, p99 := percentiles(d)
	return pathStats{name: name, n: len(d), p50: p50, p99: p99}
}

// BenchmarkExecutionPaths measures, in one run and against same-run
// baselines:
//   - a warm sync execution through the API vs a direct call to the same warm
//     container through the pool;
//   - where the time goes in the Temporal path: the execution workflow
//     started straight from the test with eager start on/off and the run as a
//     local or a regular activity (the API uses eager start + local
//     activity), and the phases the API logs at debug level;
//   - async throughput (executions/s until every one is terminal);
//   - delayed-execution lateness (first workflow task − scheduledAt).
//
// CI=true go test ./server/ -run '^$' -bench ExecutionPaths
func BenchmarkExecutionPaths(b *testing.B) {
	requireImages(b, "fnflow/runtime:node-18.0")
	r := startExecApp(b, func(c *config.Config) { c.Executions.MinScheduleLead = 0 })
	ctx := context.Background()
	if st, m := benchCall(b, r, "POST", "/v1/functions", map[string]any{"functionId": "paths", "name": "paths",
		"runtime": "node-18.0", "entrypoint": "index.js", "execute": []string{"any"}}); st != 201 {
		b.Fatalf("create function: %d %v", st, m)
	}
	did := models.NewID()
	key := artifacts.OutputKey(r.ProjectID, did)
	if _, err := r.App.Artifacts.Put(ctx, key, bytes.NewReader(tarGz(b, map[string]string{"index.js": benchFn}))); err != nil {
		b.Fatal(err)
	}
	if err := r.App.Store.CreateDeployment(ctx, &models.Deployment{ProjectID: r.ProjectID, ID: did, FunctionID: "paths",
		Type: "manual", Entrypoint: "index.js", Status: models.DeploymentReady, OutputPath: key,
		CreatedAt: models.Now(), UpdatedAt: models.Now()}); err != nil {
		b.Fatal(err)
	}
	if err := r.App.Store.SetFunctionColumnsForTest(ctx, r.ProjectID, "paths", map[string]any{"deployment_id": did}); err != nil {
		b.Fatal(err)
	}
	f, err := r.App.Store.GetFunction(ctx, r.ProjectID, "paths")
	if err != nil {
		b.Fatal(err)
	}
	syncAPI := func() {
		if st, m := benchCall(b, r, "POST", "/v1/functions/paths/executions", map[string]any{"body": "x"}); st != 201 || m["status"] != "completed" {
			b.Fatalf("sync execution: %d %v", st, m)
		}
	}
	syncAPI() // cold start
	rows := map[string]pathStats{}
	var order []string
	add := func(s pathStats) {
		if _, ok := rows[s.name]; !ok {
			order = append(order, s.name)
		}
		rows[s.name] = s
	}

	const direct = "direct to the warm container"
	b.Run("direct-container", func(b *testing.B) {
		a := &activities.Activities{Cfg: r.Config, Artifacts: r.App.Artifacts}
		dir, err := a.CodeDir(ctx, r.ProjectID, did)
		if err != nil {
			b.Fatal(err)
		}
		// The same key as the API's runs (same env) would need the whole
		// runtimeSpec; a sibling container of the same image and code is
		// warmed first and measures the same thing.
		spec := docker.RuntimeSpec{ProjectID: r.ProjectID, FunctionID: "paths", DeploymentID: did, Image: "fnflow/runtime:node-18.0",
			CodeDir: dir, Entrypoint: "index.js", Env: map[string]string{}, CPUs: 0.5, MemoryMB: 512}
		req := docker.Request{Method: "POST", Path: "/", Body: []byte("x"), Timeout: 15 * time.Second, Logging: f.Logging}
		if _, err := r.App.Pool.Execute(ctx, spec, req); err != nil {
			b.Fatal(err)
		}
		d := make([]time.Duration, 0, 1024)
		for b.Loop() {
			t0 := time.Now()
			res, err := r.App.Pool.Execute(ctx, spec, req)
			if err != nil || res.StatusCode != 200 {
				b.Fatalf("direct: %v %v", res, err)
			}
			d = append(d, time.Since(t0))
		}
		s := statsOf(direct, d)
		b.ReportMetric(s.p50, "p50-ms")
		b.ReportMetric(s.p99, "p99-ms")
		add(s)
	})

	const viaAPI = "sync via API (eager + local activity)"
	logMark := len(r.Logs.String())
	b.Run("sync-api", func(b *testing.B) {
		d := make([]time.Duration, 0, 1024)
		for b.Loop() {
			t0 := time.Now()
			syncAPI()
			d = append(d, time.Since(t0))
		}
		s := statsOf(viaAPI, d)
		b.ReportMetric(s.p50, "p50-ms")
		b.ReportMetric(s.p99, "p99-ms")
		add(s)
	})
	phases := syncPhases(r.Logs.String()[logMark:])

	// The execution workflow started from here as the API would (store row,
	// ExecuteWorkflow, Get, read the row), switching
	// eager start and the kind of run activity.
	for _, v := range []struct {
		name         string
		eager, local bool
	}{
		{"temporal: eager + local activity", true, true},
		{"temporal: no eager + local activity", false, true},
		{"temporal: eager + regular activity", true, false},
		{"temporal: no eager + regular activity", false, false},
	} {
		b.Run(strings.NewReplacer(": ", "-", " + ", "-", " ", "-").Replace(v.name), func(b *testing.B) {
			one := func() time.Duration {
				e := &models.Execution{ProjectID: r.ProjectID, ID: models.NewID(), FunctionID: "paths", DeploymentID: did,
					Trigger: models.TriggerHTTP, Status: models.ExecutionWaiting, RequestMethod: "POST", RequestPath: "/",
					RequestBody: []byte("x")}
				t0 := time.Now()
				if err := r.App.Store.CreateExecution(ctx, e); err != nil {
					b.Fatal(err)
				}
				run, err := r.App.Temporal.ExecuteWorkflow(ctx, sdkclient.StartWorkflowOptions{
					ID: contract.ExecutionWorkflowID(r.ProjectID, e.ID), TaskQueue: r.Config.Temporal.TaskQueue,
					WorkflowIDReusePolicy: enums.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE, EnableEagerStart: v.eager,
				}, contract.ExecutionWorkflow, contract.ExecutionInput{ProjectID: r.ProjectID, FunctionID: "paths",
					ExecutionID: e.ID, Timeout: f.Timeout, Sync: v.local})
				if err != nil {
					b.Fatal(err)
				}
				var out contract.Outcome
				if err := run.Get(ctx, &out); err != nil || out.Status != models.ExecutionCompleted {
					b.Fatalf("workflow: %+v %v", out, err)
				}
				if _, err := r.App.Store.GetExecution(ctx, r.ProjectID, "paths", e.ID); err != nil {
					b.Fatal(err)
				}
				return time.Since(t0)
			}
			one() // warm this path
			d := make([]time.Duration, 0, 1024)
			for b.Loop() {
				d = append(d, one())
			}
			s := statsOf(v.name, d)
			b.ReportMetric(s.p50, "p50-ms")
			b.ReportMetric(s.p99, "p99-ms")
			add(s)
		})
	}

	b.Run("async-throughput", func(b *testing.B) {
		const n, conc = 200, 16
		ids := make([]string, n)
		t0 := time.Now()
		var wg sync.WaitGroup
		next := make(chan int, n)
		for i := range n {
			next <- i
		}
		close(next)
		failed := make(chan string, n)
		for range conc {
			wg.Go(func() {
				for i := range next {
					st, m := benchCall(b, r, "POST", "/v1/functions/paths/executions", map[string]any{"async": true, "body": strconv.Itoa(i)})
					if st != 202 {
						failed <- fmt.Sprintf("async %d: %d %v", i, st, m)
						continue
					}
					ids[i] = m["$id"].(string)
				}
			})
		}
		wg.Wait()
		close(failed)
		for msg := range failed {
			b.Fatal(msg)
		}
		accepted := time.Since(t0)
		deadline := t0.Add(90 * time.Second)
		for {
			done := 0
			for _, id := range ids {
				e, err := r.App.Store.GetExecution(ctx, r.ProjectID, "paths", id)
				if err != nil {
					b.Fatal(err)
				}
				if e.Status == models.ExecutionCompleted || e.Status == models.ExecutionFailed {
					done++
				}
			}
			if done == n {
				break
			}
			if time.Now().After(deadline) {
				b.Fatalf("%d of %d async executions terminal after 90s", done, n)
			}
			time.Sleep(50 * time.Millisecond)
		}
		all := time.Since(t0)
		b.ReportMetric(float64(n)/all.Seconds(), "exec/s")
		add(pathStats{name: "async throughput (200, 16 clients)", n: n, note: fmt.Sprintf("accepted in %d ms (%.0f/s); all terminal in %d ms: %.0f exec/s",
			accepted.Milliseconds(), float64(n)/accepted.Seconds(), all.Milliseconds(), float64(n)/all.Seconds())})
	})

	b.Run("delayed-lateness", func(b *testing.B) {
		const n = 20
		base := time.Now().Add(3 * time.Second).UTC()
		ids := make([]string, n)
		ats := make([]time.Time, n)
		for i := range n {
			ats[i] = base.Add(time.Duration(i) * 100 * time.Millisecond)
			st, m := benchCall(b, r, "POST", "/v1/functions/paths/executions", map[string]any{"async": true, "scheduledAt": ats[i].Format(time.RFC3339Nano)})
			if st != 202 {
				b.Fatalf("delayed: %d %v", st, m)
			}
			ids[i] = m["$id"].(string)
		}
		deadline := time.Now().Add(60 * time.Second)
		start := make([]time.Duration, n)
		finish := make([]time.Duration, n)
		for i, id := range ids {
			for {
				e, err := r.App.Store.GetExecution(ctx, r.ProjectID, "paths", id)
				if err != nil {
					b.Fatal(err)
				}
				if e.Status == models.ExecutionCompleted || e.Status == models.ExecutionFailed {
					finish[i] = e.UpdatedAt.Sub(ats[i])
					break
				}
				if time.Now().After(deadline) {
					b.Fatalf("delayed execution %s still %s", id, e.Status)
				}
				time.Sleep(50 * time.Millisecond)
			}
			start[i] = firstWorkflowTaskStart(b, r, contract.ExecutionWorkflowID(r.ProjectID, id)).Sub(ats[i])
		}
		s := statsOf("delayed: first workflow task − scheduledAt", start)
		b.ReportMetric(s.p50, "start-late-p50-ms")
		b.ReportMetric(s.p99, "start-late-p99-ms")
		add(s)
		add(statsOf("delayed: recorded done − scheduledAt", finish))
	})

	var sb strings.Builder
	base := rows[direct]
	fmt.Fprintf(&sb, "\n%-44s %5s %9s %9s %10s %10s\n", "path", "n", "p50 ms", "p99 ms", "p50/direct", "p99/direct")
	for _, name := range order {
		s := rows[name]
		if s.note != "" {
			fmt.Fprintf(&sb, "%-44s %5d  %s\n", s.name, s.n, s.note)
			continue
		}
		ratio := func(a, b float64) string {
			if b == 0 || strings.HasPrefix(s.name, "delayed") {
				return "-"
			}
			return fmt.Sprintf("%.1fx", a/b)
		}
		fmt.Fprintf(&sb, "%-44s %5d %9.2f %9.2f %10s %10s\n", s.name, s.n, s.p50, s.p99, ratio(s.p50, base.p50), ratio(s.p99, base.p99))
	}
	if api, ok := rows[viaAPI]; ok && base.p50 > 0 {
		fmt.Fprintf(&sb, "API overhead over the direct call: p50 +%.2f ms, p99 +%.2f ms\n", api.p50-base.p50, api.p99-base.p99)
	}
	if len(phases) > 0 {
		fmt.Fprintf(&sb, "sync API phases (debug log, n=%d): ", len(phases["workflow_ms"]))
		for _, k := range []string{"create_ms", "workflow_ms", "read_ms", "duration_ms"} {
			v := phases[k]
			if len(v) == 0 {
				continue
			}
			slices.Sort(v)
			fmt.Fprintf(&sb, "%s p50 %.2f p99 %.2f; ", k, v[len(v)/2], v[min(len(v)*99/100, len(v)-1)])
		}
		sb.WriteString("\n")
	}
	fmt.Print(sb.String())
}

var phaseRe = regexp.MustCompile(`(create_ms|workflow_ms|read_ms|duration_ms)=([0-9.]+)`)

// syncPhases collects the phase timings of the API's "sync execution" debug
// lines.
func syncPhases(logs string) map[string][]float64 {
	out := map[string][]float64{}
	for _, line := range strings.Split(logs, "\n") {
		if !strings.Contains(line, "sync execution") {
			continue
		}
		for _, m := range phaseRe.FindAllStringSubmatch(line, -1) {
			if v, err := strconv.ParseFloat(m[2], 64); err == nil {
				out[m[1]] = append(out[m[1]], v)
			}
		}
	}
	return out
}
