package server

import "github.com/gofiber/fiber/v2"

// logIDs are the IDs a request's log lines carry besides its request ID:
// project (the caller's), function, deployment, execution and variable
// from the route's parameters, or the execution a function-domain request
// ran (its x-appwrite-execution-id answer header). Empty ones are left
// out.
func logIDs(c *fiber.Ctx) []any {
	var out []any
	if p := principalOf(c); p != nil && p.project != nil {
		out = append(out, "project_id", p.project.ID)
	}
	for _, k := range [...]struct{ param, key string }{
		{"functionId", "function_id"}, {"deploymentId", "deployment_id"}, {"executionId", "execution_id"}, {"variableId", "variable_id"},
	} {
		if v := c.Params(k.param); v != "" {
			out = append(out, k.key, v)
		}
	}
	if c.Params("executionId") == "" {
		if v := c.Response().Header.Peek("x-appwrite-execution-id"); len(v) > 0 {
			out = append(out, "execution_id", string(v))
		}
	}
	return out
}
