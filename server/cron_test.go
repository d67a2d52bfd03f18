package server_test

import (
	"context"
	"testing"
	"time"

	sdkclient "go.temporal.io/sdk/client"

	"github.com/fnflow/fnflow/activities"
	"github.com/fnflow/fnflow/contract"
	"github.com/fnflow/fnflow/internal/testenv"
	"github.com/fnflow/fnflow/models"
)

// cronRows lists the function's executions with trigger schedule (from the
// store, all of them).
func cronRows(t *testing.T, r *testenv.Running, fid string) []models.Execution {
	t.Helper()
	es, _, err := r.App.Store.ListExecutions(context.Background(), r.ProjectID, fid, models.ListOptions{Limit: 5000})
	if err != nil {
		t.Fatal(err)
	}
	var out []models.Execution
	for _, e := range es {
		if e.Trigger == models.TriggerSchedule {
			out = append(out, e)
		}
	}
	return out
}

// waitCronRows waits until at least n schedule executions exist and all of
// them are terminal.
func waitCronRows(t *testing.T, r *testenv.Running, fid string, n int, within time.Duration) []models.Execution {
	t.Helper()
	deadline := time.Now().Add(within)
	for {
		rows := cronRows(t, r, fid)
		terminal := 0
		for _, e := range rows {
			if e.Status == models.ExecutionCompleted || e.Status == models.ExecutionFailed {
				terminal++
			}
		}
		if len(rows) >= n && terminal == len(rows) {
			return rows
		}
		if time.Now().After(deadline) {
			t.Fatalf("want %d finished cron executions within %s, have %d rows (%d terminal)", n, within, len(rows), terminal)
		}
		time.Sleep(500 * time.Millisecond)
	}
}

// TestExecutionCronAcrossRestart runs a `* * * * *` function with a 30 s
// catch-up window and takes the whole host down (fnflow killed with
// SIGKILL, the file-backed Temporal stopped) from just before a minute
// until just after the next one, then starts both again: the fire missed by
// more than the window is dropped, the one missed by less runs (caught up),
// and every fired minute has exactly one completed execution (trigger
// schedule). Two to three minutes.
func TestExecutionCronAcrossRestart(t *testing.T) {
	const window = 30 * time.Second
	r, p := startDurable(t, nil, "FNFLOW_EXECUTIONS_CRON_CATCHUP_WINDOW="+window.String())
	c := newClient(t, r)
	seedFunction(t, r, c, "ticker", "node-18.0", "index.js", nodeEcho, nil)
	res := c.do("PUT", "/v1/functions/ticker", map[string]any{"name": "ticker", "runtime": "node-18.0", "entrypoint": "index.js",
		"schedule": "* * * * *", "execute": []string{"any"}}, nil)
	if res.Status != 200 {
		t.Fatalf("set schedule: %d %s", res.Status, res.Body)
	}
	ctx := context.Background()
	h := r.App.Temporal.ScheduleClient().GetHandle(ctx, contract.ScheduleID(r.ProjectID, "ticker"))
	if d, err := h.Describe(ctx); err != nil || d.Schedule.Policy.CatchupWindow != window {
		t.Fatalf("schedule's catch-up window: %v", err)
	}
	// Down from 3 s before the next minute (dropped: missed by a minute)
	// until 2 s after the one after it (missed by less than the window).
	dropped := time.Now().Truncate(time.Minute).Add(time.Minute)
	if time.Until(dropped) < 6*time.Second {
		dropped = dropped.Add(time.Minute)
	}
	caught := dropped.Add(time.Minute)
	time.Sleep(time.Until(dropped.Add(-3 * time.Second)))
	p.kill()
	p.temporal.Stop()
	time.Sleep(time.Until(caught.Add(2 * time.Second)))
	if err := p.temporal.Start(); err != nil {
		t.Fatalf("restart temporal: %v", err)
	}
	p.start()
	back := time.Now()
	t.Logf("Temporal and fnflow back %.1fs after the fire at %s", back.Sub(caught).Seconds(), caught.Format(time.TimeOnly))
	waitCronRows(t, r, "ticker", 1, 90*time.Second)

	// Stop further fires, then compare the schedule's actions with the rows.
	// The test's own Temporal client reconnects with a backoff that a
	// minute's outage has grown: retry (bounded) until it is back.
	for deadline := time.Now().Add(2 * time.Minute); ; {
		err := h.Pause(ctx, sdkclient.SchedulePauseOptions{Note: "test done"})
		if err == nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("pause the schedule: %v", err)
		}
		time.Sleep(time.Second)
	}
	var rows []models.Execution
	var desc *sdkclient.ScheduleDescription
	deadline := time.Now().Add(30 * time.Second)
	for {
		var err error
		if desc, err = h.Describe(ctx); err != nil {
			t.Fatal(err)
		}
		rows = waitCronRows(t, r, "ticker", len(desc.Info.RecentActions), 30*time.Second)
		if len(rows) == len(desc.Info.RecentActions) || time.Now().After(deadline) {
			break
		}
		time.Sleep(500 * time.Millisecond)
	}
	actions := desc.Info.RecentActions
	byID := map[string]models.Execution{}
	for _, e := range rows {
		byID[e.ID] = e
	}
	minutes := map[int64]bool{} // Unix minute of each fire
	for _, a := range actions {
		m := a.ScheduleTime.Truncate(time.Minute).Unix()
		if minutes[m] {
			t.Errorf("two schedule actions for the minute %v", a.ScheduleTime)
		}
		minutes[m] = true
		id := activities.CronExecutionID("ticker", a.StartWorkflowResult.WorkflowID)
		e, ok := byID[id]
		if !ok {
			t.Errorf("fire at %v (workflow %s) has no execution", a.ScheduleTime, a.StartWorkflowResult.WorkflowID)
			continue
		}
		if e.Status != models.ExecutionCompleted || e.Trigger != models.TriggerSchedule {
			t.Errorf("fire at %v: execution %s %s trigger %s (%s)", a.ScheduleTime, e.ID, e.Status, e.Trigger, e.Errors)
		}
		t.Logf("fire scheduled %s started %s: execution %s %s", a.ScheduleTime.UTC().Format(time.RFC3339),
			a.ActualTime.UTC().Format(time.RFC3339Nano), e.ID, e.Status)
	}
	if len(rows) != len(actions) {
		t.Fatalf("%d schedule executions for %d fired minutes (duplicates or lost fires)", len(rows), len(actions))
	}
	if minutes[dropped.Unix()] {
		t.Errorf("the fire at %s, missed by more than the catch-up window, ran", dropped.Format(time.TimeOnly))
	}
	if !minutes[caught.Unix()] {
		t.Errorf("the fire at %s, missed by less than the catch-up window (back %.1fs after it), did not run",
			caught.Format(time.TimeOnly), back.Sub(caught).Seconds())
	}
	if desc.Info.NumActionsMissedCatchupWindow < 1 {
		t.Errorf("no action counted as missing the catch-up window")
	}
}
