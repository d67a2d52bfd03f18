// Package syncwait hands the result of a synchronous execution from its run
// (activities.RunExecution) to the API handler waiting for it in the same
// process. One Waiters value is built by internal/app and given to both.
//
// When the run records its result in this process (eager start + local
// activity, the usual case), the handler answers from the value handed over:
// no wait for the workflow task's completion and close event, no read of
// the row, and the stored row never holds the response body. A run in
// another process finds no waiter; it stores the whole response and the
// handler reads it back once the workflow completes, then trims it.
package syncwait

import (
	"sync"
	"sync/atomic"
	"time"

	"github.com/fnflow/fnflow/models"
)

// Waiters are the synchronous callers waiting in this process, by execution
// ID. A nil *Waiters has none.
type Waiters struct {
	m sync.Map // execution ID → *waiter
}

type waiter struct {
	ch   chan *models.Execution
	prep *Prepared
	// marked: the run's first mark-processing used prep (later attempts
	// of a retried execution must write theirs).
	marked atomic.Bool
	// held: an async execution's prepared values (Hold); nobody waits.
	held bool
}

// Prepared is what the API handler already holds for a sync execution it
// just stored: the row as created (status processing) and the function and
// active deployment it checked. A run in this process uses them instead of
// reading them back (three store round trips on the warm path).
type Prepared struct {
	Execution  *models.Execution
	Function   *models.Function
	Deployment *models.Deployment
}

// New makes an empty set of waiters.
func New() *Waiters { return &Waiters{} }

// Await registers the caller of one execution. The channel receives the
// recorded execution, with its whole response, if the run happens in this
// process; release removes the registration (call it when done waiting).
func (w *Waiters) Await(executionID string) (<-chan *models.Execution, func()) {
	return w.AwaitPrepared(executionID, nil)
}

// AwaitPrepared is Await with what the caller holds for the run (may be
// nil); Prepared gives it to a run in this process.
func (w *Waiters) AwaitPrepared(executionID string, p *Prepared) (<-chan *models.Execution, func()) {
	if w == nil {
		return nil, func() {}
	}
	v := &waiter{ch: make(chan *models.Execution, 1), prep: p}
	w.m.Store(executionID, v)
	return v.ch, func() { w.m.CompareAndDelete(executionID, v) }
}

// Prepared returns what the waiting caller of the execution holds for its
// run, or nil (no caller waits in this process, or it gave nothing). The
// values are shared: callers must not modify them.
func (w *Waiters) Prepared(executionID string) *Prepared {
	if w == nil {
		return nil
	}
	v, ok := w.m.Load(executionID)
	if !ok {
		return nil
	}
	return v.(*waiter).prep
}

// MarkPrepared reports, once per waiter, whether the execution was stored
// processing by its caller in this process, so its first mark-processing
// needs no write. Every later call (a retry's attempt, recorded scheduled in
// between) reports false.
func (w *Waiters) MarkPrepared(executionID string) bool {
	if w == nil {
		return false
	}
	v, ok := w.m.Load(executionID)
	if !ok {
		return false
	}
	x := v.(*waiter)
	if x.prep == nil || x.prep.Execution == nil || x.prep.Execution.Status != models.ExecutionProcessing {
		return false
	}
	return x.marked.CompareAndSwap(false, true)
}

// Waiting reports whether a caller in this process waits for the execution.
func (w *Waiters) Waiting(executionID string) bool {
	if w == nil {
		return false
	}
	v, ok := w.m.Load(executionID)
	return ok && !v.(*waiter).held
}

// Hold keeps what the API handler of an async execution in this process
// checked (the stored row, still waiting, its function and deployment) for
// the run's first attempt, which takes it with TakeHeld (no store reads).
// Nobody waits for the result. It is dropped after ttl if no run in this
// process took it (the run went to another worker).
func (w *Waiters) Hold(executionID string, p *Prepared, ttl time.Duration) {
	if w == nil {
		return
	}
	v := &waiter{ch: make(chan *models.Execution, 1), prep: p, held: true}
	w.m.Store(executionID, v)
	time.AfterFunc(ttl, func() { w.m.CompareAndDelete(executionID, v) })
}

// TakeHeld returns and forgets what Hold kept for the execution (nil:
// nothing).
func (w *Waiters) TakeHeld(executionID string) *Prepared {
	if w == nil {
		return nil
	}
	v, ok := w.m.Load(executionID)
	if !ok || !v.(*waiter).held {
		return nil
	}
	if !w.m.CompareAndDelete(executionID, v) {
		return nil
	}
	return v.(*waiter).prep
}

// Deliver hands the recorded execution to its waiting caller, if any (at
// most once; never blocks).
func (w *Waiters) Deliver(executionID string, e *models.Execution) {
	if w == nil {
		return
	}
	v, ok := w.m.LoadAndDelete(executionID)
	if !ok {
		return
	}
	select {
	case v.(*waiter).ch <- e:
	default:
	}
}
