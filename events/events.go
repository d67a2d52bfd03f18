package events

import (
	"context"
	"strings"
	"sync"
	"time"
)

// Event is one happening, e.g. functions.f1.deployments.d1.update.
type Event struct {
	ProjectID string
	Name      string
	Payload   any
	At        time.Time
}

// Handler receives events. It must not block for long.
type Handler func(ctx context.Context, e Event)

// Bus fans events out to subscribers. The zero value is ready to use.
type Bus struct {
	mu   sync.RWMutex
	subs []Handler
}

// Subscribe adds a handler.
func (b *Bus) Subscribe(h Handler) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.subs = append(b.subs, h)
}

// HasSubscribers reports whether anyone listens, so publishers can skip
// building a payload nobody reads.
func (b *Bus) HasSubscribers() bool {
	if b == nil {
		return false
	}
	b.mu.RLock()
	defer b.mu.RUnlock()
	return len(b.subs) > 0
}

// Publish delivers an event to every subscriber, synchronously.
func (b *Bus) Publish(ctx context.Context, projectID, name string, payload any) {
	if b == nil {
		return
	}
	b.mu.RLock()
	subs := append([]Handler(nil), b.subs...)
	b.mu.RUnlock()
	e := Event{ProjectID: projectID, Name: name, Payload: payload, At: time.Now().UTC()}
	for _, h := range subs {
		h(ctx, e)
	}
}

// Expand lists the names an event is published under, as Appwrite does:
// the concrete name, every form with "*" in place of IDs, and the forms
// without the trailing action. functions.f1.deployments.d1.update gives
// functions.f1.deployments.d1.update, functions.*.deployments.*.update,
// functions.f1.deployments.d1, functions.f1 and functions.*, among others.
func Expand(name string) []string {
	parts := strings.Split(name, ".")
	// Resource segments alternate: type, id, type, id, ..., [action].
	var idIdx []int
	for i := 1; i < len(parts); i += 2 {
		if i < len(parts) && (i+1 < len(parts) || len(parts)%2 == 0) {
			idIdx = append(idIdx, i)
		}
	}
	seen := map[string]bool{}
	var out []string
	add := func(s string) {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	for mask := 0; mask < 1<<len(idIdx); mask++ {
		p := append([]string(nil), parts...)
		for j, i := range idIdx {
			if mask&(1<<j) != 0 {
				p[i] = "*"
			}
		}
		add(strings.Join(p, "."))
		// Without the action, and each shorter resource prefix.
		for end := len(p) - 1; end >= 2; end-- {
			if (end)%2 == 0 {
				add(strings.Join(p[:end], "."))
			}
		}
	}
	return out
}

// Match reports whether a subscription pattern (with * for IDs) matches an event name.
func Match(pattern, name string) bool {
	for _, v := range Expand(name) {
		if v == pattern {
			return true
		}
	}
	return false
}
