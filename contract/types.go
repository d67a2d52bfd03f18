package contract

import "time"

// ExecutionInput starts an ExecutionWorkflow. IDs only: the request, the
// response and the logs stay in the store.
type ExecutionInput struct {
	ProjectID   string
	FunctionID  string
	ExecutionID string
	// Timeout is the function's timeout in seconds.
	Timeout int
	// Sync runs the container call as a local activity on the worker that
	// got the (eagerly started) workflow task: no activity task, no matching
	// hop. Async and delayed runs use a regular, heartbeating activity that
	// any worker may pick up.
	Sync bool
}

// ExecutionRef names one execution. Workflow payloads carry only this; the
// request, response and logs stay in the store.
type ExecutionRef struct {
	ProjectID   string
	FunctionID  string
	ExecutionID string
	// Sync: a caller is waiting for the answer (ExecutionInput.Sync). The run
	// keeps the whole response for it.
	Sync bool `json:",omitempty"`
}

// Outcome is the small summary a run returns to its workflow.
type Outcome struct {
	Status     string
	StatusCode int
	// Skipped is true when the execution was no longer runnable (deleted,
	// already finished): nothing was run.
	Skipped bool
}

// CronInput starts a CronWorkflow: the action of a function's schedule.
type CronInput struct {
	ProjectID  string
	FunctionID string
}

// CronFire tells the cron workflow whether and how to run a fire.
type CronFire struct {
	Run          bool
	Timeout      int
	DeploymentID string
}

// EventInput names a stored event; it starts an EventWorkflow and is the
// input of its dispatch activity.
type EventInput struct {
	ProjectID string
	EventID   string
}

// EventRun is one execution an event started.
type EventRun struct {
	FunctionID   string
	ExecutionID  string
	DeploymentID string
	Timeout      int
}

// BuildInput names the deployment to build. It is the BuildWorkflow input.
type BuildInput struct {
	ProjectID    string
	FunctionID   string
	DeploymentID string
	// Timeout bounds the build command (config limits.build_timeout).
	Timeout time.Duration
}

// BuildOutput is what a successful build produced.
type BuildOutput struct {
	OutputPath      string
	BuildSize       int64
	DurationSeconds int
}

// BuildFinishInput records how a build ended.
type BuildFinishInput struct {
	BuildInput
	Status string // models.DeploymentReady, DeploymentFailed or DeploymentCanceled
	Output BuildOutput
	// Message is appended to the build logs of a failed build.
	Message string
}

// CleanupInput names a deleted function (DeploymentID empty) or deployment
// whose containers must go. It starts a CleanupWorkflow.
type CleanupInput struct {
	ProjectID    string
	FunctionID   string
	DeploymentID string
	// DeploymentIDs are the function's deployments at its deletion (function
	// cleanup only): their cached build outputs are removed too.
	DeploymentIDs []string
	// DeletedAt is when the rows were deleted. When the cleanup runs, the
	// function or deployment may exist again under the same ID: then only
	// containers created no later than DeletedAt are removed.
	DeletedAt time.Time
}

// CleanupResult says what a cleanup removed (kept in the workflow history).
type CleanupResult struct {
	Containers int
	CodeDirs   int
}

// RunGrace is added to the function's timeout for the run activity's
// StartToClose: cold start, code extraction and recording the result.
const RunGrace = 60 * time.Second
