package docker

import (
	"context"
	"sync"
	"testing"
	"time"
)

// TestPoolScalesUpAndDown: with concurrency 1 and at most 3 instances,
// concurrent slow requests run on more than one container (never more than
// 3); once idle, the extra containers are removed (scale-down) and the
// first stays until the idle timeout; Close leaves none behind.
func TestPoolScalesUpAndDown(t *testing.T) {
	t.Parallel()
	eng := newTestEngine(t, "")
	p := newTestPool(t, eng, PoolOptions{MaxInstances: 3, Concurrency: 1, ScaleDownAfter: time.Second,
		IdleTimeout: 6 * time.Second, JanitorInterval: 200 * time.Millisecond})
	spec := testSpec(t, "scale")
	execOK(t, p, spec, Request{Method: "GET", Path: "/"})
	const n = 8
	ids := make([]string, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() { ids[i] = execOK(t, p, spec, Request{Method: "GET", Path: "/sleep?ms=700"}).ContainerID })
	}
	wg.Wait()
	served := map[string]bool{}
	for _, id := range ids {
		served[id] = true
	}
	if len(served) < 2 || len(served) > 3 {
		t.Fatalf("%d containers served %d concurrent requests, want 2 or 3", len(served), n)
	}
	if got := containersOf(t, eng, spec.DeploymentID); got > 3 || got < 2 {
		t.Fatalf("%d containers for the deployment, want 2..3", got)
	}
	// Scale-down: the extra containers go after ScaleDownAfter, one stays.
	eventually(t, 20*time.Second, "scale-down to one container", func() bool { return containersOf(t, eng, spec.DeploymentID) == 1 })
	if p.Instances(spec.DeploymentID) != 1 {
		t.Fatalf("pool tracks %d instances after scale-down, want 1", p.Instances(spec.DeploymentID))
	}
	// Then the last one after the idle timeout.
	eventually(t, 30*time.Second, "idle removal of the last container", func() bool { return containersOf(t, eng, spec.DeploymentID) == 0 })
}

// TestPoolMinInstances: a spec's minimum is started by Prewarm and kept
// through idle sweeps; invalidating the deployment removes them all and
// nothing is started again.
func TestPoolMinInstances(t *testing.T) {
	t.Parallel()
	eng := newTestEngine(t, "")
	p := newTestPool(t, eng, PoolOptions{MaxInstances: 1, ScaleDownAfter: 300 * time.Millisecond,
		IdleTimeout: 500 * time.Millisecond, JanitorInterval: 100 * time.Millisecond})
	spec := testSpec(t, "min")
	spec.MinInstances = 2
	ctx := context.Background()
	if err := p.Prewarm(ctx, spec); err != nil {
		t.Fatal(err)
	}
	eventually(t, 20*time.Second, "the minimum of 2 instances", func() bool { return p.Instances(spec.DeploymentID) == 2 })
	time.Sleep(2 * time.Second) // several idle timeouts
	if got := containersOf(t, eng, spec.DeploymentID); got != 2 || p.Instances(spec.DeploymentID) != 2 {
		t.Fatalf("%d containers (%d tracked) after idling, want the minimum 2", got, p.Instances(spec.DeploymentID))
	}
	if err := p.Invalidate(ctx, spec.DeploymentID); err != nil {
		t.Fatal(err)
	}
	time.Sleep(500 * time.Millisecond) // sweeps that must not top it up again
	if got := containersOf(t, eng, spec.DeploymentID); got != 0 {
		t.Fatalf("%d containers left after Invalidate", got)
	}
}
