package docker

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/docker/docker/api/types/container"
	"github.com/docker/docker/api/types/filters"
)

// Defaults for ReconcilerOptions.
const (
	DefaultReconcileInterval = time.Minute
	DefaultCreationGrace     = 2 * time.Minute
)

// ReconcilerOptions configure a Reconciler; zero fields take the defaults.
type ReconcilerOptions struct {
	// Interval between passes. Default DefaultReconcileInterval.
	Interval time.Duration
	// CreationGrace protects young containers: one being created right now is
	// not yet tracked. Default DefaultCreationGrace.
	CreationGrace time.Duration
	// ForeignGrace, when positive, also removes containers owned by another
	// instance ID once they are that old (for instances that are gone for
	// good). 0 leaves other instances' containers alone.
	ForeignGrace time.Duration
	// DryRun logs what would be removed without removing it.
	DryRun bool
	// IsTracked says whether this process still uses a container. Default:
	// the Engine's Tracks (created by this Engine and not removed since).
	IsTracked func(containerID string) bool
	Logger    *slog.Logger
}

// Reconciler removes fnflow containers nobody owns: those labelled
// fnflow.managed=true whose owner is this instance but which this process
// does not track (left by a crash or a previous run), once older than the
// creation grace period; optionally other instances' containers after
// ForeignGrace.
type Reconciler struct {
	eng  *Engine
	opts ReconcilerOptions
	log  *slog.Logger
}

// NewReconciler builds a reconciler over eng.
func NewReconciler(eng *Engine, opts ReconcilerOptions) *Reconciler {
	if opts.Interval <= 0 {
		opts.Interval = DefaultReconcileInterval
	}
	if opts.CreationGrace <= 0 {
		opts.CreationGrace = DefaultCreationGrace
	}
	if opts.IsTracked == nil {
		opts.IsTracked = eng.Tracks
	}
	if opts.Logger == nil {
		opts.Logger = eng.opts.Logger
	}
	return &Reconciler{eng: eng, opts: opts, log: opts.Logger.With("component", "docker_reconciler")}
}

// Run reconciles at once and then every Interval until ctx ends. It warns
// on the first of several failed passes in a row and logs the rest at debug
// level.
func (r *Reconciler) Run(ctx context.Context) {
	failures := 0
	t := time.NewTicker(r.opts.Interval)
	defer t.Stop()
	for {
		if _, err := r.ReconcileOnce(ctx); err != nil && ctx.Err() == nil {
			failures++
			level := slog.LevelDebug
			if failures == 1 {
				level = slog.LevelWarn
			}
			r.log.Log(ctx, level, "reconcile pass failed", "error", err, "failures_in_a_row", failures)
		} else {
			failures = 0
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// ReconcileOnce makes one pass and returns the IDs it removed (or would
// remove, in dry-run mode).
func (r *Reconciler) ReconcileOnce(ctx context.Context) ([]string, error) {
	lctx, cancel := r.eng.callCtx(ctx)
	defer cancel()
	list, err := r.eng.cli.ContainerList(lctx, container.ListOptions{
		All:     true,
		Filters: filters.NewArgs(filters.Arg("label", LabelManaged+"=true")),
	})
	if err != nil {
		return nil, fmt.Errorf("docker: list fnflow containers: %w", err)
	}
	now := time.Now()
	var removed []string
	var errs []error
	for _, c := range list {
		age := now.Sub(time.Unix(c.Created, 0))
		if !r.orphan(c.ID, c.Labels[LabelOwner], age) {
			continue
		}
		r.log.Info("removing orphaned container", "container_id", shortID(c.ID), "container_name", strings.TrimPrefix(firstOr(c.Names, ""), "/"),
			"owner", c.Labels[LabelOwner], "role", c.Labels[LabelRole], "deployment_id", c.Labels[LabelDeployment],
			"age_s", int(age.Seconds()), "state", c.State, "dry_run", r.opts.DryRun)
		if !r.opts.DryRun {
			if err := r.eng.RemoveContainer(ctx, c.ID); err != nil {
				errs = append(errs, err)
				continue
			}
		}
		removed = append(removed, c.ID)
	}
	return removed, errors.Join(errs...)
}

// orphan decides whether a labelled container nobody claims may go.
func (r *Reconciler) orphan(id, owner string, age time.Duration) bool {
	if owner == r.eng.InstanceID() {
		return age >= r.opts.CreationGrace && !r.opts.IsTracked(id)
	}
	return r.opts.ForeignGrace > 0 && age >= r.opts.ForeignGrace
}

func firstOr(s []string, def string) string {
	if len(s) == 0 {
		return def
	}
	return s[0]
}
