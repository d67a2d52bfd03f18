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

	"encoding/json"
	"net/http"
	"os"

	"go.temporal.io/api/enums/v1"
	"go.temporal.io/sdk/activity"
	sdkclient "go.temporal.io/sdk/client"
	sdkworker "go.temporal.io/sdk/worker"
	"go.temporal.io/sdk/workflow"

	"github.com/fnflow/fnflow/activities"
	"github.com/fnflow/fnflow/artifacts"
	"github.com/fnflow/fnflow/config"
	"github.com/fnflow/fnflow/contract"
	"github.com/fnflow/fnflow/docker"
	"github.com/fnflow/fnflow/internal/testenv"
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
	// FNFLOW_BENCH_DB=postgres runs it on PostgreSQL (FNFLOW_TEST_POSTGRES_DSN).
	r := testenv.StartApp(b, testenv.AppOptions{Temporal: temporal, Driver: os.Getenv("FNFLOW_BENCH_DB"),
		Mutate: func(c *config.Config) { c.Executions.MinScheduleLead = 0 }})
	fmt.Printf("database: %s\n", r.Config.Database.Driver)
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

	const bareRow = "bare workflow: eager + 1 no-op local activity"
	// One-shot measurements run once, however often b.Run calls them.
	var bareOnce, scaleOnce, readyOnce sync.Once
	var bareRate float64
	var bareCPU string
	var one, many time.Duration
	var first []time.Duration
	b.Run("bare-workflow", func(b *testing.B) {
		bareOnce.Do(func() {
			cpu0 := cpuNow()
			bareRate = bareWorkflowRate(b, r, 300, 16)
			bareCPU = cpuNow().since(cpu0, 300)
		})
		rate := bareRate
		b.ReportMetric(rate, "workflows/s")
		add(pathStats{name: bareRow, n: 300, note: fmt.Sprintf("%.0f workflows/s (16 clients, same dev server); %s", rate, bareCPU)})
		rows[bareRow] = pathStats{name: bareRow, n: 300, note: rows[bareRow].note, p50: rate}
	})

	var asyncRow pathStats
	var asyncRate float64
	b.Run("async-throughput", func(b *testing.B) {
		if asyncRow.n > 0 { // measured once
			b.ReportMetric(asyncRate, "exec/s")
			return
		}
		const n, conc = 300, 16
		ids := make([]string, n)
		asyncMark := len(r.Logs.String())
		cpu0 := cpuNow()
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
		cpu := cpuNow().since(cpu0, n)
		// The handler's phases (debug log): store create, workflow start.
		for k, v := range linePhases(r.Logs.String()[asyncMark:], "async execution") {
			slices.Sort(v)
			cpu += fmt.Sprintf("; handler %s p50 %.1f", k, v[len(v)/2])
		}
		phases := asyncPhases(b, r, ids[:min(len(ids), 40)])
		rate := float64(n) / all.Seconds()
		b.ReportMetric(rate, "exec/s")
		vsBare := ""
		if bare := rows[bareRow].p50; bare > 0 {
			vsBare = fmt.Sprintf("; %.2fx the bare workflow rate", rate/bare)
			b.ReportMetric(rate/bare, "x-bare")
		}
		asyncRate, asyncRow = rate, pathStats{name: "async throughput (300, 16 clients)", n: n, note: fmt.Sprintf("accepted in %d ms (%.0f/s); all terminal in %d ms: %.0f exec/s%s\n  %s\n  where the time goes (p50 of 40 workflow histories): %s",
			accepted.Milliseconds(), float64(n)/accepted.Seconds(), all.Milliseconds(), rate, vsBare, cpu, phases)}
		add(asyncRow)
	})

	// The history shape alone: the same async executions started straight
	// from here (rows stored first, eager start, 16 clients, each waiting
	// for its workflow to end, as the bare row does), without the policy in
	// the input (version marker, TemporalChangeVersion upsert and the
	// LoadExecutionPolicy local activity: cron, event and older starts)
	// and with it (the API's since fnflow-durable version 3), alternating.
	var shapeOnce sync.Once
	b.Run("workflow-shape", func(b *testing.B) {
		shapeOnce.Do(func() {
			rates := map[bool][]string{}
			for round := range 8 {
				withPolicy := round%2 == 1
				cpu0 := cpuNow()
				rate := executionWorkflowRate(b, r, f, did, withPolicy, 300, 16)
				rates[withPolicy] = append(rates[withPolicy], fmt.Sprintf("%.0f/s (%s)", rate, cpuNow().since(cpu0, 300)))
			}
			add(pathStats{name: "workflow shape (300 async, 16 clients)", n: 300, note: fmt.Sprintf("policy loaded: %s\n  policy in the input: %s",
				strings.Join(rates[false], "; "), strings.Join(rates[true], "; "))})
		})
	})

	b.Run("scale-out", func(b *testing.B) {
		scaleOnce.Do(func() { one, many = scaleOut(b, r, 10, 3) })
		b.ReportMetric(msOf(many)/msOf(one), "x-one-instance")
		add(pathStats{name: "10 concurrent CPU-bound 200 ms", n: 10, note: fmt.Sprintf("one instance %.0f ms; up to 4 instances %.0f ms (%.2fx) (median of 3 bursts, warm)",
			msOf(one), msOf(many), msOf(many)/msOf(one))})
	})

	b.Run("first-after-ready", func(b *testing.B) {
		readyOnce.Do(func() { first = firstAfterReady(b, r, 3) })
		s := statsOf("first execution after the build turns ready", first)
		b.ReportMetric(s.p50, "p50-ms")
		if w := rows[viaAPI].p50; w > 0 {
			b.ReportMetric(s.p50/w, "x-warm-p50")
			s.note = fmt.Sprintf("p50 %.2f ms = %.2fx the warm sync p50 (n=%d builds)", s.p50, s.p50/w, s.n)
		}
		add(s)
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
		for _, k := range []string{"create_ms", "workflow_ms", "start_ms", "read_ms", "duration_ms"} {
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

var phaseRe = regexp.MustCompile(`(create_ms|workflow_ms|start_ms|read_ms|duration_ms)=([0-9.]+)`)

// syncPhases collects the phase timings of the API's "sync execution" debug
// lines.
func syncPhases(logs string) map[string][]float64 { return linePhases(logs, "sync execution") }

// linePhases collects the phase timings of the debug lines with msg.
func linePhases(logs, msg string) map[string][]float64 {
	out := map[string][]float64{}
	for _, line := range strings.Split(logs, "\n") {
		// Text or JSON handler; "sync execution" must not match "async execution".
		if !strings.Contains(line, `msg="`+msg+`"`) && !strings.Contains(line, `"msg":"`+msg+`"`) {
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

// cpuSample is the CPU time used so far by the dev server and by this
// process (API, worker, store), in seconds.
type cpuSample struct{ server, self float64 }

func cpuNow() cpuSample {
	return cpuSample{server: temporal.CPUSeconds(), self: testenv.ProcCPUSeconds(os.Getpid())}
}

// since tells the CPU used since c, per workflow of n.
func (c cpuSample) since(before cpuSample, n int) string {
	return fmt.Sprintf("CPU: dev server %.2f s (%.1f ms per workflow), this process %.2f s (%.1f ms per workflow)",
		c.server-before.server, (c.server-before.server)*1000/float64(n), c.self-before.self, (c.self-before.self)*1000/float64(n))
}

// bareWorkflowRate is the baseline for async throughput: n workflows that
// each run one no-op local activity, started with eager start from conc
// goroutines on the same dev server and client as fnflow, on their own
// task queue and worker; workflows per second until all completed.
func bareWorkflowRate(b *testing.B, r *testenv.Running, n, conc int) float64 {
	queue := "bench-bare-" + models.NewID()
	w := sdkworker.New(r.App.Temporal, queue, sdkworker.Options{})
	noop := func(context.Context) error { return nil }
	w.RegisterActivityWithOptions(noop, activity.RegisterOptions{Name: "BareNoop"})
	w.RegisterWorkflowWithOptions(func(ctx workflow.Context) error {
		ctx = workflow.WithLocalActivityOptions(ctx, workflow.LocalActivityOptions{StartToCloseTimeout: 10 * time.Second})
		return workflow.ExecuteLocalActivity(ctx, "BareNoop").Get(ctx, nil)
	}, workflow.RegisterOptions{Name: "BareWorkflow"})
	if err := w.Start(); err != nil {
		b.Fatal(err)
	}
	defer w.Stop()
	ctx := context.Background()
	next := make(chan int, n)
	for i := range n {
		next <- i
	}
	close(next)
	errs := make(chan error, n)
	t0 := time.Now()
	var wg sync.WaitGroup
	for range conc {
		wg.Go(func() {
			for i := range next {
				run, err := r.App.Temporal.ExecuteWorkflow(ctx, sdkclient.StartWorkflowOptions{
					ID: fmt.Sprintf("%s-%d", queue, i), TaskQueue: queue, EnableEagerStart: true}, "BareWorkflow")
				if err == nil {
					err = run.Get(ctx, nil)
				}
				if err != nil {
					errs <- err
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		b.Fatal(err)
	}
	return float64(n) / time.Since(t0).Seconds()
}

// executionWorkflowRate starts n async executions of f straight from the
// test (row stored, eager start, conc clients each waiting for its
// workflow to end) with or without the policy in the input; workflows per
// second until all ended.
func executionWorkflowRate(b *testing.B, r *testenv.Running, f *models.Function, did string, withPolicy bool, n, conc int) float64 {
	ctx := context.Background()
	next := make(chan int, n)
	for i := range n {
		next <- i
	}
	close(next)
	errs := make(chan error, n)
	t0 := time.Now()
	var wg sync.WaitGroup
	for range conc {
		wg.Go(func() {
			for range next {
				e := &models.Execution{ProjectID: r.ProjectID, ID: models.NewID(), FunctionID: f.ID, DeploymentID: did,
					Trigger: models.TriggerHTTP, Status: models.ExecutionWaiting, RequestMethod: "POST", RequestPath: "/",
					RequestBody: []byte("x")}
				if err := r.App.Store.CreateExecution(ctx, e); err != nil {
					errs <- err
					continue
				}
				in := contract.ExecutionInput{ProjectID: r.ProjectID, FunctionID: f.ID, ExecutionID: e.ID, Timeout: f.Timeout}
				if withPolicy {
					in.Policy = &contract.ExecutionPolicy{Found: true, SyncTimeoutSeconds: 30}
				}
				run, err := r.App.Temporal.ExecuteWorkflow(ctx, sdkclient.StartWorkflowOptions{
					ID: contract.ExecutionWorkflowID(r.ProjectID, e.ID), TaskQueue: r.Config.Temporal.TaskQueue,
					WorkflowIDReusePolicy: enums.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE, EnableEagerStart: true,
					TypedSearchAttributes: contract.SearchAttributes(contract.Attrs{ProjectID: r.ProjectID, FunctionID: f.ID,
						DeploymentID: did, Trigger: models.TriggerHTTP}),
				}, contract.ExecutionWorkflow, in)
				if err == nil {
					err = run.Get(ctx, nil)
				}
				if err != nil {
					errs <- err
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		b.Fatal(err)
	}
	return float64(n) / time.Since(t0).Seconds()
}

// cpuFn spins for 200 ms of wall time: CPU-bound, one request at a time
// per Node.js process.
const cpuFn = `module.exports = async (context) => { const end = Date.now() + 200; let x = 0; while (Date.now() < end) { x++; } return context.res.json({ x }); };`

// seedBenchFunction creates a function through the API with a ready,
// active deployment written to the store (no build).
func seedBenchFunction(b *testing.B, r *testenv.Running, id, code string, extra map[string]any) {
	ctx := context.Background()
	body := map[string]any{"functionId": id, "name": id, "runtime": "node-18.0", "entrypoint": "index.js", "execute": []string{"any"}}
	for k, v := range extra {
		body[k] = v
	}
	if st, m := benchCall(b, r, "POST", "/v1/functions", body); st != 201 {
		b.Fatalf("create function %s: %d %v", id, st, m)
	}
	did := models.NewID()
	key := artifacts.OutputKey(r.ProjectID, did)
	if _, err := r.App.Artifacts.Put(ctx, key, bytes.NewReader(tarGz(b, map[string]string{"index.js": code}))); err != nil {
		b.Fatal(err)
	}
	if err := r.App.Store.CreateDeployment(ctx, &models.Deployment{ProjectID: r.ProjectID, ID: did, FunctionID: id,
		Type: "manual", Entrypoint: "index.js", Status: models.DeploymentReady, OutputPath: key,
		CreatedAt: models.Now(), UpdatedAt: models.Now()}); err != nil {
		b.Fatal(err)
	}
	if err := r.App.Store.SetFunctionColumnsForTest(ctx, r.ProjectID, id, map[string]any{"deployment_id": did}); err != nil {
		b.Fatal(err)
	}
}

// scaleOut times bursts of conc concurrent sync executions of a CPU-bound
// function on one instance (maxInstances 1) and on up to 4 (maxInstances
// 4, instance_concurrency 1): the median burst of each, after one burst
// that warms (and, for the second, scales up).
func scaleOut(b *testing.B, r *testenv.Running, conc, bursts int) (one, many time.Duration) {
	burst := func(fid string) time.Duration {
		t0 := time.Now()
		var wg sync.WaitGroup
		failed := make(chan string, conc)
		for range conc {
			wg.Go(func() {
				if st, m := benchCall(b, r, "POST", "/v1/functions/"+fid+"/executions", map[string]any{}); st != 201 || m["status"] != "completed" {
					failed <- fmt.Sprintf("%s: %d %v", fid, st, m)
				}
			})
		}
		wg.Wait()
		close(failed)
		for msg := range failed {
			b.Fatal(msg)
		}
		return time.Since(t0)
	}
	median := func(fid string) time.Duration {
		burst(fid) // warm: the first container, and the scale-up
		var d []time.Duration
		for range bursts {
			d = append(d, burst(fid))
		}
		slices.Sort(d)
		return d[len(d)/2]
	}
	seedBenchFunction(b, r, "cpuone", cpuFn, map[string]any{"maxInstances": 1, "timeout": 60})
	seedBenchFunction(b, r, "cpumany", cpuFn, map[string]any{"maxInstances": 4, "timeout": 60})
	return median("cpuone"), median("cpumany")
}

// firstAfterReady deploys n times through the API (upload, build, activate)
// and times the first sync execution after each deployment reads ready.
func firstAfterReady(b *testing.B, r *testenv.Running, n int) []time.Duration {
	if st, m := benchCall(b, r, "POST", "/v1/functions", map[string]any{"functionId": "ready", "name": "ready",
		"runtime": "node-18.0", "entrypoint": "index.js", "execute": []string{"any"}}); st != 201 {
		b.Fatalf("create function: %d %v", st, m)
	}
	var out []time.Duration
	for i := range n {
		code := tarGz(b, map[string]string{"index.js": strings.Replace(benchFn, "ok: true", fmt.Sprintf("ok: %d", i), 1)})
		ct, body := multipartBody(b, []formField{{"activate", "true"}}, "code.tar.gz", code)
		req, _ := http.NewRequest("POST", r.URL+"/v1/functions/ready/deployments", bytes.NewReader(body))
		req.Header.Set("X-Appwrite-Project", r.ProjectID)
		req.Header.Set("X-Appwrite-Key", r.Key)
		req.Header.Set("Content-Type", ct)
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			b.Fatal(err)
		}
		var d map[string]any
		_ = json.NewDecoder(res.Body).Decode(&d)
		res.Body.Close()
		if res.StatusCode != 202 {
			b.Fatalf("upload: %d %v", res.StatusCode, d)
		}
		did, _ := d["$id"].(string)
		deadline := time.Now().Add(3 * time.Minute)
		for {
			st, f := benchCall(b, r, "GET", "/v1/functions/ready", nil)
			if st == 200 && f["deploymentId"] == did {
				break
			}
			if time.Now().After(deadline) {
				b.Fatalf("deployment %s not active after 3 min", did)
			}
			time.Sleep(20 * time.Millisecond)
		}
		t0 := time.Now()
		if st, m := benchCall(b, r, "POST", "/v1/functions/ready/executions", map[string]any{}); st != 201 || m["status"] != "completed" {
			b.Fatalf("first execution: %d %v", st, m)
		}
		out = append(out, time.Since(t0))
	}
	return out
}

func msOf(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// asyncPhases reads the workflow histories of async executions and reports
// the median time between their steps: workflow start → first workflow task
// started (queueing for a worker), → run activity scheduled (the task with
// the mark-processing local activity), → activity started (matching), →
// activity completed (the container call and the store), → workflow closed
// (the last workflow task).
func asyncPhases(b *testing.B, r *testenv.Running, ids []string) string {
	names := []string{"start→first task", "first task→activity scheduled", "scheduled→activity started",
		"activity run", "activity done→workflow closed"}
	got := make([][]float64, len(names))
	// Since fnflow-durable version 2 the run is a local activity inside the first
	// workflow task: that task's duration is the run with its store
	// touches.
	var firstTask []float64
	for _, id := range ids {
		var at [6]time.Time
		var done time.Time
		it := r.App.Temporal.GetWorkflowHistory(context.Background(), contract.ExecutionWorkflowID(r.ProjectID, id), "", false, enums.HISTORY_EVENT_FILTER_TYPE_ALL_EVENT)
		for it.HasNext() {
			ev, err := it.Next()
			if err != nil {
				b.Fatal(err)
			}
			t := ev.GetEventTime().AsTime()
			switch ev.GetEventType() {
			case enums.EVENT_TYPE_WORKFLOW_EXECUTION_STARTED:
				at[0] = t
			case enums.EVENT_TYPE_WORKFLOW_TASK_STARTED:
				if at[1].IsZero() {
					at[1] = t
				}
			case enums.EVENT_TYPE_WORKFLOW_TASK_COMPLETED:
				if done.IsZero() {
					done = t
				}
			case enums.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED:
				at[2] = t
			case enums.EVENT_TYPE_ACTIVITY_TASK_STARTED:
				at[3] = t
			case enums.EVENT_TYPE_ACTIVITY_TASK_COMPLETED:
				at[4] = t
			case enums.EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED:
				at[5] = t
			}
		}
		if at[2].IsZero() && !at[1].IsZero() && !done.IsZero() {
			firstTask = append(firstTask, float64(done.Sub(at[1]).Microseconds())/1000)
		}
		for i := range names {
			if !at[i].IsZero() && !at[i+1].IsZero() {
				got[i] = append(got[i], float64(at[i+1].Sub(at[i]).Microseconds())/1000)
			}
		}
	}
	var sb strings.Builder
	for i, name := range names {
		v := got[i]
		if len(v) == 0 {
			continue
		}
		slices.Sort(v)
		fmt.Fprintf(&sb, "%s %.1f ms; ", name, v[len(v)/2])
	}
	if len(firstTask) > 0 {
		slices.Sort(firstTask)
		fmt.Fprintf(&sb, "first task (local activities: mark, run and record; policy when not in the input) %.1f ms; ", firstTask[len(firstTask)/2])
	}
	return strings.TrimSuffix(sb.String(), "; ")
}
