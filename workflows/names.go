package workflows

import (
	"go.temporal.io/api/enums/v1"
	"go.temporal.io/sdk/temporal"
)

// Search attributes set on every workflow so that the Temporal UI can filter
// by project, function, deployment and trigger.
var (
	SAProjectID    = temporal.NewSearchAttributeKeyKeyword("ProjectId")
	SAFunctionID   = temporal.NewSearchAttributeKeyKeyword("FunctionId")
	SADeploymentID = temporal.NewSearchAttributeKeyKeyword("DeploymentId")
	SATrigger      = temporal.NewSearchAttributeKeyKeyword("Trigger")
)

// SearchAttributes lists the custom search attributes with their types, for
// registration at start.
var SearchAttributes = map[string]enums.IndexedValueType{
	SAProjectID.GetName():    enums.INDEXED_VALUE_TYPE_KEYWORD,
	SAFunctionID.GetName():   enums.INDEXED_VALUE_TYPE_KEYWORD,
	SADeploymentID.GetName(): enums.INDEXED_VALUE_TYPE_KEYWORD,
	SATrigger.GetName():      enums.INDEXED_VALUE_TYPE_KEYWORD,
}
