package docker

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"sync"
	"time"

	"go.opentelemetry.io/otel/trace"
	"golang.org/x/sync/singleflight"
)

// Defaults for PoolOptions.
const (
	DefaultMaxContainers    = 20
	DefaultIdleTimeout      = 10 * time.Minute
	DefaultReadyTimeout     = 30 * time.Second
	DefaultTimeoutGrace     = 2 * time.Second
	DefaultMaxResponseBytes = 20 << 20
	DefaultMaxLogBytes      = 5 << 20
	DefaultRequestTimeout   = 15 * time.Second
	DefaultMaxInstances     = 1
	DefaultConcurrency      = 1
	DefaultScaleDownAfter   = time.Minute
)

// PoolOptions configure a Pool; zero fields take the defaults.
type PoolOptions struct {
	// MaxContainers bounds the runtime containers of this pool (config key
	// docker.max_containers). An idle container is evicted (least recently
	// used; idle spares go first) to make room for a cold start; when every
	// slot is busy, the cold start waits for one (see Execute), then fails
	// with a *PoolFullError.
	MaxContainers int
	// MaxPerProject bounds the containers of one project (serving,
	// draining and starting; config key docker.max_containers_per_project),
	// so that one project cannot hold every slot; 0: no bound. A project at
	// its bound makes room only by evicting an idle container of its own.
	MaxPerProject int
	// IdleTimeout removes a container nobody used for that long.
	IdleTimeout time.Duration
	// JanitorInterval is how often idle and exited containers are swept.
	// Default: IdleTimeout/4, between 100 ms and 30 s.
	JanitorInterval time.Duration
	// ReadyTimeout bounds a cold start: create, start and the first healthy
	// answer on /__opr/health.
	ReadyTimeout time.Duration
	// TimeoutGrace is how long after Request.Timeout the pool still waits for
	// the runtime's own timeout answer before it kills the container.
	TimeoutGrace time.Duration
	// MaxResponseBytes caps a response body (docker.max_response_bytes).
	MaxResponseBytes int64
	// MaxLogBytes caps each of an execution's log and error files; each
	// runtime container's logs volume holds 4 × MaxLogBytes (logs.go).
	MaxLogBytes int64
	// MaxInstances is how many containers one deployment may get
	// (docker.max_instances) unless its RuntimeSpec sets its own maximum.
	// 1 (the default) keeps one container per deployment.
	MaxInstances int
	// Concurrency is the number of requests in flight per container above
	// which another container of the deployment is started, up to its
	// maximum (docker.instance_concurrency). At the maximum, requests go to
	// the least busy container whatever its load.
	Concurrency int
	// ScaleDownAfter removes a deployment's extra containers (beyond its
	// first, or its minimum) unused for that long (docker.scale_down_after).
	ScaleDownAfter time.Duration
	// Spares is how many pre-started code-less containers are kept per image
	// (docker.spares; 0, the default here, turns them off): a cold start
	// specializes one instead of creating a container (spare.go). Images
	// get spares from SpareImages, and while they are in use (a serving
	// container, or a cold start within IdleTimeout), if their server
	// supports it.
	Spares      int
	SpareImages []string
	// SpareCPUs and SpareMemoryMB are a spare's limits until it is
	// specialized (updated when the function's differ); SpareTmpMB sizes
	// its /tmp (fixed at creation: give the largest memory limit, the
	// memory cgroup bounds /tmp anyway). SpareCodeBytes and
	// SpareCodeInodes cap its code volume (defaults
	// DefaultSpareCodeBytes, DefaultSpareCodeInodes).
	SpareCPUs       float64
	SpareMemoryMB   int
	SpareTmpMB      int
	SpareCodeBytes  int64
	SpareCodeInodes int
	Logger          *slog.Logger
	// Tracer, when set, wraps each call into a runtime container in a
	// client span and sends its W3C traceparent to the function (trace.go).
	Tracer trace.Tracer
}

func (o PoolOptions) withDefaults() PoolOptions {
	if o.MaxContainers <= 0 {
		o.MaxContainers = DefaultMaxContainers
	}
	if o.IdleTimeout <= 0 {
		o.IdleTimeout = DefaultIdleTimeout
	}
	if o.JanitorInterval <= 0 {
		o.JanitorInterval = min(max(o.IdleTimeout/4, 100*time.Millisecond), 30*time.Second)
	}
	if o.ReadyTimeout <= 0 {
		o.ReadyTimeout = DefaultReadyTimeout
	}
	if o.TimeoutGrace <= 0 {
		o.TimeoutGrace = DefaultTimeoutGrace
	}
	if o.MaxResponseBytes <= 0 {
		o.MaxResponseBytes = DefaultMaxResponseBytes
	}
	if o.MaxLogBytes <= 0 {
		o.MaxLogBytes = DefaultMaxLogBytes
	}
	if o.MaxInstances <= 0 {
		o.MaxInstances = DefaultMaxInstances
	}
	if o.Concurrency <= 0 {
		o.Concurrency = DefaultConcurrency
	}
	if o.ScaleDownAfter <= 0 {
		o.ScaleDownAfter = min(DefaultScaleDownAfter, o.IdleTimeout)
	}
	if o.SpareCodeBytes <= 0 {
		o.SpareCodeBytes = DefaultSpareCodeBytes
	}
	if o.SpareCodeInodes <= 0 {
		o.SpareCodeInodes = DefaultSpareCodeInodes
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	return o
}

// Pool keeps warm runtime containers per RuntimeSpec key: one, or more
// under load (see PoolOptions.Concurrency and scale.go). It is safe for
// concurrent use. Build it with NewPool and stop it with Close.
type Pool struct {
	eng  *Engine
	opts PoolOptions
	log  *slog.Logger
	sf   singleflight.Group

	base       context.Context // cold starts outlive their callers, not the pool
	cancelBase context.CancelFunc
	stop, done chan struct{}
	wg         sync.WaitGroup // cold starts and background removals

	mu       sync.Mutex
	closed   bool
	warm     map[string][]*warm   // serving instances by key, oldest first
	draining map[*warm]struct{}   // retired, requests still in flight
	starting map[*ticket]struct{} // cold starts in progress
	// specs is the last spec asked for per key (its instance bounds);
	// latest is the key last asked for per deployment (the one whose
	// minimum is kept warm).
	specs  map[string]RuntimeSpec
	latest map[string]string
	// noScaleUntil holds back scale-ups of a key after one failed.
	noScaleUntil map[string]time.Time
	// changed is closed (and replaced) when a request slot frees up or an
	// instance joins or fails to: requests waiting for a scale-up look again.
	changed chan struct{}
	// spares by image (spare.go).
	spares map[string]*spareImage
	// warmChanged gets a value (never blocking) when an instance joins or
	// leaves the serving set (WarmChanged, warm routing).
	warmChanged chan struct{}
	// coldStarts counts the cold starts that published a container;
	// executed the requests that got an answer from a container.
	coldStarts, executed int64
}

// ticket is a cold start in progress; Invalidate, RemoveOwner and Close
// cancel it.
type ticket struct {
	owner     Owner
	key       string
	cancelled error
	// parent is the span that asked for the container and reason why it
	// starts (the start's span, trace.go).
	parent trace.SpanContext
	reason string
}

// PoolStats is a snapshot of the pool's containers.
type PoolStats struct {
	Warm     int // serving
	Draining int // retired, finishing requests
	Starting int // cold starts in progress
	Spares   int // idle spares, all images
	// ColdStarts counts the cold starts (not scale-ups) that produced a
	// serving container since the pool was made.
	ColdStarts int64
	// Executed counts the requests a container answered (Execute).
	Executed int64
}

// NewPool starts a pool over eng, with its janitor.
func NewPool(eng *Engine, opts PoolOptions) (*Pool, error) {
	opts = opts.withDefaults()
	base, cancel := context.WithCancel(context.Background())
	p := &Pool{
		eng: eng, opts: opts, log: opts.Logger.With("component", "docker_pool"),
		base: base, cancelBase: cancel,
		stop: make(chan struct{}), done: make(chan struct{}),
		warm: map[string][]*warm{}, draining: map[*warm]struct{}{}, starting: map[*ticket]struct{}{},
		specs: map[string]RuntimeSpec{}, latest: map[string]string{}, noScaleUntil: map[string]time.Time{},
		changed: make(chan struct{}), spares: map[string]*spareImage{}, warmChanged: make(chan struct{}, 1),
	}
	if opts.Spares > 0 {
		p.mu.Lock()
		for _, img := range opts.SpareImages {
			p.spares[img] = &spareImage{pinned: true}
			p.refillLocked(img, p.spares[img])
		}
		p.mu.Unlock()
	}
	go p.janitor()
	return p, nil
}

// Execute runs one request on the deployment's warm container, starting it
// first if needed. A cold start that finds every slot busy (the pool's or
// its project's) waits for one, at most the request's timeout and no
// longer than leaves the call, a cold start and the request's timeout
// within ctx's deadline. Errors: *PoolFullError, *TimeoutError,
// *OutOfMemoryError, *BodyTooLargeError, *BadResponseError, *ExitError,
// *ImageNotFoundError, ErrNotReady, ErrInvalidated, ErrPoolClosed, or the
// context's error.
func (p *Pool) Execute(ctx context.Context, spec RuntimeSpec, req Request) (*Response, error) {
	if err := spec.Validate(); err != nil {
		return nil, err
	}
	timeout := req.Timeout
	if timeout <= 0 {
		timeout = DefaultRequestTimeout
	}
	wait := timeout
	if dl, ok := ctx.Deadline(); ok {
		// Leave a cold start and the whole call room before the deadline.
		wait = min(wait, time.Until(dl)-p.opts.ReadyTimeout-timeout-p.opts.TimeoutGrace)
	}
	for attempt := 1; ; attempt++ {
		w, cold, err := p.acquire(ctx, spec, max(wait, 0))
		if err != nil {
			return nil, err
		}
		resp, retry, err := p.invoke(ctx, w, req)
		if err != nil && retry && attempt == 1 {
			p.log.Info("retrying execution on a fresh container", w.logAttrs("error", err)...)
			continue
		}
		if resp != nil {
			resp.ColdStart = cold
			p.mu.Lock()
			p.executed++
			p.mu.Unlock()
		}
		return resp, err
	}
}

// Prewarm makes sure the spec's container is started and healthy.
func (p *Pool) Prewarm(ctx context.Context, spec RuntimeSpec) error {
	if err := spec.Validate(); err != nil {
		return err
	}
	w, _, err := p.acquire(ctx, spec, 0)
	if err != nil {
		return err
	}
	p.release(w)
	p.mu.Lock()
	p.topUpLocked(spec.Key())
	p.mu.Unlock()
	return nil
}

// Stats returns a snapshot of the pool's containers.
func (p *Pool) Stats() PoolStats {
	p.mu.Lock()
	defer p.mu.Unlock()
	st := PoolStats{Warm: p.instancesLocked(), Draining: len(p.draining), Starting: len(p.starting), ColdStarts: p.coldStarts, Executed: p.executed}
	for _, si := range p.spares {
		st.Spares += len(si.idle)
	}
	return st
}

// WarmDeployments lists the deployments with at least one serving
// container, sorted.
func (p *Pool) WarmDeployments() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	var out []string
	for _, w := range p.allLocked() {
		if !slices.Contains(out, w.spec.DeploymentID) {
			out = append(out, w.spec.DeploymentID)
		}
	}
	slices.Sort(out)
	return out
}

// WarmChanged is signalled (one pending value at most) when a container
// joins or leaves the serving set: WarmDeployments may have changed.
func (p *Pool) WarmChanged() <-chan struct{} { return p.warmChanged }

// noteWarmChangeLocked signals WarmChanged without blocking.
func (p *Pool) noteWarmChangeLocked() {
	select {
	case p.warmChanged <- struct{}{}:
	default:
	}
}

// acquire returns a live container for spec with one request slot taken
// (release it), and whether it was cold-started for this call. A cold
// start that finds no slot waits up to wait for one (a request finishing,
// a container going) and tries again.
func (p *Pool) acquire(ctx context.Context, spec RuntimeSpec, wait time.Duration) (*warm, bool, error) {
	key := spec.Key()
	p.mu.Lock()
	p.specs[key], p.latest[spec.DeploymentID] = spec, key
	p.mu.Unlock()
	began := time.Now()
	for tries := 0; tries < 3; {
		w, err := p.claimOrScale(ctx, key)
		if w != nil || err != nil {
			return w, false, err
		}
		p.mu.Lock()
		changed := p.changed // taken before the cold start looks for room: no wake-up is missed
		p.mu.Unlock()
		ch := p.sf.DoChan(key, func() (any, error) { return p.coldStart(trace.SpanContextFromContext(ctx), spec, key) })
		select {
		case <-ctx.Done():
			return nil, false, fmt.Errorf("docker: waiting for the runtime of deployment %s: %w", spec.DeploymentID, ctx.Err())
		case r := <-ch:
			var full *PoolFullError
			switch {
			case r.Err == nil:
			case errors.As(r.Err, &full) && time.Since(began) < wait:
				if err := waitChange(ctx, changed, began.Add(wait)); err != nil {
					return nil, false, fmt.Errorf("docker: waiting for a container slot for deployment %s: %w", spec.DeploymentID, err)
				}
				continue
			case full != nil:
				return nil, false, &PoolFullError{Limit: full.Limit, PerProject: full.PerProject, Waited: time.Since(began).Round(time.Second)}
			default:
				return nil, false, r.Err
			}
		}
		if w, err := p.claimOrScale(ctx, key); w != nil || err != nil {
			return w, true, err
		}
		// The new container died or was retired before we got to it: start over.
		tries++
	}
	return nil, false, fmt.Errorf("docker: the runtime of deployment %s kept disappearing during start-up", spec.DeploymentID)
}

// waitChange waits until changed is closed (a request slot freed, a
// container joined or left), a second passes (a container the janitor
// removed says nothing), until passes, or ctx ends (its error).
func waitChange(ctx context.Context, changed <-chan struct{}, until time.Time) error {
	t := time.NewTimer(min(time.Until(until), time.Second))
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-changed:
	case <-t.C:
	}
	return nil
}

// release gives back a request slot taken by claim.
func (p *Pool) release(w *warm) {
	p.mu.Lock()
	defer p.mu.Unlock()
	w.inflight--
	w.lastUsed = time.Now()
	p.broadcastLocked()
	if w.retired && w.inflight == 0 {
		if _, ok := p.draining[w]; ok {
			delete(p.draining, w)
			p.destroyAsync(w, true)
		}
	}
}

// retire is retireLocked with the lock taken.
func (p *Pool) retire(w *warm, reason string, kill bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.retireLocked(w, reason, kill)
}

// retireLocked takes w out of service. Without requests in flight (or when
// kill is set) its container goes at once; otherwise when the last one
// releases. p.mu must be held.
func (p *Pool) retireLocked(w *warm, reason string, kill bool) {
	p.unlistLocked(w)
	if w.retired && !kill {
		return
	}
	w.retired = true
	p.log.Info("retiring runtime container", w.logAttrs("reason", reason, "inflight", w.inflight)...)
	if w.inflight > 0 && !kill {
		p.draining[w] = struct{}{}
		return
	}
	delete(p.draining, w)
	p.destroyAsync(w, !kill)
}

// destroyAsync removes w's container in the background; Close waits for it.
// p.mu must be held. After Close, Close itself removes everything.
func (p *Pool) destroyAsync(w *warm, graceful bool) {
	if p.closed {
		return
	}
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		ctx, cancel := context.WithTimeout(context.Background(), p.eng.opts.CallTimeout+p.eng.opts.StopGrace)
		defer cancel()
		if err := w.destroy(ctx, p.eng, graceful); err != nil {
			p.log.Warn("cannot remove runtime container", w.logAttrs("error", err)...)
		}
	}()
}

// Invalidate retires every container of the deployment (deactivation,
// deletion) and cancels its cold starts in progress. Idle containers are
// removed before it returns; busy ones when their requests finish.
func (p *Pool) Invalidate(ctx context.Context, deploymentID string) error {
	p.mu.Lock()
	var idle []*warm
	owner := Owner{DeploymentID: deploymentID} // for the log line
	for t := range p.starting {
		if t.owner.DeploymentID == deploymentID {
			t.cancelled = ErrInvalidated
		}
	}
	for key, spec := range p.specs {
		if spec.DeploymentID == deploymentID {
			owner = spec.owner()
			delete(p.specs, key)
			delete(p.noScaleUntil, key)
		}
	}
	delete(p.latest, deploymentID)
	for _, w := range p.allLocked() {
		if w.spec.DeploymentID != deploymentID {
			continue
		}
		p.unlistLocked(w)
		w.retired = true
		if w.inflight > 0 {
			p.draining[w] = struct{}{}
		} else {
			idle = append(idle, w)
		}
	}
	p.mu.Unlock()
	if len(idle) > 0 {
		p.log.Info("invalidating deployment", owner.logAttrs("containers", len(idle))...)
	}
	return destroyAll(ctx, p.eng, idle)
}

// RemoveOwner removes at once the runtime containers of a deleted function
// (o.DeploymentID empty) or deployment: the pool forgets them, so nothing is
// routed to them any more, requests in flight on them fail (the container is
// killed, not drained), cold starts in progress for o are cancelled, and
// this instance's containers labelled with o that the pool does not track
// are removed from the engine too. With before set (the function or
// deployment exists again under the same ID), only containers created no
// later than before go and cold starts are left alone. It returns how many
// containers it removed.
func (p *Pool) RemoveOwner(ctx context.Context, o Owner, before time.Time) (int, error) {
	if o.ProjectID == "" || o.FunctionID == "" {
		return 0, fmt.Errorf("docker: remove containers: owner %+v names no function", o)
	}
	labelled, listErr := p.eng.listOwned(ctx, RoleRuntime, o)
	if listErr != nil && !before.IsZero() {
		return 0, listErr // cannot tell old containers from new ones
	}
	old := make(map[string]bool, len(labelled))
	for _, c := range labelled {
		if before.IsZero() || !time.Unix(c.Created, 0).After(before) {
			old[c.ID] = true
		}
	}
	p.mu.Lock()
	if before.IsZero() {
		for t := range p.starting {
			if o.covers(t.owner) {
				t.cancelled = ErrInvalidated
			}
		}
		p.forgetLocked(o)
	}
	var doomed []*warm
	take := func(w *warm) bool {
		// A specialized spare's labels name no owner: its claim time counts.
		fromSpare := !w.claimed.IsZero() && !time.Unix(w.claimed.Unix(), 0).After(before)
		if !o.covers(w.spec.owner()) || (!before.IsZero() && !old[w.id] && !fromSpare) {
			return false
		}
		w.retired = true
		doomed = append(doomed, w)
		return true
	}
	for _, w := range p.allLocked() {
		if take(w) {
			p.unlistLocked(w)
		}
	}
	for w := range p.draining {
		if take(w) {
			delete(p.draining, w)
		}
	}
	p.mu.Unlock()

	errs := make([]error, 0, len(doomed)+1)
	errs = append(errs, listErr) // the pool's own containers went all the same
	for _, w := range doomed {
		delete(old, w.id)
		errs = append(errs, w.destroy(ctx, p.eng, false))
	}
	n := len(doomed)
	for id := range old { // not tracked: a cold start in progress, a leftover
		if err := p.eng.RemoveContainer(ctx, id); err != nil {
			errs = append(errs, err)
			continue
		}
		n++
	}
	if n > 0 {
		p.log.Info("removed containers of a deleted owner", o.logAttrs("containers", n)...)
	}
	return n, errors.Join(errs...)
}

// covers says whether x belongs to o: same project and function, and the
// same deployment unless o names none (a whole function).
func (o Owner) covers(x Owner) bool {
	return o.ProjectID == x.ProjectID && o.FunctionID == x.FunctionID &&
		(o.DeploymentID == "" || o.DeploymentID == x.DeploymentID)
}

// Close stops the janitor, cancels cold starts and removes every container
// of the pool. Later calls fail with ErrPoolClosed.
func (p *Pool) Close(ctx context.Context) error {
	p.mu.Lock()
	if p.closed {
		p.mu.Unlock()
		return nil
	}
	p.closed = true
	all := p.allLocked()
	for w := range p.draining {
		all = append(all, w)
	}
	for _, si := range p.spares {
		all = append(all, si.idle...)
		si.idle = nil
	}
	for t := range p.starting {
		t.cancelled = ErrPoolClosed
	}
	p.warm, p.draining = map[string][]*warm{}, map[*warm]struct{}{}
	p.noteWarmChangeLocked()
	p.mu.Unlock()

	close(p.stop)
	<-p.done
	p.cancelBase()
	err := destroyAll(ctx, p.eng, all)
	waited := make(chan struct{})
	go func() { p.wg.Wait(); close(waited) }()
	select {
	case <-waited:
	case <-ctx.Done():
		err = errors.Join(err, fmt.Errorf("docker: close pool: %w", ctx.Err()))
	}
	return err
}

// destroyAll removes containers in parallel (graceful stop) and joins the
// errors.
func destroyAll(ctx context.Context, eng *Engine, ws []*warm) error {
	errs := make([]error, len(ws))
	var wg sync.WaitGroup
	for i, w := range ws {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = w.destroy(ctx, eng, true)
		}()
	}
	wg.Wait()
	return errors.Join(errs...)
}
