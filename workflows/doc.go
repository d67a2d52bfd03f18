// Package workflows holds fnflow's Temporal workflows: deterministic
// orchestration only (builds, executions, cron fires, event dispatch, the
// cleanup after a deletion). All I/O happens in
// package activities. Workflow names, IDs, search attributes, inputs and
// outcomes are in package contract, so that the API (which starts workflows),
// the worker (which registers them) and the activities agree.
package workflows
