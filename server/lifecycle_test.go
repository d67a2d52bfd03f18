package server_test

import (
	"bytes"
	"context"
	"fmt"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/fnflow/fnflow/artifacts"
	"github.com/fnflow/fnflow/contract"
	"github.com/fnflow/fnflow/internal/testenv"
	"github.com/fnflow/fnflow/models"
	"github.com/fnflow/fnflow/worker"
)

const nodeKept = `module.exports = async (context) => context.res.send('kept');`

// TestDeploymentTakenIDIsRefused uploads with x-appwrite-id set to an
// existing deployment, of the same function and of another one, in one
// request and in chunks: each is refused with 409 deployment_already_exists
// and the existing deployment keeps its source (download) and its build
// output (its first execution, a cold start, runs from it).
func TestDeploymentTakenIDIsRefused(t *testing.T) {
	requireImages(t, "fnflow/runtime:node-18.0")
	r, c := startApp(t, nil)
	c.createFunction("f", "node-18.0", "index.js", "")
	c.createFunction("g", "node-18.0", "index.js", "")
	act := []formField{{"activate", "true"}}
	code := tarGz(t, map[string]string{"index.js": nodeKept})
	resp := c.upload("f", act, "code.tar.gz", code, map[string]string{"x-appwrite-id": "keep"})
	if resp.Status != 202 {
		t.Fatalf("upload: %d %s", resp.Status, resp.Body)
	}
	c.waitDeployment("f", "keep", 2*time.Minute, "ready")

	other := tarGz(t, map[string]string{"index.js": `module.exports = async (context) => context.res.send('replaced');`})
	chunk := map[string]string{"x-appwrite-id": "keep", "Content-Range": fmt.Sprintf("bytes 0-%d/%d", len(other)-1, len(other))}
	for _, fid := range []string{"f", "g"} {
		res := c.upload(fid, act, "code.tar.gz", other, map[string]string{"x-appwrite-id": "keep"})
		wantError(t, res, 409, "deployment_already_exists")
		res = c.upload(fid, act, "code.tar.gz", other, chunk)
		wantError(t, res, 409, "deployment_already_exists")
	}

	d := c.do("GET", "/v1/functions/f/deployments/keep", nil, nil).JSON(t)
	if d["status"] != "ready" || d["sourceSize"] != float64(len(code)) {
		t.Fatalf("existing deployment changed: %v", d)
	}
	if got := c.do("GET", "/v1/functions/f/deployments/keep/download", nil, nil); got.Status != 200 || !bytes.Equal(got.Body, code) {
		t.Fatalf("source download: %d, %d bytes (want the %d bytes uploaded)", got.Status, len(got.Body), len(code))
	}
	out := c.do("GET", "/v1/functions/f/deployments/keep/download?type=output", nil, nil)
	if out.Status != 200 || untar(t, out.Body)["index.js"] != nodeKept {
		t.Fatalf("output download: %d %q", out.Status, out.Body)
	}
	for fid, want := range map[string]float64{"f": 1, "g": 0} {
		if l := c.do("GET", "/v1/functions/"+fid+"/deployments", nil, nil).JSON(t); l["total"] != want {
			t.Fatalf("%s has %v deployments, want %v", fid, l["total"], want)
		}
	}
	e := execute(t, c, "f", map[string]any{}, 201)
	if e["status"] != "completed" || e["responseBody"] != "kept" {
		t.Fatalf("execution of the existing deployment: %v", e)
	}
	_ = r
}

// seedDeployment adds a ready deployment of fid (store and artifact
// storage), not activated.
func seedDeployment(t *testing.T, r *testenv.Running, fid, entry, code string) string {
	t.Helper()
	ctx := context.Background()
	did := models.NewID()
	key := artifacts.OutputKey(r.ProjectID, did)
	if _, err := r.App.Artifacts.Put(ctx, key, bytes.NewReader(tarGz(t, map[string]string{entry: code}))); err != nil {
		t.Fatal(err)
	}
	d := &models.Deployment{ProjectID: r.ProjectID, ID: did, FunctionID: fid, Type: "manual", Entrypoint: entry,
		Status: models.DeploymentReady, OutputPath: key, CreatedAt: models.Now(), UpdatedAt: models.Now()}
	if err := r.App.Store.CreateDeployment(ctx, d); err != nil {
		t.Fatal(err)
	}
	return did
}

// runtimeContainers lists this app's runtime containers of a function, or
// of one of its deployments.
func runtimeContainers(t *testing.T, r *testenv.Running, fid, did string) []string {
	t.Helper()
	args := []string{"ps", "-aq", "--filter", "label=fnflow.owner=" + r.Config.Docker.InstanceID,
		"--filter", "label=fnflow.role=runtime", "--filter", "label=fnflow.project=" + r.ProjectID,
		"--filter", "label=fnflow.function=" + fid}
	if did != "" {
		args = append(args, "--filter", "label=fnflow.deployment="+did)
	}
	out, err := exec.Command("docker", args...).Output()
	if err != nil {
		t.Fatalf("docker ps: %v", err)
	}
	return strings.Fields(string(out))
}

func wantContainers(t *testing.T, r *testenv.Running, fid, did string) {
	t.Helper()
	if len(runtimeContainers(t, r, fid, did)) == 0 {
		t.Fatalf("no runtime container of %s/%s", fid, did)
	}
}

// cleanupResult waits for a cleanup workflow and returns its result.
func cleanupResult(t *testing.T, r *testenv.Running, id string) contract.CleanupResult {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	var out contract.CleanupResult
	if err := r.App.Temporal.GetWorkflow(ctx, id, "").Get(ctx, &out); err != nil {
		t.Fatalf("cleanup workflow %s: %v", id, err)
	}
	return out
}

// TestDeleteFunctionRemovesItsContainers: deleting a function removes its
// warm runtime containers at once (not after the idle timeout), through
// the cleanup workflow, and leaves other functions' containers alone.
func TestDeleteFunctionRemovesItsContainers(t *testing.T) {
	requireImages(t, "fnflow/runtime:node-18.0")
	r, c := startApp(t, nil)
	goneDeployments := map[string]string{
		"gone":  seedFunction(t, r, c, "gone", "node-18.0", "index.js", nodeKept, nil),
		"stays": seedFunction(t, r, c, "stays", "node-18.0", "index.js", nodeKept, nil),
	}
	for _, fid := range []string{"gone", "stays"} {
		if e := execute(t, c, fid, map[string]any{}, 201); e["status"] != "completed" {
			t.Fatalf("execution of %s: %v", fid, e)
		}
		wantContainers(t, r, fid, "")
	}
	if res := c.do("DELETE", "/v1/functions/gone", nil, nil); res.Status != 204 {
		t.Fatalf("delete: %d %s", res.Status, res.Body)
	}
	id := contract.CleanupWorkflowID(r.ProjectID, "gone", "")
	if out := cleanupResult(t, r, id); out.CodeDirs != 1 || out.Artifacts != 1 {
		t.Fatalf("cleanup result %+v, want 1 code dir and 1 deployment's archives", out)
	}
	// The deleted function's deployment archives are gone from storage; the
	// other function's stay.
	for fid, want := range map[string]bool{"gone": false, "stays": true} {
		did := goneDeployments[fid]
		_, err := r.App.Artifacts.Size(context.Background(), artifacts.OutputKey(r.ProjectID, did))
		if (err == nil) != want {
			t.Errorf("output archive of %s (%s) present=%v, want %v", fid, did, err == nil, want)
		}
	}
	if left := runtimeContainers(t, r, "gone", ""); len(left) != 0 {
		t.Fatalf("containers left after the cleanup: %v", left)
	}
	recordHistory(t, r, id, "cleanup_function.json")
	wantContainers(t, r, "stays", "")
	if e := execute(t, c, "stays", map[string]any{}, 201); e["status"] != "completed" {
		t.Fatalf("execution of the other function: %v", e)
	}
}

// TestDeleteDeploymentRemovesItsContainers deletes an inactive deployment
// that still has a warm container, then the active one while an execution
// runs on it: each one's containers go at once, the execution fails
// promptly instead of running on, and the other deployment is untouched.
func TestDeleteDeploymentRemovesItsContainers(t *testing.T) {
	requireImages(t, "fnflow/runtime:node-18.0")
	r, c := startApp(t, nil)
	old := seedFunction(t, r, c, "f", "node-18.0", "index.js", nodeEcho, map[string]any{"timeout": 900})
	if e := execute(t, c, "f", map[string]any{}, 201); e["status"] != "completed" {
		t.Fatalf("execution: %v", e)
	}
	active := seedDeployment(t, r, "f", "index.js", nodeEcho)
	if res := c.do("PATCH", "/v1/functions/f/deployment", map[string]any{"deploymentId": active}, nil); res.Status != 200 {
		t.Fatalf("activate: %d %s", res.Status, res.Body)
	}
	if e := execute(t, c, "f", map[string]any{}, 201); e["status"] != "completed" || e["deploymentId"] != active {
		t.Fatalf("execution: %v", e)
	}
	wantContainers(t, r, "f", old)
	wantContainers(t, r, "f", active)

	if res := c.do("DELETE", "/v1/functions/f/deployments/"+old, nil, nil); res.Status != 204 {
		t.Fatalf("delete inactive: %d %s", res.Status, res.Body)
	}
	cleanupResult(t, r, contract.CleanupWorkflowID(r.ProjectID, "f", old))
	if left := runtimeContainers(t, r, "f", old); len(left) != 0 {
		t.Fatalf("containers of the inactive deployment left after the cleanup: %v", left)
	}
	wantContainers(t, r, "f", active)

	// An execution that would run for 600 s is in flight on the active
	// deployment when it is deleted.
	e := execute(t, c, "f", map[string]any{"async": true, "path": "/?sleep=600000", "method": "GET"}, 202)
	eid := e["$id"].(string)
	deadline := time.Now().Add(time.Minute)
	for c.do("GET", "/v1/functions/f/executions/"+eid, nil, nil).JSON(t)["status"] != "processing" {
		if time.Now().After(deadline) {
			t.Fatal("the execution never started")
		}
		time.Sleep(100 * time.Millisecond)
	}
	time.Sleep(500 * time.Millisecond) // let the request reach the function
	if res := c.do("DELETE", "/v1/functions/f/deployments/"+active, nil, nil); res.Status != 204 {
		t.Fatalf("delete active: %d %s", res.Status, res.Body)
	}
	id := contract.CleanupWorkflowID(r.ProjectID, "f", active)
	if out := cleanupResult(t, r, id); out.CodeDirs != 1 {
		t.Fatalf("cleanup result %+v, want 1 code dir", out)
	}
	if left := runtimeContainers(t, r, "f", active); len(left) != 0 {
		t.Fatalf("containers left after the cleanup: %v", left)
	}
	recordHistory(t, r, id, "cleanup_deployment.json")
	if got := waitExecution(t, c, "f", eid, 2*time.Minute); got["status"] != "failed" {
		t.Fatalf("execution on the deleted deployment: %v", got)
	}
}

// TestReconcilerRemovesContainersOfVanishedDeployments: a deployment row
// that vanished without the cleanup workflow (a crash between the delete
// and the workflow start) loses its containers in the worker's next
// reconciler pass.
func TestReconcilerRemovesContainersOfVanishedDeployments(t *testing.T) {
	requireImages(t, "fnflow/runtime:node-18.0")
	r, c := startApp(t, nil)
	did := seedFunction(t, r, c, "f", "node-18.0", "index.js", nodeKept, nil)
	seedFunction(t, r, c, "g", "node-18.0", "index.js", nodeKept, nil)
	for _, fid := range []string{"f", "g"} {
		if e := execute(t, c, fid, map[string]any{}, 201); e["status"] != "completed" {
			t.Fatalf("execution of %s: %v", fid, e)
		}
	}
	wantContainers(t, r, "f", did)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if err := r.App.Store.DeleteDeployment(ctx, r.ProjectID, "f", did); err != nil {
		t.Fatal(err)
	}
	rec := worker.NewContainerReconciler(r.App.Docker, r.App.Pool, r.App.Store, r.App.Log)
	// (The app's own periodic pass may have come first: then this one has
	// nothing left to remove.)
	if removed, err := rec.ReconcileOnce(ctx); err != nil || len(removed) > 1 {
		t.Fatalf("reconciler pass removed %v, %v; want at most the vanished deployment's container", removed, err)
	}
	if left := runtimeContainers(t, r, "f", did); len(left) != 0 {
		t.Fatalf("containers of the vanished deployment left: %v", left)
	}
	wantContainers(t, r, "g", "")
	if st := r.App.Pool.Stats(); st.Warm != 1 {
		t.Fatalf("the pool still tracks %+v", st)
	}
}

// TestDeleteDuringBuildStopsTheBuild deletes a deployment, then a whole
// function, while a build runs: the build container goes (the build is
// cancelled) instead of running on until its timeout.
func TestDeleteDuringBuildStopsTheBuild(t *testing.T) {
	requireImages(t, "fnflow/runtime:node-18.0")
	r, c := startApp(t, nil)
	c.createFunction("f", "node-18.0", "index.js", "")
	code := tarGz(t, map[string]string{"index.js": nodeKept})
	building := func() string {
		t.Helper()
		up := c.upload("f", []formField{{"activate", "false"}, {"commands", "echo sleeping; sleep 300"}}, "code.tar.gz", code, nil)
		if up.Status != 202 {
			t.Fatalf("upload: %d %s", up.Status, up.Body)
		}
		did := up.JSON(t)["$id"].(string)
		c.waitDeployment("f", did, time.Minute, "building")
		deadline := time.Now().Add(30 * time.Second)
		for containersOf(t, "fnflow.deployment", did) == "" {
			if time.Now().After(deadline) {
				t.Fatalf("no build container for %s", did)
			}
			time.Sleep(100 * time.Millisecond)
		}
		return did
	}
	stopped := func(did string) {
		t.Helper()
		deadline := time.Now().Add(time.Minute)
		for containersOf(t, "fnflow.deployment", did) != "" {
			if time.Now().After(deadline) {
				t.Fatalf("build container of %s still there a minute after the delete", did)
			}
			time.Sleep(200 * time.Millisecond)
		}
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		if err := r.App.Temporal.GetWorkflow(ctx, contract.BuildWorkflowID(r.ProjectID, did), "").Get(ctx, nil); err == nil {
			t.Fatalf("the build of deleted %s completed", did)
		}
	}
	did := building()
	if res := c.do("DELETE", "/v1/functions/f/deployments/"+did, nil, nil); res.Status != 204 {
		t.Fatalf("delete deployment: %d %s", res.Status, res.Body)
	}
	stopped(did)
	did = building()
	if res := c.do("DELETE", "/v1/functions/f", nil, nil); res.Status != 204 {
		t.Fatalf("delete function: %d %s", res.Status, res.Body)
	}
	stopped(did)
}
