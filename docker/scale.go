package docker

import (
	"context"
	"fmt"
	"slices"
	"time"

	"go.opentelemetry.io/otel/trace"
)

// Scaling. A deployment's key starts with one container (the cold start,
// single flight). When every container of the key has
// PoolOptions.Concurrency requests or more in flight, a request starts
// another one in the background, up to the key's maximum
// (RuntimeSpec.MaxInstances, else PoolOptions.MaxInstances), and waits for
// whichever comes first: a free slot or the new container. At the maximum,
// requests go to the least busy container. The janitor removes extra
// containers unused for ScaleDownAfter and the last ones unused for
// IdleTimeout, but keeps RuntimeSpec.MinInstances of the deployment's
// current key warm (and starts them when missing).

// scaleRetry holds back the scale-ups of a key after one failed (pool
// full, image gone): its requests share the containers it has meanwhile.
const scaleRetry = 5 * time.Second

// claimOrScale takes a request slot on the least busy live container of
// key, scaling up as described above. It returns nil without error when
// the key has no live container (the caller cold-starts one).
func (p *Pool) claimOrScale(ctx context.Context, key string) (*warm, error) {
	for {
		p.mu.Lock()
		if p.closed {
			p.mu.Unlock()
			return nil, ErrPoolClosed
		}
		var best *warm
		for _, w := range slices.Clone(p.warm[key]) {
			if !w.alive() {
				p.retireLocked(w, "exited", false)
				continue
			}
			if best == nil || w.inflight < best.inflight {
				best = w
			}
		}
		if best == nil {
			p.mu.Unlock()
			return nil, nil
		}
		spec := p.specs[key]
		maxN := spec.maxInstances(p.opts.MaxInstances)
		live, starting := len(p.warm[key]), p.startingLocked(key)
		now := time.Now()
		if best.inflight < p.opts.Concurrency || live >= maxN || now.Before(p.noScaleUntil[key]) {
			best.inflight++
			best.lastUsed = now
			p.mu.Unlock()
			return best, nil
		}
		if live+starting < maxN && !p.startExtraLocked(trace.SpanContextFromContext(ctx), spec, key, "scale up", true) {
			p.mu.Unlock()
			continue // no room: share the busy ones
		}
		wait := p.changed
		p.mu.Unlock()
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("docker: waiting for a runtime of deployment %s: %w", spec.DeploymentID, ctx.Err())
		case <-wait:
		}
	}
}

// startExtraLocked starts one more container for key in the background;
// false when the pool has no room for it. Only a scale-up (evict) may
// retire an idle container for room: a minimum kept warm takes free slots
// only, so that minimums of different deployments cannot evict each other
// in turn. p.mu must be held.
func (p *Pool) startExtraLocked(parent trace.SpanContext, spec RuntimeSpec, key, reason string, evict bool) bool {
	if p.closed {
		return false
	}
	if !p.roomLocked(spec.ProjectID, evict) {
		p.noScaleUntil[key] = time.Now().Add(scaleRetry)
		return false
	}
	t := &ticket{owner: spec.owner(), key: key, parent: parent, reason: reason}
	p.starting[t] = struct{}{}
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		began := time.Now()
		var n int
		w, err := p.launch(spec, key, t, func(_ bool, startErr error) {
			if startErr != nil {
				p.noScaleUntil[key] = time.Now().Add(scaleRetry)
			}
			n = len(p.warm[key])
		})
		if err != nil {
			p.log.Warn("starting another runtime container failed", spec.logAttrs("reason", reason, "error", err)...)
			return
		}
		p.log.Info("runtime container added", w.logAttrs("reason", reason, "instances", n,
			"cold_start_ms", time.Since(began).Milliseconds())...)
	}()
	return true
}

// topUpLocked starts the containers key lacks to reach its minimum, when it
// is its deployment's current key. p.mu must be held.
func (p *Pool) topUpLocked(key string) {
	spec, ok := p.specs[key]
	if !ok || spec.MinInstances <= 0 || p.latest[spec.DeploymentID] != key || time.Now().Before(p.noScaleUntil[key]) {
		return
	}
	for range spec.MinInstances - len(p.warm[key]) - p.startingLocked(key) {
		if !p.startExtraLocked(trace.SpanContext{}, spec, key, "minimum instances", false) {
			return
		}
	}
}

// sweep retires containers that exited, scales down (extra containers
// unused for ScaleDownAfter, the last ones unused for IdleTimeout, never
// below the minimum of a deployment's current key) and tops keys up to
// their minimum.
func (p *Pool) sweep(now time.Time) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for key, ws := range p.warm {
		for _, w := range slices.Clone(ws) {
			if !w.alive() {
				p.retireLocked(w, "exited", false)
			}
		}
		live := slices.Clone(p.warm[key])
		slices.SortFunc(live, func(a, b *warm) int { return a.lastUsed.Compare(b.lastUsed) })
		minN := 0
		if spec, ok := p.specs[key]; ok && p.latest[spec.DeploymentID] == key {
			minN = spec.MinInstances
		}
		n := len(live)
		for _, w := range live {
			if w.inflight > 0 {
				continue
			}
			switch idle := now.Sub(w.lastUsed); {
			case n > max(minN, 1) && idle >= p.opts.ScaleDownAfter:
				p.retireLocked(w, "scaled down", false)
				n--
			case n > minN && idle >= p.opts.IdleTimeout:
				p.retireLocked(w, "idle", false)
				n--
			}
		}
	}
	for key, spec := range p.specs {
		current := p.latest[spec.DeploymentID] == key
		if len(p.warm[key]) == 0 && p.startingLocked(key) == 0 && (!current || spec.MinInstances == 0) {
			// Superseded, or nothing to keep warm: forget it (its
			// environment holds the function's variables); the next
			// execution brings it back.
			delete(p.specs, key)
			delete(p.noScaleUntil, key)
			if current {
				delete(p.latest, spec.DeploymentID)
			}
			continue
		}
		p.topUpLocked(key)
	}
	p.sweepSparesLocked(now)
}

// forgetLocked drops the scaling state of o's keys (deactivated or deleted
// owner), so nothing is kept warm for it any more. p.mu must be held.
func (p *Pool) forgetLocked(o Owner) {
	for key, spec := range p.specs {
		if o.covers(spec.owner()) {
			delete(p.specs, key)
			delete(p.noScaleUntil, key)
			delete(p.latest, spec.DeploymentID)
		}
	}
}

// startingLocked counts the cold starts in progress for key.
func (p *Pool) startingLocked(key string) int {
	n := 0
	for t := range p.starting {
		if t.key == key {
			n++
		}
	}
	return n
}

// roomLocked says whether one more container of projectID fits under
// MaxContainers and MaxPerProject. To make room it drops an idle spare
// and, with evict, retires the least recently used idle container: one of
// the project's own when the project is at its bound. p.mu must be held.
func (p *Pool) roomLocked(projectID string, evict bool) bool {
	if p.projectFullLocked(projectID) {
		return evict && p.evictIdleLocked(projectID)
	}
	return p.totalLocked() < p.opts.MaxContainers || p.dropSpareLocked() || (evict && p.evictIdleLocked(""))
}

// projectFullLocked says whether projectID holds MaxPerProject containers
// (serving, draining or starting). p.mu must be held.
func (p *Pool) projectFullLocked(projectID string) bool {
	if p.opts.MaxPerProject <= 0 {
		return false
	}
	n := 0
	for _, w := range p.allLocked() {
		if w.spec.ProjectID == projectID {
			n++
		}
	}
	for w := range p.draining {
		if w.spec.ProjectID == projectID {
			n++
		}
	}
	for t := range p.starting {
		if t.owner.ProjectID == projectID {
			n++
		}
	}
	return n >= p.opts.MaxPerProject
}

// fullErrorLocked is the error of a cold start of projectID that found no
// room. p.mu must be held.
func (p *Pool) fullErrorLocked(projectID string) *PoolFullError {
	if p.projectFullLocked(projectID) {
		return &PoolFullError{Limit: p.opts.MaxPerProject, PerProject: true}
	}
	return &PoolFullError{Limit: p.opts.MaxContainers}
}

// instancesLocked counts the serving containers.
func (p *Pool) instancesLocked() int {
	n := 0
	for _, ws := range p.warm {
		n += len(ws)
	}
	return n
}

// allLocked lists the serving containers.
func (p *Pool) allLocked() []*warm {
	var all []*warm
	for _, ws := range p.warm {
		all = append(all, ws...)
	}
	return all
}

// unlistLocked takes w out of its key's serving list.
func (p *Pool) unlistLocked(w *warm) {
	p.noteWarmChangeLocked()
	ws := slices.DeleteFunc(p.warm[w.key], func(x *warm) bool { return x == w })
	if len(ws) == 0 {
		delete(p.warm, w.key)
	} else {
		p.warm[w.key] = ws
	}
}

// broadcastLocked wakes the requests waiting for a slot or a container.
func (p *Pool) broadcastLocked() {
	close(p.changed)
	p.changed = make(chan struct{})
}

// Instances returns how many containers serve the deployment now.
func (p *Pool) Instances(deploymentID string) int {
	p.mu.Lock()
	defer p.mu.Unlock()
	n := 0
	for _, w := range p.allLocked() {
		if w.spec.DeploymentID == deploymentID {
			n++
		}
	}
	return n
}
