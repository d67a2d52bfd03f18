package tracing

import (
	"context"
	"fmt"

	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/trace"
	temporalotel "go.temporal.io/sdk/contrib/opentelemetry"
	"go.temporal.io/sdk/interceptor"
	"go.temporal.io/sdk/workflow"

	"github.com/fnflow/fnflow/contract"
)

// TemporalInterceptors are the Temporal client's interceptors (nil when
// disabled); workers made from the client inherit them. The SDK's
// OpenTelemetry interceptor starts a client span around each workflow
// start and writes its context into the workflow's headers, then
// RunWorkflow, StartActivity and RunActivity spans on the worker (queries
// are not traced); fnflow's own adds the IDs of the execution or
// deployment to the RunWorkflow and RunActivity spans and the outcome of
// an execution.
func (t *Tracing) TemporalInterceptors() ([]interceptor.ClientInterceptor, error) {
	if t == nil {
		return nil, nil
	}
	ti, err := temporalotel.NewTracingInterceptor(temporalotel.TracerOptions{
		Tracer:              t.tracer,
		TextMapPropagator:   propagator,
		DisableQueryTracing: true,
		DisableBaggage:      true,
		// A header this interceptor cannot read never fails a workflow
		// or an activity: the span starts a new trace instead.
		AllowInvalidParentSpans: true,
	})
	if err != nil {
		return nil, fmt.Errorf("tracing: Temporal interceptor: %w", err)
	}
	// Earlier interceptors wrap later ones: the span exists when fnflow's
	// runs.
	return []interceptor.ClientInterceptor{ti, &attrInterceptor{}}, nil
}

// attrInterceptor sets fnflow's attributes on the spans the SDK's
// interceptor started, from the decoded inputs and results.
type attrInterceptor struct {
	interceptor.InterceptorBase
}

func (a *attrInterceptor) InterceptWorkflow(ctx workflow.Context, next interceptor.WorkflowInboundInterceptor) interceptor.WorkflowInboundInterceptor {
	i := &attrWorkflow{}
	i.Next = next
	return i
}

func (a *attrInterceptor) InterceptActivity(ctx context.Context, next interceptor.ActivityInboundInterceptor) interceptor.ActivityInboundInterceptor {
	i := &attrActivity{}
	i.Next = next
	return i
}

type attrWorkflow struct {
	interceptor.WorkflowInboundInterceptorBase
}

func (w *attrWorkflow) ExecuteWorkflow(ctx workflow.Context, in *interceptor.ExecuteWorkflowInput) (any, error) {
	span, ok := temporalotel.SpanFromWorkflowContext(ctx)
	if ok {
		span.SetAttributes(inputAttrs(in.Args)...)
	}
	ret, err := w.Next.ExecuteWorkflow(ctx, in)
	if ok {
		span.SetAttributes(resultAttrs(ret)...)
	}
	return ret, err
}

type attrActivity struct {
	interceptor.ActivityInboundInterceptorBase
}

func (a *attrActivity) ExecuteActivity(ctx context.Context, in *interceptor.ExecuteActivityInput) (any, error) {
	span := trace.SpanFromContext(ctx)
	span.SetAttributes(inputAttrs(in.Args)...)
	ret, err := a.Next.ExecuteActivity(ctx, in)
	span.SetAttributes(resultAttrs(ret)...)
	return ret, err
}

// inputAttrs are the IDs a workflow's or activity's input names.
func inputAttrs(args []any) []attribute.KeyValue {
	if len(args) == 0 {
		return nil
	}
	switch in := args[0].(type) {
	case contract.ExecutionInput:
		return IDs(in.ProjectID, in.FunctionID, "", in.ExecutionID)
	case contract.ExecutionRef:
		return append(IDs(in.ProjectID, in.FunctionID, "", in.ExecutionID), attribute.Int(AttrAttempt, max(in.Attempt, 1)))
	case contract.BuildInput:
		return IDs(in.ProjectID, in.FunctionID, in.DeploymentID, "")
	case contract.BuildFinishInput:
		return IDs(in.ProjectID, in.FunctionID, in.DeploymentID, "")
	}
	return nil
}

func resultAttrs(ret any) []attribute.KeyValue {
	if o, ok := ret.(*contract.Outcome); ok && o != nil && o.Status != "" {
		return []attribute.KeyValue{attribute.String(AttrStatus, o.Status)}
	}
	return nil
}

// IDs are the attributes of the IDs that are set.
func IDs(project, function, deployment, execution string) []attribute.KeyValue {
	var out []attribute.KeyValue
	for _, kv := range [...]struct{ k, v string }{
		{AttrProjectID, project}, {AttrFunctionID, function}, {AttrDeploymentID, deployment}, {AttrExecutionID, execution},
	} {
		if kv.v != "" {
			out = append(out, attribute.String(kv.k, kv.v))
		}
	}
	return out
}
