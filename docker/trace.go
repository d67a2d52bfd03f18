package docker

import (
	"context"
	"errors"
	"net/http"
	"strings"

	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/propagation"
	"go.opentelemetry.io/otel/trace"
)

// CallSpanName is the name of the client span around a call into a runtime
// container (PoolOptions.Tracer).
const CallSpanName = "runtime call"

var traceContext = propagation.TraceContext{}

// traceCall starts the client span of a call into w (nothing without
// PoolOptions.Tracer) and returns the context to call with and the end of
// the span. The attributes are IDs, the method and the status: never
// header values, the path or bodies (keys, JWTs and user data travel
// there). The execution ID and trigger come from the x-appwrite-* headers
// fnflow itself sets.
func (p *Pool) traceCall(ctx context.Context, w *warm, req Request) (context.Context, func(*Response, error)) {
	if p.opts.Tracer == nil {
		return ctx, func(*Response, error) {}
	}
	method := req.Method
	if method == "" {
		method = http.MethodPost
	}
	attrs := []attribute.KeyValue{
		attribute.String("http.request.method", method),
		attribute.String("fnflow.project_id", w.spec.ProjectID),
		attribute.String("fnflow.function_id", w.spec.FunctionID),
		attribute.String("fnflow.deployment_id", w.spec.DeploymentID),
		attribute.String("container.id", shortID(w.id)),
		attribute.String("container.image.name", w.spec.Image),
	}
	for _, h := range req.Headers {
		switch strings.ToLower(h.Name) {
		case "x-appwrite-execution-id":
			attrs = append(attrs, attribute.String("fnflow.execution_id", h.Value))
		case "x-appwrite-trigger":
			attrs = append(attrs, attribute.String("fnflow.execution.trigger", h.Value))
		}
	}
	ctx, span := p.opts.Tracer.Start(ctx, CallSpanName, trace.WithSpanKind(trace.SpanKindClient), trace.WithAttributes(attrs...))
	return ctx, func(resp *Response, err error) {
		switch {
		case err != nil:
			span.SetStatus(codes.Error, errorType(err))
		case resp != nil:
			span.SetAttributes(attribute.Int("http.response.status_code", resp.StatusCode))
			if resp.StatusCode >= 500 {
				span.SetStatus(codes.Error, "")
			}
		}
		span.End()
	}
}

// injectTrace sends the call span's context to the function as W3C
// traceparent (and tracestate), replacing any the caller sent: user code
// sees it in req.headers and can continue the trace. Without a tracer
// nothing is changed (a caller's traceparent passes through as any header).
func (p *Pool) injectTrace(ctx context.Context, hreq *http.Request) {
	if p.opts.Tracer == nil || !trace.SpanContextFromContext(ctx).IsValid() {
		return
	}
	hreq.Header.Del("traceparent")
	hreq.Header.Del("tracestate")
	traceContext.Inject(ctx, propagation.HeaderCarrier(hreq.Header))
}

// errorType names a failed call's kind for the span status (the error text
// may quote what the container answered).
func errorType(err error) string {
	var timeout *TimeoutError
	var oom *OutOfMemoryError
	var tooLarge *BodyTooLargeError
	switch {
	case errors.As(err, &timeout):
		return "timeout"
	case errors.As(err, &oom):
		return "out of memory"
	case errors.As(err, &tooLarge):
		return "response too large"
	}
	return "call failed"
}

// StartSpanName is the span of a runtime container started for a
// deployment (a cold start, a scale-up, a prewarm), a child of the span
// that asked for it (the run's activity). Its events mark the steps:
// EventCreated, EventStarted, EventHealthy for a new container;
// EventSpareClaimed, EventSpecialized for a spare.
const StartSpanName = "runtime container start"

// Events of a StartSpanName span.
const (
	EventCreated        = "container created"
	EventStarted        = "container started"
	EventHealthy        = "container healthy"
	EventSpareClaimed   = "spare claimed"
	EventSpecialized    = "spare specialized"
	EventSpecializeFail = "spare specialization failed"
)

// Attributes of a StartSpanName span besides the IDs: why the container
// was started ("cold start", "scale up", "minimum instances") and whether
// it is a specialized spare.
const (
	AttrStartReason = "fnflow.container.start_reason"
	AttrSpare       = "fnflow.container.spare"
)

// traceStart starts the span of t's container start (nothing without a
// tracer or without a parent: background starts such as the minimum
// instances a sweep keeps are not traced) and returns the context to
// start with (its cancellation is ctx's) and the end of the span.
func (p *Pool) traceStart(ctx context.Context, spec RuntimeSpec, t *ticket) (context.Context, func(*warm, error)) {
	if p.opts.Tracer == nil || !t.parent.IsValid() {
		return ctx, func(*warm, error) {}
	}
	ctx, span := p.opts.Tracer.Start(trace.ContextWithSpanContext(ctx, t.parent), StartSpanName,
		trace.WithSpanKind(trace.SpanKindInternal), trace.WithAttributes(
			attribute.String("fnflow.project_id", spec.ProjectID),
			attribute.String("fnflow.function_id", spec.FunctionID),
			attribute.String("fnflow.deployment_id", spec.DeploymentID),
			attribute.String("container.image.name", spec.Image),
			attribute.String(AttrStartReason, t.reason),
		))
	return ctx, func(w *warm, err error) {
		if w != nil {
			span.SetAttributes(attribute.String("container.id", shortID(w.id)), attribute.Bool(AttrSpare, !w.claimed.IsZero()))
		}
		if err != nil {
			span.SetStatus(codes.Error, startErrorType(err))
		}
		span.End()
	}
}

// traceEvent adds a step to the container start span in ctx, if any.
func traceEvent(ctx context.Context, name string, w *warm) {
	if span := trace.SpanFromContext(ctx); span.IsRecording() {
		span.AddEvent(name, trace.WithAttributes(attribute.String("container.id", shortID(w.id))))
	}
}

// startErrorType names a failed start's kind for the span status.
func startErrorType(err error) string {
	var notFound *ImageNotFoundError
	switch {
	case errors.As(err, &notFound):
		return "image not found"
	case errors.Is(err, context.DeadlineExceeded):
		return "timeout"
	case errors.Is(err, context.Canceled):
		return "cancelled"
	}
	return "start failed"
}

// BuildSpanName is the span around a build container's life (RunBuild),
// a child of the build activity's span; tracing off (no span in the
// context), there is none.
const BuildSpanName = "build container"

// traceBuild starts the build container span under the span in ctx, with
// the tracer provider that made that span (the Temporal interceptor's).
func traceBuild(ctx context.Context, spec BuildSpec) (context.Context, func(id string, res BuildResult, err error)) {
	parent := trace.SpanFromContext(ctx)
	if !parent.IsRecording() {
		return ctx, func(string, BuildResult, error) {}
	}
	ctx, span := parent.TracerProvider().Tracer(tracerScope).Start(ctx, BuildSpanName, trace.WithAttributes(
		attribute.String("fnflow.project_id", spec.ProjectID),
		attribute.String("fnflow.function_id", spec.FunctionID),
		attribute.String("fnflow.deployment_id", spec.DeploymentID),
		attribute.String("container.image.name", spec.Image),
	))
	return ctx, func(id string, res BuildResult, err error) {
		if id != "" {
			span.SetAttributes(attribute.String("container.id", shortID(id)))
		}
		span.SetAttributes(attribute.Int("process.exit.code", res.ExitCode), attribute.Bool("fnflow.build.timed_out", res.TimedOut),
			attribute.Bool("fnflow.build.oom_killed", res.OOMKilled))
		switch {
		case err != nil:
			span.SetStatus(codes.Error, "build container failed")
		case res.TimedOut || res.OOMKilled || res.ExitCode != 0:
			span.SetStatus(codes.Error, "build commands failed")
		}
		span.End()
	}
}

// tracerScope is tracing.ScopeName (fnflow's instrumentation scope).
const tracerScope = "github.com/fnflow/fnflow"
