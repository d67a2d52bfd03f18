package activities

import (
	"context"
	"log/slog"
	"sync"
	"time"

	"go.temporal.io/sdk/client"

	"github.com/fnflow/fnflow/artifacts"
	"github.com/fnflow/fnflow/config"
	"github.com/fnflow/fnflow/docker"
	"github.com/fnflow/fnflow/events"
	"github.com/fnflow/fnflow/internal/syncwait"
	"github.com/fnflow/fnflow/metrics"
	"github.com/fnflow/fnflow/models"
	"github.com/fnflow/fnflow/runtimes"
)

// Pool is the part of the warm pool (docker.Pool) the activities use.
type Pool interface {
	Execute(ctx context.Context, spec docker.RuntimeSpec, req docker.Request) (*docker.Response, error)
	Prewarm(ctx context.Context, spec docker.RuntimeSpec) error
	// ExpectImage: a build for image is starting (spares, docker/spare.go).
	ExpectImage(image string)
	RemoveOwner(ctx context.Context, o docker.Owner, before time.Time) (int, error)
	// Instances is how many containers serve the deployment now.
	Instances(deploymentID string) int
}

// Router finds another worker holding a warm instance of a deployment
// (warm routing): the task queue only that worker polls, or "".
type Router interface {
	WarmElsewhere(ctx context.Context, deploymentID string) (string, error)
}

// BuildEngine is the part of the Docker engine (docker.Engine) the build and
// cleanup activities use.
type BuildEngine interface {
	RunBuild(ctx context.Context, spec docker.BuildSpec, onOutput func([]byte)) (docker.BuildResult, error)
	RemoveOwned(ctx context.Context, role docker.Role, o docker.Owner, before time.Time) (int, error)
}

// Activities holds what the activities need. Workflows call its methods
// through a nil *Activities; the worker registers a real one.
type Activities struct {
	Cfg       config.Config
	Store     *models.Store
	Engine    BuildEngine
	Pool      Pool
	Artifacts artifacts.Store
	Events    *events.Bus
	Runtimes  map[string]runtimes.Definition
	Log       *slog.Logger
	// Schedules manages cron schedules (activation, self-healing cron
	// fires); nil: none.
	Schedules client.ScheduleClient
	// SyncWaiters are the synchronous callers waiting in this process
	// (shared with the API).
	SyncWaiters *syncwait.Waiters
	// Temporal starts and signals a function's ConcurrencyWorkflow
	// (maxConcurrency); nil: functions with a bound cannot run.
	Temporal TemporalClient
	// FunctionEndpoint is APPWRITE_FUNCTION_API_ENDPOINT: the API as the
	// containers reach it. Empty: the public URL + /v1.
	FunctionEndpoint string
	// Metrics records executions and builds (nil: nothing recorded).
	Metrics *metrics.Metrics
	// Router sends a run whose deployment is cold here to a worker where
	// it is warm (nil: every run runs here).
	Router Router

	keySecrets sync.Map // project ID → ephemeral key secret (never changes once set)
}
