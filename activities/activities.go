package activities

import (
	"log/slog"
	"sync"

	"go.temporal.io/sdk/client"

	"github.com/fnflow/fnflow/artifacts"
	"github.com/fnflow/fnflow/config"
	"github.com/fnflow/fnflow/docker"
	"github.com/fnflow/fnflow/events"
	"github.com/fnflow/fnflow/internal/syncwait"
	"github.com/fnflow/fnflow/models"
	"github.com/fnflow/fnflow/runtimes"
)

// Activities holds what the activities need. Workflows call its methods
// through a nil *Activities; the worker registers a real one.
type Activities struct {
	Cfg       config.Config
	Store     *models.Store
	Engine    *docker.Engine
	Pool      *docker.Pool
	Artifacts artifacts.Store
	Events    *events.Bus
	Runtimes  map[string]runtimes.Definition
	Log       *slog.Logger
	// Temporal manages cron schedules (activation, self-healing cron fires).
	Temporal client.Client
	// SyncWaiters are the synchronous callers waiting in this process
	// (shared with the API).
	SyncWaiters *syncwait.Waiters
	// FunctionEndpoint is APPWRITE_FUNCTION_API_ENDPOINT: the API as the
	// containers reach it. Empty: the public URL + /v1.
	FunctionEndpoint string

	keySecrets sync.Map // project ID → ephemeral key secret (never changes once set)
}
