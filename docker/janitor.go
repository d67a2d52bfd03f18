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
