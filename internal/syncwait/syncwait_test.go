package syncwait

import (
	"testing"
	"time"

	"github.com/fnflow/fnflow/models"
)

func TestAwaitDeliver(t *testing.T) {
	w := New()
	ch, release := w.Await("e1")
	if !w.Waiting("e1") || w.Waiting("e2") {
		t.Fatal("Waiting does not match the registrations")
	}
	w.Deliver("e1", &models.Execution{ID: "e1", Status: "completed", ResponseStatusCode: 201})
	w.Deliver("e1", &models.Execution{ID: "e1", Status: "failed"}) // once only, never blocks
	if e := <-ch; e.Status != "completed" || e.ResponseStatusCode != 201 {
		t.Fatalf("execution %+v", e)
	}
	select {
	case e := <-ch:
		t.Fatalf("second execution %+v", e)
	default:
	}
	release()
	w.Deliver("e2", &models.Execution{}) // nobody waits: no-op

	ch, release = w.Await("e3")
	release()
	if w.Waiting("e3") {
		t.Fatal("released waiter still waiting")
	}
	w.Deliver("e3", &models.Execution{Status: "completed"})
	select {
	case e := <-ch:
		t.Fatalf("released waiter got %+v", e)
	default:
	}

	var none *Waiters
	if none.Waiting("e1") {
		t.Fatal("nil waiters wait")
	}
	none.Deliver("e1", &models.Execution{}) // no panic
}

func TestPrepared(t *testing.T) {
	w := New()
	p := &Prepared{Execution: &models.Execution{ID: "e1", Status: "processing"}, Function: &models.Function{ID: "f1"}}
	_, release := w.AwaitPrepared("e1", p)
	if got := w.Prepared("e1"); got != p {
		t.Fatalf("Prepared = %+v", got)
	}
	if w.Prepared("e2") != nil {
		t.Fatal("prepared values for an execution nobody waits for")
	}
	w.Deliver("e1", &models.Execution{ID: "e1", Status: "completed"})
	if w.Prepared("e1") != nil {
		t.Fatal("prepared values outlive the delivery (a retried run would not read the recorded row)")
	}
	release()
	var none *Waiters
	if none.Prepared("e1") != nil {
		t.Fatal("nil waiters hold prepared values")
	}
}

// TestMarkPrepared: a caller's processing row saves the run's first mark
// only; a retried attempt (and a row the caller did not store processing,
// or no caller) needs its write.
func TestMarkPrepared(t *testing.T) {
	w := New()
	_, done := w.AwaitPrepared("e1", &Prepared{Execution: &models.Execution{Status: models.ExecutionProcessing}})
	defer done()
	if !w.MarkPrepared("e1") {
		t.Fatal("first mark of a prepared processing row should need no write")
	}
	if w.MarkPrepared("e1") {
		t.Fatal("a second mark (a retry's attempt) must write")
	}
	_, done2 := w.AwaitPrepared("e2", &Prepared{Execution: &models.Execution{Status: models.ExecutionWaiting}})
	defer done2()
	if w.MarkPrepared("e2") || w.MarkPrepared("none") || (*Waiters)(nil).MarkPrepared("e1") {
		t.Fatal("a waiting row, an unknown execution or no waiters must write")
	}
}

func TestHold(t *testing.T) {
	w := New()
	p := &Prepared{Execution: &models.Execution{ID: "e1", Status: "waiting"}, Function: &models.Function{ID: "f1"}}
	w.Hold("e1", p, time.Minute)
	if w.Waiting("e1") {
		t.Fatal("a held async execution counts as waited for")
	}
	if w.Prepared("e1") != p || w.MarkPrepared("e1") {
		t.Fatal("held values: Prepared must see them, MarkPrepared must not (the row is waiting)")
	}
	if got := w.TakeHeld("e1"); got != p {
		t.Fatalf("TakeHeld = %+v", got)
	}
	if w.TakeHeld("e1") != nil || w.Prepared("e1") != nil {
		t.Fatal("held values taken twice")
	}
	_, release := w.Await("e2")
	if w.TakeHeld("e2") != nil || !w.Waiting("e2") {
		t.Fatal("TakeHeld took a sync waiter")
	}
	release()
	w.Hold("e3", p, 10*time.Millisecond)
	deadline := time.Now().Add(5 * time.Second)
	for w.Prepared("e3") != nil {
		if time.Now().After(deadline) {
			t.Fatal("held values outlive their ttl")
		}
		time.Sleep(5 * time.Millisecond)
	}
	var none *Waiters
	none.Hold("e1", p, time.Minute)
	if none.TakeHeld("e1") != nil {
		t.Fatal("nil waiters hold")
	}
}
