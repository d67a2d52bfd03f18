package server

import (
	"strconv"
	"sync"
	"time"

	"github.com/gofiber/fiber/v2"

	"github.com/fnflow/fnflow/models"
)

// rateLimiter counts requests per key in fixed one-minute windows, in this
// process (several API processes each apply the limit to what they see).
type rateLimiter struct {
	limit  int
	window time.Duration
	mu     sync.Mutex
	counts map[string]*rateWindow
}

type rateWindow struct {
	start time.Time
	n     int
}

func newRateLimiter(limit int, window time.Duration) *rateLimiter {
	return &rateLimiter{limit: limit, window: window, counts: map[string]*rateWindow{}}
}

// take counts one request for key and reports whether it is allowed, how
// many remain and when the window resets.
func (l *rateLimiter) take(key string, now time.Time) (ok bool, remaining int, reset time.Time) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(l.counts) > 10_000 { // forget finished windows now and then
		for k, w := range l.counts {
			if now.Sub(w.start) >= l.window {
				delete(l.counts, k)
			}
		}
	}
	w := l.counts[key]
	if w == nil || now.Sub(w.start) >= l.window {
		w = &rateWindow{start: now}
		l.counts[key] = w
	}
	reset = w.start.Add(l.window)
	if w.n >= l.limit {
		return false, 0, reset
	}
	w.n++
	return true, l.limit - w.n, reset
}

// rateLimit limits callers without an API key per client IP and route, with
// Appwrite's X-RateLimit-* headers and 429 general_rate_limit_exceeded.
func (s *Server) rateLimit(l *rateLimiter, route string) fiber.Handler {
	return func(c *fiber.Ctx) error {
		if principalOf(c).isAdmin() {
			return c.Next()
		}
		if err := l.check(c, route); err != nil {
			return err
		}
		return c.Next()
	}
}

// check counts one request of the caller's IP on route (nothing when l is
// nil: no limit configured), sets the X-RateLimit-* headers and answers
// 429 once the window's budget is spent.
func (l *rateLimiter) check(c *fiber.Ctx, route string) error {
	if l == nil {
		return nil
	}
	ok, remaining, reset := l.take(route+"|"+c.IP(), time.Now())
	c.Set("X-RateLimit-Limit", strconv.Itoa(l.limit))
	c.Set("X-RateLimit-Remaining", strconv.Itoa(remaining))
	c.Set("X-RateLimit-Reset", strconv.FormatInt(reset.Unix(), 10))
	if !ok {
		return models.Errorf(models.CodeGeneralRateLimitExceeded, "Rate limit for the current endpoint has been exceeded. Please try again after some time.")
	}
	return nil
}

// executionRoute is the rate-limit bucket shared by POST …/executions and
// function domains: both start executions, so a caller has one budget.
const executionRoute = "createExecution"
