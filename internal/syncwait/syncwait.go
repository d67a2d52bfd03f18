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

	"github.com/fnflow/fnflow/models"
)

// Waiters are the synchronous callers waiting in this process, by execution
// ID. A nil *Waiters has none.
type Waiters struct {
	m sync.Map // execution ID → chan *models.Execution
}

// New makes an empty set of waiters.
func New() *Waiters { return &Waiters{} }

// Await registers the caller of one execution. The channel receives the
// recorded execution, with its whole response, if the run happens in this
// process; release removes the registration (call it when done waiting).
func (w *Waiters) Await(executionID string) (<-chan *models.Execution, func()) {
	if w == nil {
		return nil, func() {}
	}
	ch := make(chan *models.Execution, 1)
	w.m.Store(executionID, ch)
	return ch, func() { w.m.CompareAndDelete(executionID, ch) }
}

// Waiting reports whether a caller in this process waits for the execution.
func (w *Waiters) Waiting(executionID string) bool {
	if w == nil {
		return false
	}
	_, ok := w.m.Load(executionID)
	return ok
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
	case v.(chan *models.Execution) <- e:
	default:
	}
}
