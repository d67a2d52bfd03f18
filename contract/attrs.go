package contract

import (
	"go.temporal.io/api/enums/v1"
	"go.temporal.io/sdk/temporal"
)

// Search attributes set on workflows so that the Temporal UI can filter by
// project, function, deployment and trigger.
var (
	SAProjectID    = temporal.NewSearchAttributeKeyKeyword("ProjectId")
	SAFunctionID   = temporal.NewSearchAttributeKeyKeyword("FunctionId")
	SADeploymentID = temporal.NewSearchAttributeKeyKeyword("DeploymentId")
	SATrigger      = temporal.NewSearchAttributeKeyKeyword("Trigger")
)

// SearchAttributeTypes lists the custom search attributes with their types,
// for registration at start.
var SearchAttributeTypes = map[string]enums.IndexedValueType{
	SAProjectID.GetName():    enums.INDEXED_VALUE_TYPE_KEYWORD,
	SAFunctionID.GetName():   enums.INDEXED_VALUE_TYPE_KEYWORD,
	SADeploymentID.GetName(): enums.INDEXED_VALUE_TYPE_KEYWORD,
	SATrigger.GetName():      enums.INDEXED_VALUE_TYPE_KEYWORD,
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
