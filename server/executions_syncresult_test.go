package server_test

import (
	"context"
	"strconv"
	"strings"
	"testing"
	"time"

	"go.temporal.io/api/enums/v1"

	"github.com/fnflow/fnflow/contract"
	"github.com/fnflow/fnflow/models"
)

// TestExecutionSyncAnswersFromRecordedResult: a sync execution answers as
// soon as its run is recorded (handed over in the process, internal/syncwait),
// with the full response, the stored row never holds more than reads show,
// and its workflow still completes with the same outcome.
func TestExecutionSyncAnswersFromRecordedResult(t *testing.T) {
	requireImages(t, "fnflow/runtime:node-18.0")
	r := startExecApp(t, nil)
	c := newClient(t, r)
	seedFunction(t, r, c, "fast", "node-18.0", "index.js", nodeEcho, nil)
	for i, status := range []int{200, 503} {
		res := c.do("POST", "/v1/functions/fast/executions", map[string]any{"body": "hello", "path": "/?status=" + strconv.Itoa(status)}, nil)
		if res.Status != 201 {
			t.Fatalf("run %d: status %d: %s", i, res.Status, res.Body)
		}
		m := res.JSON(t)
		wantStatus := models.ExecutionCompleted
		if status >= 500 {
			wantStatus = models.ExecutionFailed
		}
		if m["status"] != wantStatus || m["responseStatusCode"] != float64(status) ||
			!strings.Contains(m["responseBody"].(string), `"body":"hello"`) {
			t.Fatalf("run %d: %v", i, m)
		}
		stored, err := r.App.Store.GetExecution(context.Background(), r.ProjectID, "fast", m["$id"].(string))
		if err != nil {
			t.Fatal(err)
		}
		if len(stored.ResponseBody) != 0 {
			t.Fatalf("run %d: the stored row holds the response body %q", i, stored.ResponseBody)
		}
		for _, h := range stored.ResponseHeaders {
			if h.Name != "content-type" && h.Name != "content-length" {
				t.Fatalf("run %d: the stored row holds the response header %q", i, h.Name)
			}
		}
		wid := contract.ExecutionWorkflowID(r.ProjectID, m["$id"].(string))
		deadline := time.Now().Add(20 * time.Second)
		for {
			d, err := r.App.Temporal.DescribeWorkflowExecution(context.Background(), wid, "")
			if err != nil {
				t.Fatal(err)
			}
			if st := d.GetWorkflowExecutionInfo().GetStatus(); st == enums.WORKFLOW_EXECUTION_STATUS_COMPLETED {
				break
			} else if st != enums.WORKFLOW_EXECUTION_STATUS_RUNNING {
				t.Fatalf("run %d: workflow %s", i, st)
			}
			if time.Now().After(deadline) {
				t.Fatalf("run %d: workflow still running", i)
			}
			time.Sleep(50 * time.Millisecond)
		}
		var out contract.Outcome
		if err := r.App.Temporal.GetWorkflow(context.Background(), wid, "").Get(context.Background(), &out); err != nil {
			t.Fatal(err)
		}
		if out.Status != wantStatus || out.StatusCode != status || out.Skipped {
			t.Fatalf("run %d: workflow result %+v", i, out)
		}
	}
}
