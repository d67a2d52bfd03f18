package docker

import (
	"context"
	"errors"
	"net"
	"net/http"
	"os"
	"sync"
	"time"

	"go.opentelemetry.io/otel/trace"
)

// warm is one runtime container of the pool.
type warm struct {
	id, key string
	spec    RuntimeSpec
	secret  string
	// logs is the container's logs volume on the host, opened once after
	// start (see logs.go); nil until then.
	logs     *os.File
	base     string // http://127.0.0.1:<port>, or http://<ip>:3000 on an internal network
	client   *http.Client
	tr       *http.Transport
	stopWait context.CancelFunc

	// Guarded by Pool.mu.
	inflight int
	lastUsed time.Time
	retired  bool

	exited chan struct{} // closed once the container stopped running
	exit   ContainerState
	// exitErr is set when watching failed (the engine went away); the
	// container is then treated as exited.
	exitErr error

	destroyOnce sync.Once
	destroyErr  error

	// spare is set while the container is a code-less spare (spare.go);
	// claimed is when it was specialized for its deployment.
	spare   bool
	claimed time.Time

	// Cold start phases, for the logs.
	createTook, startTook, readyTook, specializeTook time.Duration
}

func (w *warm) alive() bool {
	select {
	case <-w.exited:
		return false
	default:
		return true
	}
}

// coldStart runs once per key at a time (single flight): it reserves a
// slot, starts a container and publishes it in p.warm.
func (p *Pool) coldStart(parent trace.SpanContext, spec RuntimeSpec, key string) (*warm, error) {
	t := &ticket{owner: spec.owner(), key: key, parent: parent, reason: "cold start"}
	p.mu.Lock()
	if p.closed {
		p.mu.Unlock()
		return nil, ErrPoolClosed
	}
	for _, w := range p.warm[key] {
		if w.alive() {
			p.mu.Unlock()
			return w, nil // a previous flight finished between claim and DoChan
		}
	}
	if !p.roomLocked(spec.ProjectID, true) {
		err := p.fullErrorLocked(spec.ProjectID)
		p.mu.Unlock()
		return nil, err
	}
	p.starting[t] = struct{}{}
	p.wg.Add(1)
	p.mu.Unlock()
	defer p.wg.Done()

	began := time.Now()
	w, err := p.launch(spec, key, t, func(published bool, _ error) {
		if _, ok := p.specs[key]; published && !ok { // forgotten by a sweep meanwhile
			p.specs[key], p.latest[spec.DeploymentID] = spec, key
		}
		if published {
			p.coldStarts++
		}
	})
	if err != nil {
		p.log.Warn("cold start failed", spec.logAttrs("image", spec.Image, "error", err)...)
		return nil, err
	}
	p.log.Info("runtime container ready", w.logAttrs("cold_start_ms", time.Since(began).Milliseconds(), "create_ms", w.createTook.Milliseconds(),
		"start_ms", w.startTook.Milliseconds(), "ready_ms", w.readyTook.Milliseconds(),
		"spare", !w.claimed.IsZero(), "specialize_ms", w.specializeTook.Milliseconds())...)
	return w, nil
}

// launch starts a container for key under t, a slot its caller reserved
// (in p.starting, with p.wg counted), and publishes it in p.warm unless the
// slot was cancelled meanwhile (then the container is destroyed and the
// cancellation returned). locked runs under p.mu once the outcome is known:
// whether the container was published, and the start's own error.
func (p *Pool) launch(spec RuntimeSpec, key string, t *ticket, locked func(published bool, startErr error)) (*warm, error) {
	ctx, cancel := context.WithTimeout(p.base, p.opts.ReadyTimeout)
	defer cancel()
	ctx, endSpan := p.traceStart(ctx, spec, t)
	w, err := p.startFor(ctx, spec, key)
	endSpan(w, err)
	p.mu.Lock()
	delete(p.starting, t)
	cancelled := t.cancelled
	published := err == nil && cancelled == nil
	if published {
		w.lastUsed = time.Now()
		p.warm[key] = append(p.warm[key], w)
		p.noteWarmChangeLocked()
	}
	locked(published, err)
	p.broadcastLocked()
	p.mu.Unlock()
	if err == nil && cancelled != nil {
		cctx, cancel := p.eng.cleanupCtx(ctx)
		defer cancel()
		err = errors.Join(cancelled, w.destroy(cctx, p.eng, false))
	}
	return w, err
}

// evictIdleLocked retires the least recently used idle container (of
// projectID only, unless "") to make room. p.mu must be held.
func (p *Pool) evictIdleLocked(projectID string) bool {
	var lru *warm
	for _, w := range p.allLocked() {
		if projectID != "" && w.spec.ProjectID != projectID {
			continue
		}
		if w.inflight == 0 && (lru == nil || w.lastUsed.Before(lru.lastUsed)) {
			lru = w
		}
	}
	if lru == nil {
		return false
	}
	p.retireLocked(lru, "evicted for room", false)
	return true
}

// startWarm creates, starts and health-checks one runtime container. On
// failure nothing is left behind.
func (p *Pool) startWarm(ctx context.Context, spec RuntimeSpec, key string) (*warm, error) {
	w := &warm{key: key, spec: spec, secret: randomHex(32), exited: make(chan struct{})}
	return p.bootWarm(ctx, w, ContainerSpec{
		Role: RoleRuntime, Owner: spec.owner(), Key: key, Image: spec.Image,
		Env: spec.containerEnv(w.secret),
		Mounts: []Mount{
			{Source: spec.CodeDir, Target: CodeMountPath, ReadOnly: true},
			// A capped tmpfs volume, not a host directory: the container
			// cannot fill the host's disk, hard-link host files or outlive
			// its logs (the volume goes with the container).
			{Target: LogsMountPath, Volume: logsVolume(p.opts.MaxLogBytes)},
		},
		CPUs: spec.CPUs, MemoryMB: spec.MemoryMB, PublishPort: RuntimePort,
	})
}

// bootWarm creates the container cs for w, starts and health-checks it. A
// spare's secret is added to its environment here. On failure nothing is
// left behind.
func (p *Pool) bootWarm(ctx context.Context, w *warm, cs ContainerSpec) (*warm, error) {
	if w.spare {
		cs.Env = append(cs.Env, "OPEN_RUNTIMES_SECRET="+w.secret)
	}
	phase := time.Now()
	id, err := p.eng.CreateContainer(ctx, cs)
	if err != nil {
		return nil, err
	}
	w.id = id
	w.createTook = time.Since(phase)
	traceEvent(ctx, EventCreated, w)
	fail := func(err error) (*warm, error) {
		cctx, cancel := p.eng.cleanupCtx(ctx)
		defer cancel()
		return nil, errors.Join(err, w.destroy(cctx, p.eng, false))
	}
	phase = time.Now()
	if err := p.eng.StartContainer(ctx, id); err != nil {
		return fail(err)
	}
	w.startTook = time.Since(phase)
	traceEvent(ctx, EventStarted, w)
	wctx, stopWait := context.WithCancel(p.base)
	w.stopWait = stopWait
	go w.watch(wctx, p.eng)
	st, err := p.eng.InspectContainer(ctx, id)
	if err != nil {
		return fail(err)
	}
	if !st.Running && !st.FinishedAt.IsZero() { // exited already: its port is gone
		return fail(p.eng.exitError(ctx, st))
	}
	if w.base, err = p.eng.runtimeBase(st); err != nil {
		return fail(err)
	}
	if w.logs, err = openLogDir(st.Mounts[LogsMountPath]); err != nil {
		return fail(err)
	}
	if err := requireTmpfs(w.logs); err != nil {
		return fail(err)
	}
	w.tr = newTransport()
	w.client = &http.Client{
		Transport:     w.tr,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
	phase = time.Now()
	if err := p.waitReady(ctx, w); err != nil {
		return fail(err)
	}
	w.readyTook = time.Since(phase)
	traceEvent(ctx, EventHealthy, w)
	p.preferDirect(ctx, w, st)
	return w, nil
}

// directProbeTimeout bounds the one health call that checks whether the
// container's own address is reachable from here.
const directProbeTimeout = 500 * time.Millisecond

// preferDirect switches w from its published port to its address on the
// runtime network when this host reaches that address (a Linux host does;
// Docker Desktop's VM does not): calls then skip Docker's port proxy (see
// BENCHMARKS.md). The published port stays in use when the probe fails.
func (p *Pool) preferDirect(ctx context.Context, w *warm, st ContainerState) {
	alt := p.eng.directBase(st)
	if alt == "" || alt == w.base {
		return
	}
	pctx, cancel := context.WithTimeout(ctx, directProbeTimeout)
	defer cancel()
	if err := w.healthyAt(pctx, alt); err != nil {
		p.log.Debug("runtime container not reachable at its network address; using its published port",
			w.logAttrs("error", err)...)
		return
	}
	w.base = alt
}

// newTransport is one container's keep-alive connection pool. Compression is
// off so bodies pass through byte for byte.
func newTransport() *http.Transport {
	return &http.Transport{
		DialContext:         (&net.Dialer{Timeout: 5 * time.Second, KeepAlive: 30 * time.Second}).DialContext,
		MaxIdleConns:        64,
		MaxIdleConnsPerHost: 64,
		IdleConnTimeout:     90 * time.Second,
		DisableCompression:  true,
	}
}

// watch waits for the container to stop running and records why.
func (w *warm) watch(ctx context.Context, eng *Engine) {
	defer close(w.exited)
	st, err := eng.WaitContainer(ctx, w.id)
	if err != nil {
		w.exitErr = err
		if ctx.Err() == nil {
			eng.log.Warn("lost track of runtime container", w.logAttrs("error", err)...)
		}
		return
	}
	w.exit = st
	eng.log.Info("runtime container stopped", w.logAttrs("exit_code", st.ExitCode, "oom_killed", st.OOMKilled)...)
}

// destroy removes the container (after a graceful stop if asked) with its
// logs volume. It runs once; later calls return the first result.
func (w *warm) destroy(ctx context.Context, eng *Engine, graceful bool) error {
	w.destroyOnce.Do(func() {
		var errs []error
		alive := w.alive()
		if w.stopWait != nil {
			w.stopWait() // an exit we cause is not news
		}
		if graceful && alive {
			errs = append(errs, eng.StopContainer(ctx, w.id, 0))
		}
		if w.tr != nil {
			w.tr.CloseIdleConnections()
		}
		errs = append(errs, eng.RemoveContainer(ctx, w.id))
		if w.logs != nil {
			_ = w.logs.Close() // a directory: nothing to flush
		}
		w.destroyErr = errors.Join(errs...)
	})
	return w.destroyErr
}
