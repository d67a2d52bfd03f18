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
	// not yet tracked. Default DefaultCreationGrace. It does not protect the
	// containers of this instance that existed when the Engine was made
	// (Engine.Inherited): no call of this process can be creating them (each
	// process has its own instance ID), so they are a previous life's
	// orphans, removed at once.
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
	// Exists, when set, is asked whether the deployment a container of this
	// instance belongs to still exists (once per deployment and pass).
	// Containers of a deployment that does not (deleted, or its function
	// deleted) are removed at once, whatever their age: runtime containers
	// through Pool, which forgets them; build containers from the engine
	// (their build then ends as skipped). An error leaves that deployment's
	// containers for the next pass.
	Exists func(ctx context.Context, o Owner) (bool, error)
	// Pool is the pool whose runtime containers Exists covers. Without it
	// they are removed from the engine only.
	Pool   *Pool
	Logger *slog.Logger
}

// Reconciler removes fnflow containers nobody owns: those labelled
// fnflow.managed=true whose owner is this instance but which this process
// does not track (left by a crash or a previous run), once older than the
// creation grace period or at once when they predate this Engine;
// optionally other instances' containers after
// ForeignGrace. With Exists set it also removes this instance's containers
// of deployments that no longer exist.
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
	return r.reconcile(ctx, r.opts.CreationGrace)
}

// ReconcileAtStart is the pass a process makes before it creates any
// container (before its worker starts): every container of this instance
// that it does not track was left by a previous life of the process (one
// killed with kill -9, or whose graceful stop was cut short), so it is
// removed whatever its age: no creation grace applies, since nothing of
// this process can be in the middle of creating it. Containers of other
// instances are treated as in ReconcileOnce.
func (r *Reconciler) ReconcileAtStart(ctx context.Context) ([]string, error) {
	return r.reconcile(ctx, 0)
}

func (r *Reconciler) reconcile(ctx context.Context, grace time.Duration) ([]string, error) {
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
	var rest []container.Summary
	for _, c := range list {
		age := now.Sub(time.Unix(c.Created, 0))
		if !r.orphan(c.ID, c.Labels[LabelOwner], age, grace) {
			rest = append(rest, c)
			continue
		}
		r.log.Info("removing orphaned container", "container_id", shortID(c.ID), "container_name", strings.TrimPrefix(firstOr(c.Names, ""), "/"),
			"owner", c.Labels[LabelOwner], "role", c.Labels[LabelRole], "project_id", c.Labels[LabelProject],
			"function_id", c.Labels[LabelFunction], "deployment_id", c.Labels[LabelDeployment],
			"age_s", int(age.Seconds()), "state", c.State, "dry_run", r.opts.DryRun)
		if !r.opts.DryRun {
			if err := r.eng.RemoveContainer(ctx, c.ID); err != nil {
				errs = append(errs, err)
				continue
			}
		}
		removed = append(removed, c.ID)
	}
	gone, err := r.removeDeleted(ctx, rest)
	return append(removed, gone...), errors.Join(append(errs, err)...)
}

// removeDeleted removes this instance's containers whose deployment no
// longer exists (see ReconcilerOptions.Exists).
func (r *Reconciler) removeDeleted(ctx context.Context, list []container.Summary) ([]string, error) {
	if r.opts.Exists == nil {
		return nil, nil
	}
	exists := map[Owner]bool{}
	dropped := map[Owner]bool{} // runtime containers handed to the pool
	var removed []string
	var errs []error
	for _, c := range list {
		o := Owner{ProjectID: c.Labels[LabelProject], FunctionID: c.Labels[LabelFunction], DeploymentID: c.Labels[LabelDeployment]}
		if c.Labels[LabelSpare] == "true" && r.opts.Pool != nil {
			o = r.opts.Pool.claimedBy(c.ID) // a specialized spare's labels name no owner
		}
		if c.Labels[LabelOwner] != r.eng.InstanceID() || o.ProjectID == "" || o.FunctionID == "" || o.DeploymentID == "" {
			continue
		}
		ok, checked := exists[o]
		if !checked {
			var err error
			if ok, err = r.opts.Exists(ctx, o); err != nil {
				errs = append(errs, fmt.Errorf("docker: does deployment %s exist: %w", o.DeploymentID, err))
				ok = true // ask again next pass
			}
			exists[o] = ok
		}
		if ok {
			continue
		}
		role := Role(c.Labels[LabelRole])
		r.log.Info("removing container of a deleted deployment", "container_id", shortID(c.ID), "role", role,
			"project_id", o.ProjectID, "function_id", o.FunctionID, "deployment_id", o.DeploymentID, "dry_run", r.opts.DryRun)
		removed = append(removed, c.ID)
		switch {
		case r.opts.DryRun:
		case role == RoleRuntime && r.opts.Pool != nil:
			if !dropped[o] {
				dropped[o] = true
				if _, err := r.opts.Pool.RemoveOwner(ctx, o, time.Time{}); err != nil {
					errs = append(errs, err)
				}
			}
		default:
			if err := r.eng.RemoveContainer(ctx, c.ID); err != nil {
				errs = append(errs, err)
			}
		}
	}
	return removed, errors.Join(errs...)
}

// listOwned lists this instance's containers of role that belong to o (an
// empty FunctionID or DeploymentID matches any).
func (e *Engine) listOwned(ctx context.Context, role Role, o Owner) ([]container.Summary, error) {
	args := filters.NewArgs(filters.Arg("label", LabelManaged+"=true"), filters.Arg("label", LabelOwner+"="+e.InstanceID()),
		filters.Arg("label", LabelRole+"="+string(role)), filters.Arg("label", LabelProject+"="+o.ProjectID))
	if o.FunctionID != "" {
		args.Add("label", LabelFunction+"="+o.FunctionID)
	}
	if o.DeploymentID != "" {
		args.Add("label", LabelDeployment+"="+o.DeploymentID)
	}
	lctx, cancel := e.callCtx(ctx)
	defer cancel()
	list, err := e.cli.ContainerList(lctx, container.ListOptions{All: true, Filters: args})
	if err != nil {
		return nil, fmt.Errorf("docker: list containers of deployment %q of function %q: %w", o.DeploymentID, o.FunctionID, err)
	}
	return list, nil
}

// RemoveOwned removes this instance's containers of role that belong to o
// (FunctionID required; an empty DeploymentID means the whole function)
// and were created no later than before (zero: any), and returns how many
// it removed. Runtime containers of a pool go through Pool.RemoveOwner.
func (e *Engine) RemoveOwned(ctx context.Context, role Role, o Owner, before time.Time) (int, error) {
	if o.ProjectID == "" || o.FunctionID == "" {
		return 0, fmt.Errorf("docker: remove containers: owner %+v names no function", o)
	}
	list, err := e.listOwned(ctx, role, o)
	if err != nil {
		return 0, err
	}
	n := 0
	var errs []error
	for _, c := range list {
		if !before.IsZero() && time.Unix(c.Created, 0).After(before) {
			continue
		}
		if err := e.RemoveContainer(ctx, c.ID); err != nil {
			errs = append(errs, err)
			continue
		}
		n++
	}
	return n, errors.Join(errs...)
}

// orphan decides whether a labelled container nobody claims may go.
func (r *Reconciler) orphan(id, owner string, age, grace time.Duration) bool {
	if owner == r.eng.InstanceID() {
		return (age >= grace || r.eng.Inherited(id)) && !r.opts.IsTracked(id)
	}
	return r.opts.ForeignGrace > 0 && age >= r.opts.ForeignGrace
}

func firstOr(s []string, def string) string {
	if len(s) == 0 {
		return def
	}
	return s[0]
}
