package tracing

import (
	"context"
	"fmt"
	"log/slog"
	"net/url"
	"strings"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/exporters/otlp/otlptrace"
	"go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracegrpc"
	"go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracehttp"
	"go.opentelemetry.io/otel/propagation"
	"go.opentelemetry.io/otel/sdk/resource"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/trace"
	"go.opentelemetry.io/otel/trace/noop"

	"github.com/fnflow/fnflow/config"
)

// Service names by role (tracing.service_name overrides them).
const (
	ServiceAPI    = "fnflow-api"    // fnflow api
	ServiceWorker = "fnflow-worker" // fnflow worker
	ServiceBoth   = "fnflow"        // fnflow serve (API and worker in one process)
)

// ScopeName is the instrumentation scope of fnflow's own spans.
const ScopeName = "github.com/fnflow/fnflow"

// Span attributes fnflow sets (besides the OpenTelemetry HTTP ones and the
// Temporal interceptor's temporalWorkflowID, temporalRunID,
// temporalActivityID). IDs only: never keys, JWTs, header values or bodies.
const (
	AttrProjectID    = "fnflow.project_id"
	AttrFunctionID   = "fnflow.function_id"
	AttrDeploymentID = "fnflow.deployment_id"
	AttrExecutionID  = "fnflow.execution_id"
	AttrVariableID   = "fnflow.variable_id"
	AttrTrigger      = "fnflow.execution.trigger"
	AttrStatus       = "fnflow.execution.status"
	AttrAttempt      = "fnflow.execution.attempt"
	AttrRuntime      = "fnflow.runtime"
)

// Default OTLP receivers, by protocol (a local collector's ports).
const (
	DefaultHTTPEndpoint = "http://127.0.0.1:4318"
	DefaultGRPCEndpoint = "http://127.0.0.1:4317"
)

// Tracing is a process's tracer provider. A nil *Tracing is tracing
// disabled.
type Tracing struct {
	provider *sdktrace.TracerProvider
	tracer   trace.Tracer
}

// propagator is W3C Trace Context (traceparent, tracestate), the format of
// the Temporal headers and of the header a function receives.
var propagator propagation.TextMapPropagator = propagation.TraceContext{}

// New starts the exporter and the provider when cfg.Enabled (nil, nil
// otherwise). service is the service.name unless cfg.ServiceName is set.
// The exporter connects lazily: an unreachable receiver does not stop
// fnflow, its export errors are logged.
func New(ctx context.Context, cfg config.Tracing, service string, log *slog.Logger) (*Tracing, error) {
	if !cfg.Enabled {
		return nil, nil
	}
	exp, err := newExporter(ctx, cfg)
	if err != nil {
		return nil, err
	}
	if cfg.ServiceName != "" {
		service = cfg.ServiceName
	}
	res := resource.NewSchemaless(attribute.String("service.name", service))
	provider := sdktrace.NewTracerProvider(
		sdktrace.WithBatcher(exp),
		sdktrace.WithResource(res),
		sdktrace.WithSampler(sdktrace.ParentBased(sdktrace.TraceIDRatioBased(cfg.SampleRatio))),
	)
	if log != nil {
		// Export failures go to fnflow's log rather than the standard
		// logger (the handler is process-wide).
		otel.SetErrorHandler(otel.ErrorHandlerFunc(func(err error) {
			log.Warn("tracing: span export failed", "component", "tracing", "error", err)
		}))
	}
	return &Tracing{provider: provider, tracer: provider.Tracer(ScopeName)}, nil
}

func newExporter(ctx context.Context, cfg config.Tracing) (*otlptrace.Exporter, error) {
	endpoint := cfg.Endpoint
	if endpoint == "" {
		endpoint = DefaultHTTPEndpoint
		if cfg.Protocol == "grpc" {
			endpoint = DefaultGRPCEndpoint
		}
	}
	u, err := url.Parse(endpoint)
	if err != nil || u.Host == "" {
		return nil, fmt.Errorf("tracing.endpoint: want a URL such as %s, got %q", DefaultHTTPEndpoint, endpoint)
	}
	insecure := u.Scheme != "https"
	switch cfg.Protocol {
	case "grpc":
		opts := []otlptracegrpc.Option{otlptracegrpc.WithEndpoint(u.Host)}
		if insecure {
			opts = append(opts, otlptracegrpc.WithInsecure())
		}
		exp, err := otlptracegrpc.New(ctx, opts...)
		if err != nil {
			return nil, fmt.Errorf("tracing: OTLP gRPC exporter: %w", err)
		}
		return exp, nil
	default:
		path := u.Path
		if strings.Trim(path, "/") == "" {
			path = "/v1/traces"
		}
		opts := []otlptracehttp.Option{otlptracehttp.WithEndpoint(u.Host), otlptracehttp.WithURLPath(path)}
		if insecure {
			opts = append(opts, otlptracehttp.WithInsecure())
		}
		exp, err := otlptracehttp.New(ctx, opts...)
		if err != nil {
			return nil, fmt.Errorf("tracing: OTLP HTTP exporter: %w", err)
		}
		return exp, nil
	}
}

// Enabled tells whether spans are recorded.
func (t *Tracing) Enabled() bool { return t != nil }

// Tracer is fnflow's tracer (a no-op one when disabled).
func (t *Tracing) Tracer() trace.Tracer {
	if t == nil {
		return noop.NewTracerProvider().Tracer(ScopeName)
	}
	return t.tracer
}

// Propagator is the W3C Trace Context propagator.
func (t *Tracing) Propagator() propagation.TextMapPropagator { return propagator }

// ForceFlush exports the spans ended so far.
func (t *Tracing) ForceFlush(ctx context.Context) error {
	if t == nil {
		return nil
	}
	return t.provider.ForceFlush(ctx)
}

// Shutdown exports what is left and stops the exporter.
func (t *Tracing) Shutdown(ctx context.Context) error {
	if t == nil {
		return nil
	}
	return t.provider.Shutdown(ctx)
}
