package server

import (
	"net"
	"slices"
	"strings"

	"github.com/gofiber/fiber/v2"

	"github.com/fnflow/fnflow/models"
)

// Function domains: a request whose Host is
// "<functionId>.<projectId>.<server.domain_suffix>", or a custom host listed
// in server.domains, runs that function synchronously with trigger http and
// answers with the function's own status, headers and body. The project is
// part of the generated name because a function ID is unique only within
// its project; IDs containing dots are reachable only via custom domains.

// hopByHop are the connection-level headers a proxy never forwards.
var hopByHop = []string{"connection", "keep-alive", "proxy-authenticate", "proxy-authorization",
	"proxy-connection", "te", "trailer", "transfer-encoding", "upgrade"}

// domainTarget reports which function a Host names, if any. ok is false
// when the host is not a function domain (the request goes on to the API).
func (s *Server) domainTarget(host string) (projectID, functionID string, ok bool) {
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	host = strings.TrimSuffix(host, ".")
	if t, found := s.domains[strings.ToLower(host)]; found {
		projectID, functionID, _ = strings.Cut(t, "/")
		return projectID, functionID, true
	}
	suffix := s.cfg.Server.DomainSuffix
	if suffix == "" || len(host) <= len(suffix)+1 || !strings.EqualFold(host[len(host)-len(suffix):], suffix) ||
		host[len(host)-len(suffix)-1] != '.' {
		return "", "", false
	}
	// Split at the first dot: project IDs may contain dots, function IDs
	// reached this way may not.
	functionID, projectID, _ = strings.Cut(host[:len(host)-len(suffix)-1], ".")
	return projectID, functionID, true
}

// functionDomain runs before the API routes: on a function domain every
// path, /v1/... included, belongs to the function.
func (s *Server) functionDomain(c *fiber.Ctx) error {
	// The raw Host header: fasthttp lower-cases URI().Host(), and IDs may
	// hold capitals (clients that lower-case hosts reach only lower-case IDs).
	pid, fid, ok := s.domainTarget(string(c.Request().Header.Host()))
	if !ok {
		return c.Next()
	}
	if err := s.executeDomain(c, pid, fid); err != nil {
		return s.domainError(c, err) // JSON, or an HTML page for a browser (domains_page.go)
	}
	return nil
}

func (s *Server) executeDomain(c *fiber.Ctx, projectID, functionID string) error {
	ctx := c.UserContext()
	// Domain callers are guests or users: they share the execution rate
	// limit of POST …/executions (same bucket, headers and 429).
	if err := s.execLimiter.check(c, executionRoute); err != nil {
		return err
	}
	notFound := models.Errorf(models.CodeFunctionNotFound, "Function with the requested ID could not be found.")
	if !models.ValidID(projectID) || !models.ValidID(functionID) {
		return notFound
	}
	project, err := s.authCache.project(ctx, s.store, projectID)
	if models.IsCode(err, models.CodeProjectNotFound) {
		return notFound
	}
	if err != nil {
		return err
	}
	// Domain callers are guests, or users when they pass a valid
	// x-appwrite-user-jwt (which the function receives as well).
	pr := &principal{project: project, kind: kindGuest, scopes: guestScopes, roles: []string{"any", "guests"}}
	c.Locals(localPrincipal, pr)
	if token := c.Get("X-Appwrite-User-JWT"); token != "" {
		uid, err := s.verifyJWT(token, project.ID)
		if err != nil {
			return err
		}
		pr.kind, pr.userID, pr.jwt, pr.scopes = kindUser, uid, token, userScopes
		pr.roles = []string{"any", "users", "user:" + uid}
	}
	f, err := s.store.GetFunction(ctx, projectID, functionID)
	if err != nil {
		return err
	}
	if !f.Enabled {
		return notFound
	}
	if !domainMayExecute(pr, f.Execute) {
		return models.Errorf(models.CodeFunctionExecutePermissionMissing, "To execute function using domain, execute permissions must include \"any\" or \"guests\"")
	}
	d, err := s.activeDeployment(ctx, f)
	if err != nil {
		return err
	}
	body := c.Request().Body() // raw, not decompressed
	if limit := s.cfg.Limits.ExecutionBody; limit > 0 && len(body) > limit {
		return models.Errorf(models.CodeGeneralPayloadTooLarge, "Request body is too large.")
	}
	path := string(c.Request().Header.RequestURI())
	if !strings.HasPrefix(path, "/") { // absolute-form request target
		path = string(c.Request().URI().RequestURI())
	}
	// The methods an execution may have (as POST …/executions): CONNECT
	// reached the runtime, whose server hung up on it, and every such
	// request from any guest cost engine retries and an error log.
	if !slices.Contains(executionMethods, c.Method()) {
		return invalid("method", "Value must be one of ("+strings.Join(executionMethods, ", ")+")")
	}
	headers, err := domainRequestHeaders(c)
	if err != nil {
		return err
	}
	req := &executionRequest{body: string(body), path: path, method: c.Method(), headers: headers}
	e, answered, err := s.runExecution(ctx, execCall{pr: pr, f: f, d: d, req: req, clientIP: c.IP()})
	if err != nil {
		return err
	}
	s.writeFunctionResponse(c, e)
	answered()
	return nil
}

// domainMayExecute: Appwrite runs domain requests only for functions whose
// execute includes any or guests; fnflow also lets a caller with a verified
// x-appwrite-user-jwt through when execute names users or user:<id>.
func domainMayExecute(pr *principal, execute []string) bool {
	if slices.Contains(execute, "any") || slices.Contains(execute, "guests") {
		return true
	}
	return pr.kind == kindUser && pr.canExecute(execute)
}

// domainRequestHeaders are the caller's headers as the function gets them:
// lower-cased, without hop-by-hop headers and without any x-appwrite-*
// (the execution adds its own set, the verified user JWT included). A
// header value with a control character (NUL, CR, LF, ...) cannot be sent
// to the runtime: the request is refused.
func domainRequestHeaders(c *fiber.Ctx) (models.HeaderList, error) {
	drop := slices.Clone(hopByHop)
	for _, tok := range strings.Split(c.Get(fiber.HeaderConnection), ",") {
		if tok = strings.ToLower(strings.TrimSpace(tok)); tok != "" {
			drop = append(drop, tok)
		}
	}
	out := models.HeaderList{}
	bad := false
	c.Request().Header.VisitAll(func(k, v []byte) {
		name := strings.ToLower(string(k))
		if slices.Contains(drop, name) || strings.HasPrefix(name, "x-appwrite-") {
			return
		}
		if !models.ValidHeaderName(name) || !models.ValidHeaderValue(string(v)) {
			bad = true
			return
		}
		out = append(out, models.Header{Name: name, Value: string(v)})
	})
	if bad {
		return nil, invalid("headers", "Header names must be HTTP tokens and values must not contain control characters (NUL, CR, LF, ...).")
	}
	return out, nil
}

// writeFunctionResponse answers with the function's status, headers and
// body as they are, plus x-appwrite-execution-id. A status that is not a
// final one (1xx: a runtime can answer 101 by writing to its socket) is
// answered as 500: a 101 would tell a proxy in front of fnflow that the
// connection is now a tunnel, and the bytes it then passes through would
// reach this listener as requests of their own (request smuggling).
func (s *Server) writeFunctionResponse(c *fiber.Ctx, e *models.Execution) {
	status := e.ResponseStatusCode
	if status < 200 || status > 599 {
		status = fiber.StatusInternalServerError
	}
	rh := &c.Response().Header
	rh.SetNoDefaultContentType(true)
	for _, h := range e.ResponseHeaders {
		if slices.Contains(hopByHop, h.Name) || h.Name == "content-length" || h.Name == "x-appwrite-execution-id" {
			continue
		}
		rh.Add(h.Name, h.Value)
	}
	rh.Set("X-Appwrite-Execution-Id", e.ID)
	c.Status(status)
	c.Response().SetBodyRaw(e.ResponseBody)
	emptyErrorPage(c, status, e.ID)
}
