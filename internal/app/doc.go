// Package app wires fnflow together from a Config: logger, store, Temporal
// (starting the embedded dev server when configured), Docker, the HTTP API
// and the Temporal worker. cmd/fnflow and the end-to-end tests both use it,
// so tests run the real program.
package app
