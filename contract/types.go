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
	// Policy is the function's policy as the API read it when it started
	// the workflow (fnflow-durable version 3): the workflow then needs
	// neither the LoadExecutionPolicy local activity nor a version marker.
	// Absent (histories from before, cron, event, failure-hook and
	// delayed runs): the workflow records its version and loads the
	// policy when it starts.
	Policy *ExecutionPolicy `json:",omitempty"`
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
	// Attempt is the 1-based attempt of the run (0 in histories from before
	// retries: attempt 1). The function sees it as x-fnflow-attempt.
	Attempt int `json:",omitempty"`
	// RetryAfterSeconds: should this attempt fail, the next one runs after
	// that many seconds; nil: this is the last attempt. A failed attempt
	// with a next one is recorded with status scheduled and scheduledAt the
	// time of the next attempt.
	RetryAfterSeconds *int `json:",omitempty"`
	// Route (warm routing, workflows since fnflow-durable version 2): the run may
	// answer Outcome.RouteTo instead of running when another worker holds a
	// warm instance of the deployment and this one does not. False: run
	// here whatever (a routed run, or the fallback after its queue did not
	// pick it up in time).
	Route bool `json:",omitempty"`
	// Mark: the run marks the execution processing first (what the
	// MarkExecutionProcessing local activity did before fnflow-durable version 2);
	// not marked (deleted, finished): the run answers Skipped.
	Mark bool `json:",omitempty"`
}

// ExecutionPolicy is what an execution's workflow reads of its function
// when it starts (fnflow extensions): retries, flow control and the failure
// hook.
type ExecutionPolicy struct {
	// Found is false when the function (or, for a function with a failure
	// function, the execution) is gone.
	Found bool
	// Retries is how many times a failed run is run again (0-20).
	Retries int
	// RetryDelaySeconds is the delay before the first retry; it doubles
	// for each next one, capped at MaxRetryDelay.
	RetryDelaySeconds int
	// MaxConcurrency bounds the runs of the function in flight (0: no
	// bound); the rest wait in its ConcurrencyWorkflow's queue.
	MaxConcurrency int
	// FailureFunctionID runs, async, when an execution ends failed after
	// its last attempt.
	FailureFunctionID string
	// FailureHook is true when this execution is itself a failure
	// function's run: its own failure starts no hook (no loops).
	FailureHook bool
	// SyncTimeoutSeconds is executions.sync_timeout: a sync execution
	// retries only while its caller still waits.
	SyncTimeoutSeconds int
}

// ConcurrencyRequest asks a function's ConcurrencyWorkflow for a slot
// (signal SignalAcquire). Limit is the function's maxConcurrency when the
// execution started; the latest request's limit applies.
type ConcurrencyRequest struct {
	ProjectID  string
	FunctionID string
	WorkflowID string
	Limit      int
}

// ConcurrencyState is a ConcurrencyWorkflow's input: empty when started,
// the slots held and the queue when it continues as new.
type ConcurrencyState struct {
	ProjectID  string
	FunctionID string
	Limit      int
	Holders    []string             `json:",omitempty"`
	Queue      []ConcurrencyRequest `json:",omitempty"`
}

// MaxRetryDelay caps the doubling retry delay.
const MaxRetryDelay = time.Hour

// RetryDelay is the wait before attempt next (2-based): the function's
// retryDelay doubled for each earlier retry, capped at MaxRetryDelay.
func RetryDelay(seconds, next int) time.Duration {
	d := time.Duration(max(seconds, 0)) * time.Second
	for i := 2; i < next && d < MaxRetryDelay; i++ {
		d *= 2
	}
	return min(d, MaxRetryDelay)
}

// Outcome is the small summary a run returns to its workflow.
type Outcome struct {
	Status     string
	StatusCode int
	// Skipped is true when the execution was no longer runnable (deleted,
	// already finished): nothing was run.
	Skipped bool
	// Attempts is how many attempts ran (fnflow retries).
	Attempts int `json:",omitempty"`
	// RouteTo is set instead of a result when the run was not run here:
	// the task queue of a worker holding a warm instance of the deployment
	// (ExecutionRef.Route).
	RouteTo string `json:",omitempty"`
}

// WorkerQueue is the task queue only one worker polls (warm routing):
// the shared queue's name, "-", the worker's docker.instance_id.
func WorkerQueue(sharedQueue, instanceID string) string { return sharedQueue + "-" + instanceID }

// RouteScheduleToStart bounds how long a routed run waits for its worker
// to pick it up before it runs where the workflow is (the worker is gone
// or saturated).
const RouteScheduleToStart = 3 * time.Second

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
	// TimeoutSeconds bounds the build command (config
	// limits.build_timeout), in seconds as every duration in workflow
	// inputs.
	TimeoutSeconds int `json:",omitempty"`
	// Timeout is the same bound in nanoseconds, as histories from before
	// TimeoutSeconds carry it; new inputs leave it zero.
	Timeout time.Duration `json:",omitempty"`
}

// BuildTimeout is the bound of the build command.
func (in BuildInput) BuildTimeout() time.Duration {
	if in.TimeoutSeconds > 0 {
		return time.Duration(in.TimeoutSeconds) * time.Second
	}
	return in.Timeout
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
	Artifacts  int // deployments whose archives were removed (function deletion)
}

// RunGrace is added to the function's timeout for the run activity's
// StartToClose: cold start, code extraction and recording the result.
const RunGrace = 60 * time.Second
