package server

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net"
	"slices"
	"strings"
	"time"

	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/adaptor"
	"github.com/valyala/fasthttp"
	"go.temporal.io/sdk/client"

	"github.com/fnflow/fnflow/artifacts"
	"github.com/fnflow/fnflow/config"
	"github.com/fnflow/fnflow/events"
	"github.com/fnflow/fnflow/internal/syncwait"
	"github.com/fnflow/fnflow/metrics"
	"github.com/fnflow/fnflow/models"
	"github.com/fnflow/fnflow/tracing"
)

// RuntimeInfo describes a runtime offered by this installation.
type RuntimeInfo struct {
	ID       string
	Key      string
	Name     string
	Version  string
	Base     string
	Image    string
	Logo     string
	Supports []string
}

// HealthCheck is one dependency reported by /v1/health.
type HealthCheck struct {
	Name  string
	Check func(ctx context.Context) error
}

// FunctionHooks is told about function changes that reach beyond the store:
// cron schedules, warm containers, leftover artifacts. Nil means none.
type FunctionHooks interface {
	FunctionChanged(ctx context.Context, f *models.Function) error
	FunctionDeleted(ctx context.Context, projectID, functionID string) error
}

// Workflows is the part of the Temporal client the API uses: it starts
// workflows (by their names in package contract) and stops them.
type Workflows interface {
	ExecuteWorkflow(ctx context.Context, options client.StartWorkflowOptions, workflow any, args ...any) (client.WorkflowRun, error)
	CancelWorkflow(ctx context.Context, workflowID string, runID string) error
	TerminateWorkflow(ctx context.Context, workflowID string, runID string, reason string, details ...any) error
	GetWorkflow(ctx context.Context, workflowID string, runID string) client.WorkflowRun
}

// Deps are what the API needs; cmd/fnflow wires them.
type Deps struct {
	Config   config.Config
	Store    *models.Store
	Log      *slog.Logger
	Runtimes []RuntimeInfo
	Health   []HealthCheck
	Hooks    FunctionHooks
	// Temporal starts and awaits workflows (builds, executions).
	Temporal Workflows
	// Artifacts stores uploaded sources and build outputs.
	Artifacts artifacts.Store
	// Events receives deployment and execution events.
	Events *events.Bus
	// SyncWaiters are the synchronous execution callers waiting in this
	// process; the worker's runs hand them their results (nil: none, the
	// API waits for the workflow and reads the result back).
	SyncWaiters *syncwait.Waiters
	// WorkerInProcess: this process also runs the worker (fnflow serve),
	// so an eagerly started async run happens here and may take what the
	// handler checked (syncwait.Hold).
	WorkerInProcess bool
	// Metrics records the requests and serves GET /metrics to loopback
	// clients (nil: neither).
	Metrics *metrics.Metrics
	// Tracing starts a span per request (nil: tracing disabled, no span).
	Tracing *tracing.Tracing
	// Routes lets other parts (deployments, executions) add their handlers.
	Routes []func(r fiber.Router, s *Server)
}

// Server is the HTTP API.
type Server struct {
	cfg      config.Config
	store    *models.Store
	log      *slog.Logger
	runtimes map[string]RuntimeInfo
	runtimeL []RuntimeInfo
	health   []HealthCheck
	hooks    FunctionHooks
	temporal Workflows
	arts     artifacts.Store
	events   *events.Bus
	waiters  *syncwait.Waiters
	// holdAsync: see Deps.WorkerInProcess.
	holdAsync bool
	app       *fiber.App
	// domains maps lower-cased custom host names to "projectId/functionId".
	domains map[string]string
	// execLimiter limits guests' and users' executions per client IP, on
	// POST …/executions and on function domains alike (nil: no limit).
	execLimiter *rateLimiter
	// authCache keeps found projects and API keys for authCacheTTL.
	authCache *authCache
}

// New builds the Fiber app with every route.
func New(d Deps) *Server {
	s := &Server{cfg: d.Config, store: d.Store, log: d.Log, health: d.Health, hooks: d.Hooks,
		temporal: d.Temporal, arts: d.Artifacts, events: d.Events, waiters: d.SyncWaiters, holdAsync: d.WorkerInProcess,
		runtimes: map[string]RuntimeInfo{}, runtimeL: d.Runtimes, domains: map[string]string{},
		authCache: newAuthCache()}
	for host, target := range d.Config.Server.Domains {
		s.domains[strings.ToLower(strings.TrimSuffix(host, "."))] = target
	}
	for _, r := range d.Runtimes {
		s.runtimes[r.ID] = r
	}
	if n := d.Config.Server.ExecutionRateLimit; n > 0 {
		s.execLimiter = newRateLimiter(n, time.Minute)
	}
	s.app = fiber.New(fiber.Config{
		AppName:               "fnflow",
		BodyLimit:             d.Config.Server.BodyLimit,
		Immutable:             true,
		DisableStartupMessage: true,
		ErrorHandler:          s.errorHandler,
		ReadTimeout:           5 * time.Minute,
		WriteTimeout:          5 * time.Minute,
		IdleTimeout:           2 * time.Minute,
		ReadBufferSize:        16 << 10,
		StreamRequestBody:     false,
	})
	s.app.Use(s.requestID, d.Metrics.Fiber(s.isDomain))
	if d.Tracing.Enabled() {
		s.app.Use(s.traceRequests(d.Tracing))
	}
	s.app.Use(s.accessLog, s.recoverPanics)
	// Function domains take the request before any API route matches.
	s.app.Use(s.functionDomain)
	s.app.Use(s.appwriteHeaders) // after functionDomain: a function's response is its own
	if d.Metrics != nil {
		s.app.Get("/metrics", loopbackOnly, adaptor.HTTPHandler(d.Metrics.Handler()))
	}
	v1 := s.app.Group("/v1")
	v1.Get("/health", s.handleHealth)
	v1.Get("/health/live", s.handleLive)
	s.registerHealth(v1) // Appwrite's /v1/health/* (health_routes.go)
	fn := v1.Group("/functions", s.resolveProject)
	s.registerFunctions(fn)
	s.registerProjectVariables(v1.Group("/project", s.resolveProject))
	s.registerEvents(v1.Group("/events", s.resolveProject))
	for _, add := range d.Routes {
		add(fn, s)
	}
	s.app.Use(func(c *fiber.Ctx) error { return fiber.ErrNotFound })
	srv := s.app.Server()
	srv.Handler = s.unknownMethods(srv.Handler)
	return s
}

// routeNotFound is Appwrite's general_route_not_found message.
const routeNotFound = "The requested route was not found. Please refer to the API docs and try again."

// unknownMethods answers a request method Fiber does not route (BREW,
// PROPFIND, lower-case get, ...) as Appwrite does, whose router sends any
// unknown method to its wildcard route: 404 general_route_not_found with
// the JSON error body. (Fiber itself would answer plain text before any
// middleware runs.)
func (s *Server) unknownMethods(next fasthttp.RequestHandler) fasthttp.RequestHandler {
	return func(ctx *fasthttp.RequestCtx) {
		if slices.Contains(fiber.DefaultMethods, string(ctx.Method())) {
			next(ctx)
			return
		}
		body, _ := json.Marshal(errorBody{Code: fiber.StatusNotFound, Type: string(models.CodeGeneralRouteNotFound),
			Message: routeNotFound, Version: APIVersion})
		ctx.Response.Header.Set("Cache-Control", "no-cache, no-store, must-revalidate")
		ctx.Response.Header.Set("Expires", "0")
		ctx.Response.Header.Set("Pragma", "no-cache")
		ctx.SetContentType(fiber.MIMEApplicationJSON)
		ctx.SetStatusCode(fiber.StatusNotFound)
		ctx.SetBody(body)
		s.log.Info("http request", "method", string(ctx.Method()), "path", string(ctx.Path()), "status", fiber.StatusNotFound,
			"bytes_in", len(ctx.Request.Body()))
	}
}

// App exposes the Fiber app (tests use app.Test).
func (s *Server) App() *fiber.App { return s.app }

// Store gives route extensions access to the store.
func (s *Server) Store() *models.Store { return s.store }

// Config gives route extensions the configuration.
func (s *Server) Config() config.Config { return s.cfg }

// Log gives route extensions the logger.
func (s *Server) Log() *slog.Logger { return s.log }

// Serve answers on ln until Shutdown.
func (s *Server) Serve(ln net.Listener) error {
	if err := s.app.Listener(ln); err != nil {
		return fmt.Errorf("http server: %w", err)
	}
	return nil
}

// Shutdown stops accepting requests and waits for those in flight.
func (s *Server) Shutdown(ctx context.Context) error {
	return s.app.ShutdownWithContext(ctx)
}
