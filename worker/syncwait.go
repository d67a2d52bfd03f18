package worker

import (
	"context"

	"go.temporal.io/sdk/client"
	"go.temporal.io/sdk/interceptor"

	"github.com/fnflow/fnflow/activities"
	"github.com/fnflow/fnflow/contract"
)

// syncResult is a client interceptor for sync executions. A sync
// ExecutionWorkflow started from this process (eager start) runs its
// RunExecution local activity here; RunExecution records the result in the
// store and then hands the outcome to the waiting caller, whose run.Get
// returns at once instead of after the workflow task's completion RPC and
// the close event's long poll (on the dev server, ~4-6 ms of a ~16 ms sync
// execution run alone). The workflow still completes on its own, as before,
// and survives a worker crash the same way (a replay finds the row no longer
// processing and skips the run); when the run happens in another process
// (no free slot for eager start) Get waits for the workflow as usual.
type syncResult struct {
	interceptor.ClientInterceptorBase
}

func (*syncResult) InterceptClient(next interceptor.ClientOutboundInterceptor) interceptor.ClientOutboundInterceptor {
	return &syncResultOutbound{ClientOutboundInterceptorBase: interceptor.ClientOutboundInterceptorBase{Next: next}}
}

type syncResultOutbound struct {
	interceptor.ClientOutboundInterceptorBase
}

func (o *syncResultOutbound) ExecuteWorkflow(ctx context.Context, in *interceptor.ClientExecuteWorkflowInput) (client.WorkflowRun, error) {
	var ex contract.ExecutionInput
	if len(in.Args) == 1 {
		ex, _ = in.Args[0].(contract.ExecutionInput)
	}
	if in.WorkflowType != contract.ExecutionWorkflow || !ex.Sync || ex.ExecutionID == "" {
		return o.Next.ExecuteWorkflow(ctx, in)
	}
	ch, release := activities.AwaitRun(ex.ExecutionID)
	run, err := o.Next.ExecuteWorkflow(ctx, in)
	if err != nil {
		release()
		return nil, err
	}
	return &syncRun{WorkflowRun: run, ch: ch, release: release}, nil
}

// syncRun is the run of a sync execution: Get returns the recorded outcome
// as soon as this process has it, or the workflow's result.
type syncRun struct {
	client.WorkflowRun
	ch      <-chan contract.Outcome
	release func()
}

func (r *syncRun) Get(ctx context.Context, valuePtr any) error {
	out, ok := valuePtr.(*contract.Outcome)
	if valuePtr != nil && !ok {
		return r.WorkflowRun.Get(ctx, valuePtr)
	}
	defer r.release()
	// Fast path: the outcome is already here.
	select {
	case o := <-r.ch:
		if out != nil {
			*out = o
		}
		return nil
	default:
	}
	gctx, cancel := context.WithCancel(ctx)
	defer cancel()
	type result struct {
		o   contract.Outcome
		err error
	}
	done := make(chan result, 1)
	go func() {
		var o contract.Outcome
		err := r.WorkflowRun.Get(gctx, &o)
		done <- result{o, err}
	}()
	select {
	case o := <-r.ch:
		if out != nil {
			*out = o
		}
		return nil
	case res := <-done:
		if res.err == nil && out != nil {
			*out = res.o
		}
		return res.err
	}
}
