package activities

import (
	"sync"

	"github.com/fnflow/fnflow/contract"
)

// syncWaiters holds, per execution ID, the channel of a synchronous caller
// waiting in this process (see worker's sync-result client interceptor).
var syncWaiters sync.Map // execution ID -> chan contract.Outcome

// AwaitRun registers a synchronous caller of one execution in this process.
// The channel receives the outcome as soon as RunExecution has recorded the
// result in the store, when the run happens in this process (eager start +
// local activity); release removes the registration. A run in another
// process never fires it: the caller must also wait for the workflow.
func AwaitRun(executionID string) (<-chan contract.Outcome, func()) {
	ch := make(chan contract.Outcome, 1)
	syncWaiters.Store(executionID, ch)
	return ch, func() { syncWaiters.CompareAndDelete(executionID, ch) }
}

// notifyRun hands a recorded outcome to the execution's waiting caller, if
// any (at most once; never blocks).
func notifyRun(executionID string, o contract.Outcome) {
	v, ok := syncWaiters.LoadAndDelete(executionID)
	if !ok {
		return
	}
	select {
	case v.(chan contract.Outcome) <- o:
	default:
	}
}
