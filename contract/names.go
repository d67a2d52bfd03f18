package contract

// Registered workflow type names (the worker registers each workflow under
// its name here; they equal the Go function names, as the SDK's default
// did, so recorded histories replay).
const (
	ExecutionWorkflow = "ExecutionWorkflow"
	CronWorkflow      = "CronWorkflow"
	BuildWorkflow     = "BuildWorkflow"
	EventWorkflow     = "EventWorkflow"
	CleanupWorkflow   = "CleanupWorkflow"
	// ConcurrencyWorkflow is a function's semaphore (maxConcurrency).
	ConcurrencyWorkflow = "ConcurrencyWorkflow"
)

// Signals of the concurrency workflow (acquire, release) and of an
// execution's workflow (granted: it may run).
const (
	SignalAcquire = "fnflow-acquire"
	SignalRelease = "fnflow-release"
	SignalGranted = "fnflow-granted"
)

// ConcurrencyWorkflowID is the workflow ID of a function's semaphore.
func ConcurrencyWorkflowID(projectID, functionID string) string {
	return ConcurrencyIDPrefix + projectID + "-" + functionID
}

// Workflow ID prefixes.
const (
	ExecutionIDPrefix   = "exec-"
	CronIDPrefix        = "cron-"
	BuildIDPrefix       = "build-"
	EventIDPrefix       = "event-"
	CleanupIDPrefix     = "cleanup-"
	ConcurrencyIDPrefix = "concurrency-"
)

// ExecutionWorkflowID is the workflow ID of one execution.
func ExecutionWorkflowID(projectID, executionID string) string {
	return ExecutionIDPrefix + projectID + "-" + executionID
}

// ScheduleID is the ID of a function's cron schedule (and the workflow ID
// prefix of its fires, which Temporal suffixes with the fire time).
func ScheduleID(projectID, functionID string) string {
	return CronIDPrefix + projectID + "-" + functionID
}

// BuildWorkflowID is the workflow ID of a deployment's build.
func BuildWorkflowID(projectID, deploymentID string) string {
	return BuildIDPrefix + projectID + "-" + deploymentID
}

// EventWorkflowID is the workflow ID of one posted event's dispatch.
func EventWorkflowID(projectID, eventID string) string {
	return EventIDPrefix + projectID + "-" + eventID
}

// CleanupWorkflowID is the workflow ID of the cleanup after a function
// (deploymentID empty) or a deployment was deleted:
// cleanup-<project>/<function>[/<deployment>]. "/" cannot occur in IDs, so
// two owners never share one.
func CleanupWorkflowID(projectID, functionID, deploymentID string) string {
	id := CleanupIDPrefix + projectID + "/" + functionID
	if deploymentID != "" {
		id += "/" + deploymentID
	}
	return id
}

// Trigger search-attribute values of workflows that are not executions
// (executions use models.TriggerHTTP, TriggerSchedule, TriggerEvent).
const (
	TriggerBuild   = "build"
	TriggerCleanup = "cleanup"
	// TriggerConcurrency marks a function's semaphore workflow.
	TriggerConcurrency = "concurrency"
)
