package worker

import (
	"context"
	"fmt"
	"log/slog"

	"go.temporal.io/sdk/client"

	"github.com/fnflow/fnflow/config"
	"github.com/fnflow/fnflow/contract"
	"github.com/fnflow/fnflow/models"
	"github.com/fnflow/fnflow/worker/cron"
)

// Schedules keeps one Temporal Schedule per function that has a cron
// `schedule` and an active deployment (ID contract.ScheduleID; policies in
// package cron). It is the API's server.FunctionHooks: every function
// create, update and delete goes through it; activation of a deployment
// calls cron.Sync as well.
type Schedules struct {
	c     client.Client
	store *models.Store
	cfg   config.Config
	log   *slog.Logger
}

// NewSchedules builds the cron hooks.
func NewSchedules(c client.Client, store *models.Store, cfg config.Config, log *slog.Logger) *Schedules {
	return &Schedules{c: c, store: store, cfg: cfg, log: log}
}

// FunctionChanged creates, updates, pauses or deletes the function's
// schedule to match its configuration.
func (s *Schedules) FunctionChanged(ctx context.Context, f *models.Function) error {
	did, err := cron.Sync(ctx, s.c.ScheduleClient(), s.cfg, f)
	if err != nil {
		return err
	}
	switch did {
	case "":
	case cron.RemovedInvalid:
		s.log.Warn("cron schedule "+did, "schedule_id", contract.ScheduleID(f.ProjectID, f.ID),
			"project_id", f.ProjectID, "function_id", f.ID, "cron", f.Schedule)
	default:
		s.log.Info("cron schedule "+did, "schedule_id", contract.ScheduleID(f.ProjectID, f.ID),
			"cron", f.Schedule, "paused", !f.Enabled)
	}
	return nil
}

// FunctionDeleted removes the function's schedule, if any.
func (s *Schedules) FunctionDeleted(ctx context.Context, projectID, functionID string) error {
	did, err := cron.Delete(ctx, s.c.ScheduleClient(), projectID, functionID)
	if err != nil {
		return err
	}
	if did != "" {
		s.log.Info("cron schedule deleted", "schedule_id", contract.ScheduleID(projectID, functionID))
	}
	return nil
}

// Reconcile brings every scheduled function's Temporal schedule in line with
// the store (run at worker start: schedules changed while Temporal was
// unreachable, or a fresh Temporal). One failing function does not stop the
// others; the first error is returned.
func (s *Schedules) Reconcile(ctx context.Context) error {
	fs, err := s.store.FunctionsWithSchedule(ctx)
	if err != nil {
		return fmt.Errorf("reconcile schedules: %w", err)
	}
	var first error
	for i := range fs {
		if err := s.FunctionChanged(ctx, &fs[i]); err != nil {
			s.log.Warn("reconciling a cron schedule", "project_id", fs[i].ProjectID, "function_id", fs[i].ID, "error", err)
			if first == nil {
				first = err
			}
		}
	}
	return first
}
