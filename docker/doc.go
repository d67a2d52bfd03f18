// Package docker owns fnflow's use of the Docker Engine API: it creates,
// starts, watches, stops and removes the containers that build and run
// functions, keeps a warm pool of runtime containers, and reconciles away the
// containers nobody owns any more.
//
// The pieces:
//
//   - Engine (engine.go, container.go, state.go): one connection to the
//     Docker engine. Every Engine API call has a deadline
//     (Options.CallTimeout); only waits for a container to exit and followed
//     log streams use the caller's context alone. Container creation applies fnflow's hardening in one
//     place (read-only root filesystem, tmpfs /tmp, user 65534, all
//     capabilities dropped, no-new-privileges, pids/CPU/memory limits, port
//     published on 127.0.0.1 only) and namespaced labels (labels.go). Stops
//     and removals are idempotent.
//   - RunBuild (build.go): one build container per deployment with a
//     capped tmpfs workspace and no host directory: the source goes in and
//     the output comes out through the Engine API, the commands run through
//     exec, output streamed while they run, cancelled with its context.
//   - Pool (pool.go, warm.go, ready.go, invoke.go, logs.go, janitor.go): one
//     warm container per RuntimeSpec key, created once however many first
//     requests arrive together, reused over keep-alive HTTP, replaced when it
//     crashed, was OOM-killed or exceeded an execution timeout, removed when
//     idle or evicted (least recently used) when the pool is full.
//   - Reconciler (reconcile.go): removes labelled containers that this
//     instance does not track, after a creation grace period, and (with
//     Exists) those of deployments that no longer exist, at once.
//     Pool.RemoveOwner removes a deleted function's or deployment's
//     runtime containers from the pool and the engine.
//
// Runtime containers speak the Open Runtimes v5 protocol: HTTP on port 3000,
// GET /__opr/health, the x-open-runtimes-* headers and log files named by
// the x-open-runtimes-log-id the worker sends, in /mnt/logs: a capped tmpfs
// volume that goes with the container and that the host reads without
// following anything the container put there (logs.go).
//
// Errors are typed so callers can map them without string matching:
// ErrPoolFull, ErrTimeout, ErrOutOfMemory, ErrBodyTooLarge,
// ErrContainerExited, ErrBadResponse, ErrNotReady, ErrImageNotFound and ErrEngineUnreachable
// work with errors.Is; the matching struct types carry the details.
//
// Shut down in this order: Pool.Close (removes the pool's containers), then
// Engine.Close. A Reconciler runs with Run(ctx) until its context ends.
//
// Tests need a reachable Docker engine (DOCKER_HOST or the default socket)
// and skip otherwise; they build a tiny fake runtime image from
// internal/fakeruntime and, when present, also run fnflow/runtime:node-18.0.
//
// The package does not import models, server, workflows or activities: it
// knows containers, not functions. Consumers declare the small interfaces
// they need over *Engine and *Pool.
//
// Benchmarks (cold start, warm request, memory per warm container) run with
//
//	go test -run '^$' -bench . -benchtime 20x ./docker/
package docker
