// Package tracing is fnflow's OpenTelemetry tracing: a tracer provider
// exporting spans over OTLP (HTTP/protobuf or gRPC) when tracing.enabled,
// the W3C trace-context propagator, and the Temporal interceptors that
// carry a trace from the API's workflow starts into workflows and
// activities. Every method is safe on a nil *Tracing (tracing disabled):
// nothing is recorded, exported or injected.
//
// The trace layout is described in ARCHITECTURE.md ("Observability").
package tracing
