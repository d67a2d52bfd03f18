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

// TestExecutionCronAcrossRestart runs a `* * * * *` function, waits for a
// minute-boundary fire, kills fnflow with SIGKILL and starts it again, waits
// for the next fire and expects exactly one completed execution (trigger
// schedule) per fired minute. It takes two to three minutes.
func TestExecutionCronAcrossRestart(t *testing.T) {
	r, p := startDurable(t, nil)
	c := newClient(t, r)
	seedFunction(t, r, c, "ticker", "node-18.0", "index.js", nodeEcho, nil)
	res := c.do("PUT", "/v1/functions/ticker", map[string]any{"name": "ticker", "runtime": "node-18.0", "entrypoint": "index.js",
		"schedule": "* * * * *", "execute": []string{"any"}}, nil)
	if res.Status != 200 {
		t.Fatalf("set schedule: %d %s", res.Status, res.Body)
	}
	first := waitCronRows(t, r, "ticker", 1, 90*time.Second)
	t.Logf("first fire: %d execution(s), created %v", len(first), first[0].CreatedAt.Format(time.RFC3339Nano))
	p.kill()
	killedAt := time.Now()
	p.start()
	t.Logf("fnflow serve back %.1fs after the kill", time.Since(killedAt).Seconds())
	waitCronRows(t, r, "ticker", len(first)+1, 90*time.Second)

	// Stop further fires, then compare the schedule's actions with the rows.
	ctx := context.Background()
	h := r.App.Temporal.ScheduleClient().GetHandle(ctx, contract.ScheduleID(r.ProjectID, "ticker"))
	if err := h.Pause(ctx, sdkclient.SchedulePauseOptions{Note: "test done"}); err != nil {
		t.Fatal(err)
	}
	var rows []models.Execution
	var actions []sdkclient.ScheduleActionResult
	deadline := time.Now().Add(30 * time.Second)
	for {
		desc, err := h.Describe(ctx)
		if err != nil {
			t.Fatal(err)
		}
		actions = desc.Info.RecentActions
		rows = waitCronRows(t, r, "ticker", len(actions), 30*time.Second)
		if len(rows) == len(actions) || time.Now().After(deadline) {
			break
		}
		time.Sleep(500 * time.Millisecond)
	}
	byID := map[string]models.Execution{}
	for _, e := range rows {
		byID[e.ID] = e
	}
	minutes := map[time.Time]bool{}
	afterRestart := 0
	for _, a := range actions {
		m := a.ScheduleTime.Truncate(time.Minute)
		if minutes[m] {
			t.Errorf("two schedule actions for the minute %v", m)
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
		if a.ScheduleTime.After(killedAt) {
			afterRestart++
		}
		t.Logf("fire scheduled %s started %s: execution %s %s", a.ScheduleTime.UTC().Format(time.RFC3339),
			a.ActualTime.UTC().Format(time.RFC3339Nano), e.ID, e.Status)
	}
	if len(rows) != len(actions) {
		t.Fatalf("%d schedule executions for %d fired minutes (duplicates or lost fires)", len(rows), len(actions))
	}
	if len(actions) < 2 || afterRestart == 0 {
		t.Fatalf("want fires before and after the restart: %d fires, %d after the kill", len(actions), afterRestart)
	}
}
