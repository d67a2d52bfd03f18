package docker

import (
	"context"
	"slices"
	"testing"
	"time"
)

func TestReconcilerRemovesOrphans(t *testing.T) {
	t.Parallel()
	instance := "test-" + runID + "-reconcile"
	eng := newTestEngine(t, instance)
	previousLife := newTestEngine(t, instance)              // same instance ID, another process
	other := newTestEngine(t, "test-"+runID+"-other-owner") // another live instance
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	create := func(e *Engine, name string) string {
		id, err := e.CreateContainer(ctx, ContainerSpec{Role: RoleRuntime, Owner: Owner{DeploymentID: "d-" + runID + "-" + name}, Image: fakeImage})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() {
			if err := e.RemoveContainer(context.Background(), id); err != nil {
				t.Error(err)
			}
		})
		return id
	}
	tracked := create(eng, "rec-tracked")
	orphan := create(previousLife, "rec-orphan")
	foreign := create(other, "rec-foreign")

	young := NewReconciler(eng, ReconcilerOptions{CreationGrace: time.Hour, Logger: testLogger()})
	if removed, err := young.ReconcileOnce(ctx); err != nil || len(removed) != 0 {
		t.Fatalf("within the creation grace: removed %v, %v", removed, err)
	}
	dry := NewReconciler(eng, ReconcilerOptions{CreationGrace: time.Nanosecond, DryRun: true, Logger: testLogger()})
	if removed, err := dry.ReconcileOnce(ctx); err != nil || !slices.Equal(removed, []string{orphan}) {
		t.Fatalf("dry run: removed %v, %v; want only %s", removed, err, shortID(orphan))
	}
	r := NewReconciler(eng, ReconcilerOptions{CreationGrace: time.Nanosecond, Logger: testLogger()})
	if removed, err := r.ReconcileOnce(ctx); err != nil || !slices.Equal(removed, []string{orphan}) {
		t.Fatalf("removed %v, %v; want only %s", removed, err, shortID(orphan))
	}
	for id, want := range map[string]bool{tracked: true, orphan: false, foreign: true} {
		_, err := eng.InspectContainer(ctx, id)
		if exists := err == nil; exists != want {
			t.Errorf("container %s exists = %v, want %v (%v)", shortID(id), exists, want, err)
		}
	}

	// A restarted process (a new Engine with the same instance ID) removes
	// what its previous life left at once, whatever the creation grace:
	// those containers existed before it did.
	left := create(previousLife, "rec-left")
	nextLife := newTestEngine(t, instance)
	next := NewReconciler(nextLife, ReconcilerOptions{CreationGrace: time.Hour, Logger: testLogger()})
	removed, err := next.ReconcileOnce(ctx)
	if err != nil || !slices.Contains(removed, left) || slices.Contains(removed, foreign) {
		t.Fatalf("next life removed %v, %v; want %s (and not the other instance's %s)", removed, err, shortID(left), shortID(foreign))
	}
	if removed, err := next.ReconcileOnce(ctx); err != nil || len(removed) != 0 {
		t.Fatalf("second pass removed %v, %v", removed, err)
	}
	// Its own new containers keep the grace.
	young = NewReconciler(nextLife, ReconcilerOptions{CreationGrace: time.Hour, IsTracked: func(string) bool { return false }, Logger: testLogger()})
	mine := create(nextLife, "rec-mine")
	if removed, err := young.ReconcileOnce(ctx); err != nil || slices.Contains(removed, mine) {
		t.Fatalf("a container created after the Engine was removed within the grace: %v, %v", removed, err)
	}
}
