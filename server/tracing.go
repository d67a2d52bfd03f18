package server

import (
	"context"

	"github.com/gofiber/fiber/v2"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/propagation"
	"go.opentelemetry.io/otel/trace"

	"github.com/fnflow/fnflow/metrics"
	"github.com/fnflow/fnflow/models"
	"github.com/fnflow/fnflow/tracing"
)

// traceRequests starts the server span of each request (Deps.Tracing;
// not installed when tracing is disabled). Its parent is the request's
// W3C traceparent, if any; handlers get the span through c.UserContext(),
// so the workflow starts they make continue the trace (the Temporal
// interceptor writes it into the workflow's headers). The name is the
// method and the route pattern (function_domain, unmatched), as the
// metrics' route label, never the raw path; the attributes are the
// method, route, status and the IDs the request names. Header values
// (keys, JWTs), query strings and bodies are never recorded. GET /metrics
// has no span.
func (s *Server) traceRequests(t *tracing.Tracing) fiber.Handler {
	tracer, prop := t.Tracer(), t.Propagator()
	return func(c *fiber.Ctx) error {
		if c.Path() == "/metrics" && !s.isDomain(c) {
			return c.Next() // scrapes are not API requests: no trace each 15 s
		}
		ctx := prop.Extract(c.UserContext(), fasthttpCarrier{c})
		ctx, span := tracer.Start(ctx, c.Method(), trace.WithSpanKind(trace.SpanKindServer))
		defer span.End()
		c.SetUserContext(ctx)
		err := c.Next()
		route := metrics.RouteUnmatched
		switch r := c.Route(); {
		case s.isDomain(c):
			route = metrics.RouteFunctionDomain
		case r != nil && r.Path != "" && r.Path != "/":
			route = r.Path
		}
		// The error handler (accessLog, inside) has written the answer.
		status := c.Response().StatusCode()
		span.SetName(c.Method() + " " + route)
		attrs := []attribute.KeyValue{attribute.String("http.request.method", c.Method()),
			attribute.String("http.route", route), attribute.Int("http.response.status_code", status)}
		ids := logIDs(c)
		for i := 0; i+1 < len(ids); i += 2 {
			k, _ := ids[i].(string)
			v, _ := ids[i+1].(string)
			attrs = append(attrs, attribute.String("fnflow."+k, v))
		}
		span.SetAttributes(attrs...)
		if status >= 500 {
			span.SetStatus(codes.Error, "")
		}
		return err
	}
}

// traceExecution names the execution a request created on its span (no-op
// without one).
func traceExecution(ctx context.Context, e *models.Execution) {
	trace.SpanFromContext(ctx).SetAttributes(append(tracing.IDs(e.ProjectID, e.FunctionID, e.DeploymentID, e.ID),
		attribute.String(tracing.AttrTrigger, e.Trigger))...)
}

// traceDeployment names the deployment a request builds (an upload, a
// rebuild or a duplicate creates it) on its span (no-op without one).
func traceDeployment(ctx context.Context, d *models.Deployment) {
	trace.SpanFromContext(ctx).SetAttributes(tracing.IDs(d.ProjectID, d.FunctionID, d.ID, "")...)
}

// fasthttpCarrier reads the request's headers for the propagator (it only
// extracts: nothing is written into the request).
type fasthttpCarrier struct{ c *fiber.Ctx }

var _ propagation.TextMapCarrier = fasthttpCarrier{}

func (f fasthttpCarrier) Get(key string) string { return f.c.Get(key) }
func (f fasthttpCarrier) Set(string, string)    {}
func (f fasthttpCarrier) Keys() []string {
	var keys []string
	f.c.Request().Header.VisitAll(func(k, _ []byte) { keys = append(keys, string(k)) })
	return keys
}
