package metrics

import (
	"time"

	"github.com/gofiber/fiber/v2"
)

// Route labels of requests no API route answered.
const (
	RouteFunctionDomain = "function_domain" // a request on a function's domain (any path)
	RouteUnmatched      = "unmatched"       // no route: 404 general_route_not_found
)

// Fiber is the API middleware recording fnflow_http_requests_total and
// fnflow_http_request_duration_seconds. Place it outside the middleware
// that turns errors into responses (the status is read after it), before
// the function-domain middleware. The route label is the matched route's
// pattern (/v1/functions/:functionId/executions), never the raw path, so
// IDs do not become series; isDomain tells a function-domain request. A
// request a group's middleware refused (401 without a project) carries
// the group's prefix (/v1/functions); the catch-all at / (fnflow has no
// route there) is unmatched.
func (m *Metrics) Fiber(isDomain func(c *fiber.Ctx) bool) fiber.Handler {
	return func(c *fiber.Ctx) error {
		if m == nil {
			return c.Next()
		}
		start := time.Now()
		err := c.Next()
		route := RouteUnmatched
		switch r := c.Route(); {
		case isDomain != nil && isDomain(c):
			route = RouteFunctionDomain
		case r != nil && r.Path != "" && r.Path != "/":
			route = r.Path
		}
		m.HTTPRequest(c.Method(), route, c.Response().StatusCode(), time.Since(start))
		return err
	}
}
