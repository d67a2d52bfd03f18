package server

import (
	"context"
	"time"

	"github.com/gofiber/fiber/v2"
)

type healthJSON struct {
	Name    string  `json:"name"`
	Status  string  `json:"status"`
	PingMS  float64 `json:"ping"`
	Message string  `json:"message,omitempty"`
}

// handleHealth reports each dependency (database, Temporal, Docker). It
// answers 503 when any of them fails.
func (s *Server) handleHealth(c *fiber.Ctx) error {
	ctx, cancel := context.WithTimeout(c.UserContext(), 5*time.Second)
	defer cancel()
	status := fiber.StatusOK
	out := make([]healthJSON, 0, len(s.health))
	for _, h := range s.health {
		start := time.Now()
		err := h.Check(ctx)
		r := healthJSON{Name: h.Name, Status: "pass", PingMS: float64(time.Since(start).Microseconds()) / 1000}
		if err != nil {
			r.Status, r.Message = "fail", err.Error()
			status = fiber.StatusServiceUnavailable
			s.log.Warn("health check failed", "check", h.Name, "error", err)
		}
		out = append(out, r)
	}
	overall := "pass"
	if status != fiber.StatusOK {
		overall = "fail"
	}
	return c.Status(status).JSON(fiber.Map{"status": overall, "checks": out})
}
