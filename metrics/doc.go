// Package metrics is fnflow's Prometheus instrumentation: one registry per
// process (API, worker or both) holding the HTTP, execution, build and warm
// pool metrics, the Go runtime and process collectors, and the Temporal
// SDK's own metrics through an SDK metrics handler (temporal.go). Every
// method is safe on a nil *Metrics (nothing is recorded), so tests and
// tools that build parts without it need no stand-in.
//
// The names are listed in ARCHITECTURE.md ("Observability").
package metrics
