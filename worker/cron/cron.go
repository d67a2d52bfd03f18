// Package cron keeps a function's Temporal Schedule in line with the
// function: Sync after every change (the API's function hooks in package
// worker, the build's activation, a cron fire that finds them out of step),
// Delete when the function goes.
package cron

import (
	"context"
	"errors"
	"fmt"

	"go.temporal.io/api/enums/v1"
	"go.temporal.io/api/serviceerror"
	"go.temporal.io/sdk/client"
	"go.temporal.io/sdk/temporal"

	"github.com/fnflow/fnflow/config"
	"github.com/fnflow/fnflow/contract"
	"github.com/fnflow/fnflow/models"
)

// Sync makes the function's Temporal Schedule match the function: created
// or updated when it has a schedule and an active deployment, paused while
// it is disabled, deleted otherwise. The API calls it on every function
// change (worker.Schedules); the build calls it after activating a
// deployment. It reports what it did ("" when there was nothing to do).
func Sync(ctx context.Context, c client.ScheduleClient, cfg config.Config, f *models.Function) (string, error) {
	if f.Schedule == "" || f.DeploymentID == "" {
		return Delete(ctx, c, f.ProjectID, f.ID)
	}
	cron, err := models.ParseSchedule(f.Schedule)
	if err != nil {
		// Stored before schedules were validated as they are now (a zone
		// prefix, @every): it must not fire at all.
		if _, err := Delete(ctx, c, f.ProjectID, f.ID); err != nil {
			return "", err
		}
		return RemovedInvalid, nil
	}
	id := contract.ScheduleID(f.ProjectID, f.ID)
	sched := desiredSchedule(cfg, f, cron)
	h := c.GetHandle(ctx, id)
	_, err = h.Describe(ctx)
	var nf *serviceerror.NotFound
	if errors.As(err, &nf) {
		_, err = c.Create(ctx, client.ScheduleOptions{
			ID: id, Spec: *sched.Spec, Action: sched.Action, Overlap: sched.Policy.Overlap,
			CatchupWindow: sched.Policy.CatchupWindow, Paused: sched.State.Paused, Note: sched.State.Note,
			Memo: map[string]any{"cron": f.Schedule},
		})
		if err == nil {
			return "created", nil
		}
		if !errors.Is(err, temporal.ErrScheduleAlreadyRunning) {
			return "", fmt.Errorf("create schedule %s: %w", id, err)
		}
	} else if err != nil {
		return "", fmt.Errorf("describe schedule %s: %w", id, err)
	}
	err = h.Update(ctx, client.ScheduleUpdateOptions{DoUpdate: func(client.ScheduleUpdateInput) (*client.ScheduleUpdate, error) {
		return &client.ScheduleUpdate{Schedule: sched}, nil
	}})
	if err != nil {
		return "", fmt.Errorf("update schedule %s: %w", id, err)
	}
	return "updated", nil
}

// RemovedInvalid is what Sync reports when it removed the
// schedule of a function whose stored `schedule` does not parse.
const RemovedInvalid = "removed (the stored schedule is not valid)"

// calendarSpecs is the parsed schedule as Temporal calendars (UTC, second
// 0), never the raw expression: Temporal's own cron parser reads zone
// prefixes, @every, # comments and day fields differently.
func calendarSpecs(cron models.CronSchedule) []client.ScheduleCalendarSpec {
	ranges := func(rs []models.CronRange) []client.ScheduleRange {
		out := make([]client.ScheduleRange, len(rs))
		for i, r := range rs {
			out[i] = client.ScheduleRange{Start: r.Start, End: r.End}
		}
		return out
	}
	var out []client.ScheduleCalendarSpec
	for _, c := range cron.Calendars() {
		out = append(out, client.ScheduleCalendarSpec{
			Second: []client.ScheduleRange{{Start: 0}}, Minute: ranges(c.Minute), Hour: ranges(c.Hour),
			DayOfMonth: ranges(c.DayOfMonth), Month: ranges(c.Month), DayOfWeek: ranges(c.DayOfWeek),
		})
	}
	return out
}

// desiredSchedule is the Temporal schedule of a function.
//
// Policies, chosen deliberately:
//   - Overlap SKIP: a fire while the previous run of the same function is
//     still going is skipped (Appwrite's cron does not pile up runs either,
//     and a slow function must not accumulate a backlog).
//   - CatchupWindow executions.cron_catchup_window (default 5 min): after an
//     outage of Temporal or of every worker, fires missed by less than the
//     window still run (SKIP keeps them sequential); older ones are dropped
//     rather than replayed in a burst.
//   - A disabled function keeps its schedule, paused, so that enabling it
//     resumes the same schedule (and its history in the UI).
func desiredSchedule(cfg config.Config, f *models.Function, cron models.CronSchedule) *client.Schedule {
	// The note shows the cron expression as written (the spec holds only
	// the calendars it expands to).
	note := "cron: " + f.Schedule
	if !f.Enabled {
		note = "function disabled; " + note
	}
	return &client.Schedule{
		Spec: &client.ScheduleSpec{Calendars: calendarSpecs(cron)},
		Action: &client.ScheduleWorkflowAction{
			ID: contract.ScheduleID(f.ProjectID, f.ID), Workflow: contract.CronWorkflow,
			Args:      []any{contract.CronInput{ProjectID: f.ProjectID, FunctionID: f.ID}},
			TaskQueue: cfg.Temporal.TaskQueue,
			TypedSearchAttributes: contract.SearchAttributes(contract.Attrs{ProjectID: f.ProjectID, FunctionID: f.ID,
				DeploymentID: f.DeploymentID, Trigger: models.TriggerSchedule}),
			StaticSummary: contract.CronSummary(f.ID, f.Schedule),
		},
		Policy: &client.SchedulePolicies{Overlap: enums.SCHEDULE_OVERLAP_POLICY_SKIP, CatchupWindow: cfg.Executions.CronCatchup},
		State:  &client.ScheduleState{Paused: !f.Enabled, Note: note},
	}
}

// Delete removes the function's schedule, if any.
func Delete(ctx context.Context, c client.ScheduleClient, projectID, functionID string) (string, error) {
	id := contract.ScheduleID(projectID, functionID)
	err := c.GetHandle(ctx, id).Delete(ctx)
	var nf *serviceerror.NotFound
	if errors.As(err, &nf) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("delete schedule %s: %w", id, err)
	}
	return "deleted", nil
}
