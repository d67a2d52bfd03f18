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
