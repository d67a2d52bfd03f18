package server

import (
	"context"
	"sync"
	"time"

	"github.com/gofiber/fiber/v2"
)

// HealthCheckTimeout bounds each dependency check of /v1/health: an
// unreachable dependency is reported as failed within it.
const HealthCheckTimeout = 3 * time.Second

type healthJSON struct {
	Name    string  `json:"name"`
	Status  string  `json:"status"`
	PingMS  float64 `json:"ping"`
	Message string  `json:"message,omitempty"`
}

// handleHealth is readiness: it reports each dependency (database,
// Temporal, Docker), checked in parallel, and answers 503 when any of them
// fails. A load balancer stops sending traffic; an orchestrator should not
// restart the process for it (that is what /v1/health/live is for).
//
// The answer is also Appwrite's HealthStatus model (name "http", ping in
// milliseconds, status pass|fail), with the checks added.
func (s *Server) handleHealth(c *fiber.Ctx) error {
	began := time.Now()
	out := make([]healthJSON, len(s.health))
	var wg sync.WaitGroup
	for i, h := range s.health {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ctx, cancel := context.WithTimeout(c.UserContext(), HealthCheckTimeout)
			defer cancel()
			start := time.Now()
			err := h.Check(ctx)
			out[i] = healthJSON{Name: h.Name, Status: "pass", PingMS: float64(time.Since(start).Microseconds()) / 1000}
			if err != nil {
				out[i].Status, out[i].Message = "fail", err.Error()
				s.log.Warn("health check failed", "check", h.Name, "error", err)
			}
		}()
	}
	wg.Wait()
	status, overall := fiber.StatusOK, "pass"
	for _, r := range out {
		if r.Status != "pass" {
			status, overall = fiber.StatusServiceUnavailable, "fail"
		}
	}
	if status != fiber.StatusOK {
		c.Set(fiber.HeaderRetryAfter, "5")
	}
	return c.Status(status).JSON(fiber.Map{"name": "http", "ping": time.Since(began).Milliseconds(), "status": overall,
		"checks": out})
}

// handleLive is liveness: 200 whenever the process serves HTTP, whatever
// its dependencies do. fnflow waits for (and reconnects to) a missing
// database, Temporal or Docker by itself; restarting it would not help.
func (s *Server) handleLive(c *fiber.Ctx) error {
	return c.JSON(fiber.Map{"status": "pass"})
}
