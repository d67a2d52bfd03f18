package server_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"go.temporal.io/api/workflowservice/v1"

	"github.com/fnflow/fnflow/internal/testenv"
)

// visibleIDs lists the workflow IDs a visibility query finds (all pages).
func visibleIDs(t *testing.T, r *testenv.Running, query string) []string {
	t.Helper()
	var ids []string
	var token []byte
	for {
		resp, err := r.App.Temporal.ListWorkflow(context.Background(), &workflowservice.ListWorkflowExecutionsRequest{
			Query: query, NextPageToken: token})
		if err != nil {
			t.Fatalf("list workflows %q: %v", query, err)
		}
		for _, e := range resp.Executions {
			ids = append(ids, e.Execution.WorkflowId)
		}
		if token = resp.NextPageToken; len(token) == 0 {
			return ids
		}
	}
}

// wantSearchable checks, through Temporal's visibility API (what the
// Temporal UI filters with), that the workflow is found by all its search
// attributes together and by each one alone, and not by a wrong value of
// any. Visibility lags, so finding waits (bounded). Names are not quoted:
// the trigger's attribute is ExecutionTrigger since a bare Trigger (its
// first name) is a keyword to Temporal's list-filter parser.
func wantSearchable(t *testing.T, r *testenv.Running, workflowID string, attrs map[string]string) {
	t.Helper()
	var all []string
	for _, k := range []string{"ProjectId", "FunctionId", "DeploymentId", "ExecutionTrigger"} {
		if v, ok := attrs[k]; ok {
			all = append(all, fmt.Sprintf("%s = '%s'", k, v))
		}
	}
	together := strings.Join(all, " AND ")
	deadline := time.Now().Add(30 * time.Second)
	for !slices.Contains(visibleIDs(t, r, together), workflowID) {
		if time.Now().After(deadline) {
			t.Fatalf("workflow %s not found by %s", workflowID, together)
		}
		time.Sleep(300 * time.Millisecond)
	}
	for k, v := range attrs {
		if got := visibleIDs(t, r, fmt.Sprintf("WorkflowId = '%s' AND %s = '%s'", workflowID, k, v)); !slices.Equal(got, []string{workflowID}) {
			t.Errorf("%s = %q finds %v, want %s", k, v, got, workflowID)
		}
		if got := visibleIDs(t, r, fmt.Sprintf("WorkflowId = '%s' AND %s = '%s-other'", workflowID, k, v)); len(got) != 0 {
			t.Errorf("%s = %q-other finds %v", k, v, got)
		}
	}
}
