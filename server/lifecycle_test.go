package server_test

import (
	"bytes"
	"fmt"
	"testing"
	"time"
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
