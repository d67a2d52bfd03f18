package server

import (
	"github.com/gofiber/fiber/v2"
)

// loopbackOnly lets GET /metrics answer loopback clients only; anyone else
// gets the answer for an unknown route (metrics name functions and show
// load: not for the public port). Set metrics.listen to scrape from
// elsewhere.
func loopbackOnly(c *fiber.Ctx) error {
	if ip := c.Context().RemoteIP(); ip == nil || !ip.IsLoopback() {
		return fiber.ErrNotFound
	}
	return c.Next()
}

// isDomain tells a request on a function domain (for the metrics' route
// label).
func (s *Server) isDomain(c *fiber.Ctx) bool {
	_, _, ok := s.domainTarget(string(c.Request().Header.Host()))
	return ok
}
