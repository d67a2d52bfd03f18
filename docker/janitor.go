package docker

import "time"

// janitor sweeps the pool every JanitorInterval until Close.
func (p *Pool) janitor() {
	defer close(p.done)
	t := time.NewTicker(p.opts.JanitorInterval)
	defer t.Stop()
	for {
		select {
		case <-p.stop:
			return
		case now := <-t.C:
			p.sweep(now)
		}
	}
}

// sweep retires containers that exited and idle ones (no request in flight,
// unused for IdleTimeout).
func (p *Pool) sweep(now time.Time) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, w := range p.warm {
		switch {
		case !w.alive():
			p.retireLocked(w, "exited", false)
		case w.inflight == 0 && now.Sub(w.lastUsed) >= p.opts.IdleTimeout:
			p.retireLocked(w, "idle", false)
		}
	}
}
