// Package workflows holds fnflow's Temporal workflows: deterministic
// orchestration only (builds, executions, cron fires, event dispatch, the
// cleanup after a deletion). All I/O happens in
// package activities. Task queue names, workflow ID prefixes and search
// attribute keys are constants here, so that the API (which starts
// workflows) and the worker (which runs them) agree.
package workflows
