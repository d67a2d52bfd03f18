// Package contract is what crosses the Temporal boundary: workflow names and
// IDs, search attributes, the inputs and outcomes of workflows and
// activities, and the error types activities fail with. Workflows,
// activities, the worker and the API all import it; it imports only models
// and the Temporal SDK's value types, never fnflow's I/O packages.
//
// Everything here is recorded in workflow histories (names, IDs, payload
// field names, error types): renaming a field or a string breaks the replay
// of histories written by older versions (workflows/testdata).
package contract
