package contract

import (
	"go.temporal.io/api/enums/v1"
	"go.temporal.io/sdk/temporal"
)

// Search attributes set on workflows so that the Temporal UI can filter by
// project, function, deployment, trigger, outcome and attempts.
//
// The trigger was first registered as `Trigger`, which Temporal's query
// language reads as a keyword (a bare Trigger = 'http' is refused as "not a
// valid search attribute"). Workflows started since carry ExecutionTrigger;
// those started before keep Trigger (SALegacyTrigger, still registered so
// their queries work) until the namespace's retention removes them.
var (
	SAProjectID    = temporal.NewSearchAttributeKeyKeyword("ProjectId")
	SAFunctionID   = temporal.NewSearchAttributeKeyKeyword("FunctionId")
	SADeploymentID = temporal.NewSearchAttributeKeyKeyword("DeploymentId")
	SATrigger      = temporal.NewSearchAttributeKeyKeyword("ExecutionTrigger")
	// SAStatus is an execution's final status (completed, failed), set when
	// its run ends. Not "ExecutionStatus": that is Temporal's own attribute,
	// the workflow's status (Running, Completed, ...; a failed execution's
	// workflow is Completed).
	SAStatus = temporal.NewSearchAttributeKeyKeyword("ExecutionOutcome")
	// SAAttempts is how many attempts an execution's run took (set when it
	// ends, and before each retry).
	SAAttempts = temporal.NewSearchAttributeKeyInt64("ExecutionAttempts")
	// SALegacyTrigger is the trigger's former name, on workflows started by
	// earlier versions.
	SALegacyTrigger = temporal.NewSearchAttributeKeyKeyword("Trigger")
)

// SearchAttributeTypes lists the custom search attributes with their types,
// for registration at start.
var SearchAttributeTypes = map[string]enums.IndexedValueType{
	SAProjectID.GetName():     enums.INDEXED_VALUE_TYPE_KEYWORD,
	SAFunctionID.GetName():    enums.INDEXED_VALUE_TYPE_KEYWORD,
	SADeploymentID.GetName():  enums.INDEXED_VALUE_TYPE_KEYWORD,
	SATrigger.GetName():       enums.INDEXED_VALUE_TYPE_KEYWORD,
	SAStatus.GetName():        enums.INDEXED_VALUE_TYPE_KEYWORD,
	SAAttempts.GetName():      enums.INDEXED_VALUE_TYPE_INT,
	SALegacyTrigger.GetName(): enums.INDEXED_VALUE_TYPE_KEYWORD,
}

// Attrs are the search attributes of one workflow.
type Attrs struct {
	ProjectID    string
	FunctionID   string
	DeploymentID string
	Trigger      string
}

// SearchAttributes builds the typed search attributes of a workflow, a
// child workflow or a schedule action. Empty values are left out.
func SearchAttributes(a Attrs) temporal.SearchAttributes {
	var set []temporal.SearchAttributeUpdate
	for _, kv := range []struct {
		key temporal.SearchAttributeKeyKeyword
		val string
	}{{SAProjectID, a.ProjectID}, {SAFunctionID, a.FunctionID}, {SADeploymentID, a.DeploymentID}, {SATrigger, a.Trigger}} {
		if kv.val != "" {
			set = append(set, kv.key.ValueSet(kv.val))
		}
	}
	return temporal.NewSearchAttributes(set...)
}

// ExecutionSummary is the one line the Temporal UI shows for an execution's
// workflow (its static summary).
func ExecutionSummary(functionID, trigger, method, path string) string {
	s := "execution of " + functionID + " (" + trigger + ")"
	if method != "" {
		s += ": " + method + " " + path
	}
	return clip(s)
}

// BuildSummary is the static summary of a build workflow.
func BuildSummary(functionID, deploymentID string) string {
	return clip("build of " + functionID + ", deployment " + deploymentID)
}

// EventSummary is the static summary of an event's dispatch workflow.
func EventSummary(event string) string { return clip("event " + event) }

// CronSummary is the static summary of a function's schedule action.
func CronSummary(functionID, cron string) string {
	return clip("cron " + cron + " of " + functionID)
}

// ConcurrencySummary is the static summary of a function's semaphore.
func ConcurrencySummary(functionID string) string {
	return clip("maxConcurrency queue of " + functionID)
}

// clip keeps a summary within Temporal's single-line limit.
func clip(s string) string {
	const limit = 200
	if r := []rune(s); len(r) > limit {
		return string(r[:limit-1]) + "…"
	}
	return s
}
