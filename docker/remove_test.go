package docker

import (
	"context"
	"slices"
	"testing"
	"time"
)

// specOf is spec for another deployment (and function) of the same project.
func specOf(spec RuntimeSpec, functionID, deploymentID string) RuntimeSpec {
	spec.FunctionID, spec.DeploymentID = functionID, deploymentID
	return spec
}

// TestPoolRemoveOwner: removing a deleted deployment's or function's
// containers kills them at once (a request in flight fails instead of
// finishing), the pool forgets them, untracked labelled containers go too,
// and nothing of other deployments or functions is touched.
func TestPoolRemoveOwner(t *testing.T) {
	t.Parallel()
	eng := newTestEngine(t, "")
	p := newTestPool(t, eng, PoolOptions{})
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	a := testSpec(t, "rm-a")
	b := specOf(a, a.FunctionID, a.DeploymentID+"-b")
	other := specOf(a, a.FunctionID+"-other", a.DeploymentID+"-other")
	for _, s := range []RuntimeSpec{a, b, other} {
		execOK(t, p, s, Request{Method: "GET", Path: "/echo"})
	}

	// A request in flight on a's container when its deployment is removed.
	inflight := make(chan error, 1)
	go func() {
		_, err := p.Execute(ctx, a, Request{Method: "GET", Path: "/sleep?ms=90000", Timeout: 2 * time.Minute})
		inflight <- err
	}()
	eventually(t, 30*time.Second, "the request in flight", func() bool {
		p.mu.Lock()
		defer p.mu.Unlock()
		w := p.warm[a.Key()][0]
		return w != nil && w.inflight > 0
	})
	n, err := p.RemoveOwner(ctx, a.owner(), time.Time{})
	if err != nil || n != 1 {
		t.Fatalf("RemoveOwner(deployment): %d, %v; want 1", n, err)
	}
	select {
	case err := <-inflight:
		if err == nil {
			t.Fatal("the request in flight on a removed container succeeded")
		}
	case <-ctx.Done():
		t.Fatal("the request in flight on a removed container did not end")
	}
	if got := containersOf(t, eng, a.DeploymentID); got != 0 {
		t.Fatalf("%d containers of the removed deployment", got)
	}
	if st := p.Stats(); st.Warm != 2 || st.Draining != 0 {
		t.Fatalf("pool after removing one deployment: %+v", st)
	}

	// The whole function: b, and a's container started again meanwhile.
	execOK(t, p, a, Request{Method: "GET", Path: "/echo"})
	n, err = p.RemoveOwner(ctx, Owner{ProjectID: a.ProjectID, FunctionID: a.FunctionID}, time.Time{})
	if err != nil || n != 2 {
		t.Fatalf("RemoveOwner(function): %d, %v; want 2", n, err)
	}
	for _, d := range []string{a.DeploymentID, b.DeploymentID} {
		if got := containersOf(t, eng, d); got != 0 {
			t.Fatalf("%d containers of %s after removing its function", got, d)
		}
	}
	if got := containersOf(t, eng, other.DeploymentID); got != 1 {
		t.Fatalf("%d containers of another function, want 1", got)
	}
	if st := p.Stats(); st.Warm != 1 {
		t.Fatalf("pool after removing the function: %+v", st)
	}

	// A labelled container the pool does not track (a previous life, a cold
	// start it lost track of) goes too, unless it is newer than the cutoff.
	stray := specOf(a, a.FunctionID+"-stray", a.DeploymentID+"-stray")
	id, err := eng.CreateContainer(ctx, ContainerSpec{Role: RoleRuntime, Owner: stray.owner(), Image: fakeImage})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = eng.RemoveContainer(context.Background(), id) })
	if n, err := p.RemoveOwner(ctx, stray.owner(), time.Now().Add(-time.Hour)); err != nil || n != 0 {
		t.Fatalf("RemoveOwner(before an hour ago): %d, %v; want 0", n, err)
	}
	if n, err := p.RemoveOwner(ctx, stray.owner(), time.Time{}); err != nil || n != 1 {
		t.Fatalf("RemoveOwner(untracked): %d, %v; want 1", n, err)
	}
	if got := containersOf(t, eng, stray.DeploymentID); got != 0 {
		t.Fatalf("%d untracked containers left", got)
	}
	if _, err := p.RemoveOwner(ctx, Owner{ProjectID: a.ProjectID}, time.Time{}); err == nil {
		t.Fatal("RemoveOwner without a function removed a whole project")
	}
}

// TestReconcilerRemovesDeletedDeployments: with Exists, a pass removes this
// instance's runtime and build containers of deployments that no longer
// exist, at any age, and leaves the others (and other instances') alone.
func TestReconcilerRemovesDeletedDeployments(t *testing.T) {
	t.Parallel()
	eng := newTestEngine(t, "")
	other := newTestEngine(t, "test-"+runID+"-deleted-other")
	p := newTestPool(t, eng, PoolOptions{})
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	gone := testSpec(t, "rec-gone")
	kept := specOf(gone, gone.FunctionID, gone.DeploymentID+"-kept")
	execOK(t, p, gone, Request{Method: "GET", Path: "/echo"})
	execOK(t, p, kept, Request{Method: "GET", Path: "/echo"})
	create := func(e *Engine, role Role) string {
		id, err := e.CreateContainer(ctx, ContainerSpec{Role: role, Owner: gone.owner(), Image: fakeImage})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = e.RemoveContainer(context.Background(), id) })
		return id
	}
	build := create(eng, RoleBuild)
	foreign := create(other, RoleRuntime)

	asked := 0
	r := NewReconciler(eng, ReconcilerOptions{CreationGrace: time.Hour, Pool: p, Logger: testLogger(),
		Exists: func(_ context.Context, o Owner) (bool, error) {
			asked++
			return o.DeploymentID != gone.DeploymentID, nil
		}})
	removed, err := r.ReconcileOnce(ctx)
	if err != nil || len(removed) != 2 || !slices.Contains(removed, build) {
		t.Fatalf("removed %v, %v; want the deleted deployment's runtime and build containers", removed, err)
	}
	if asked != 2 {
		t.Fatalf("Exists asked %d times, want once per deployment", asked)
	}
	if st := p.Stats(); st.Warm != 1 {
		t.Fatalf("pool still tracks %+v", st)
	}
	if got := containersOf(t, eng, gone.DeploymentID); got != 1 { // the other instance's
		t.Fatalf("%d containers of the deleted deployment, want only the other instance's", got)
	}
	if _, err := eng.InspectContainer(ctx, foreign); err != nil {
		t.Fatalf("another instance's container was removed: %v", err)
	}
	if got := containersOf(t, eng, kept.DeploymentID); got != 1 {
		t.Fatalf("%d containers of an existing deployment, want 1", got)
	}
}
