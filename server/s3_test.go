package server_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/fnflow/fnflow/artifacts"
	"github.com/fnflow/fnflow/config"
	"github.com/fnflow/fnflow/internal/testenv"
)

// TestArtifactsS3 runs fnflow with storage.driver s3 against a real S3
// server (gofakes3, started by the test): a single and a chunked upload,
// their builds and executions, the source download, and the deployment's
// objects going with its delete. The local storage.dir holds no artifact.
func TestArtifactsS3(t *testing.T) {
	requireImages(t, "fnflow/runtime:node-18.0")
	srv := testenv.StartS3(t)
	r := startExecApp(t, func(cfg *config.Config) { srv.Configure(cfg) })
	c := newClient(t, r)
	st := r.Config.Storage.S3
	store, err := artifacts.NewS3(context.Background(), artifacts.S3Options{Endpoint: st.Endpoint, Bucket: st.Bucket,
		Region: st.Region, Prefix: st.Prefix, AccessKey: st.AccessKey, SecretKey: st.SecretKey, Insecure: true,
		PathStyle: true, UnsignedPayload: true})
	if err != nil {
		t.Fatal(err)
	}

	c.createFunction("s3fn", "node-18.0", "index.js", "")
	d := c.deploy("s3fn", "echo built > built.txt", `module.exports = async ({ res }) => res.send(require('fs').readFileSync(__dirname + '/built.txt', 'utf8'))`)
	if d["status"] != "ready" {
		t.Fatalf("build on S3: %v %q", d["status"], d["buildLogs"])
	}
	small := d["$id"].(string)
	if e := execute(t, c, "s3fn", nil, 201); e["status"] != "completed" || e["responseBody"] != "built\n" {
		t.Fatalf("execution of the S3 build output: %v", e)
	}
	for _, k := range []string{artifacts.SourceKey(r.ProjectID, small), artifacts.OutputKey(r.ProjectID, small)} {
		if _, err := store.Size(context.Background(), k); err != nil {
			t.Fatalf("%s not in the bucket: %v", k, err)
		}
	}

	// A chunked upload (two chunks of 5 MiB and the rest), assembled on S3.
	big := sizedArchive(t, 12<<20)
	id := ""
	var last response
	for start := 0; start < len(big); start += 5 << 20 {
		end := min(start+5<<20, len(big)) - 1
		h := map[string]string{"Content-Range": fmt.Sprintf("bytes %d-%d/%d", start, end, len(big))}
		if id != "" {
			h["x-appwrite-id"] = id
		}
		last = c.upload("s3fn", []formField{{"activate", "true"}}, "code.tar.gz", big[start:end+1], h)
		if last.Status != 202 {
			t.Fatalf("chunk at %d: %d %s", start, last.Status, last.Body)
		}
		id = last.JSON(t)["$id"].(string)
	}
	if d := c.waitDeployment("s3fn", id, 2*time.Minute, "ready", "failed"); d["status"] != "ready" {
		t.Fatalf("chunked build on S3: %v %q", d["status"], d["buildLogs"])
	}
	dl := c.do("GET", "/v1/functions/s3fn/deployments/"+id+"/download?type=source", nil, nil)
	if dl.Status != 200 || !bytes.Equal(dl.Body, big) {
		t.Fatalf("download from S3: %d, %d bytes (want %d, identical)", dl.Status, len(dl.Body), len(big))
	}
	if _, err := store.Size(context.Background(), artifacts.ChunkKey(r.ProjectID, id, 0)); !errors.Is(err, artifacts.ErrNotFound) {
		t.Errorf("chunks left in the bucket after assembly: %v", err)
	}
	if e := execute(t, c, "s3fn", nil, 201); e["status"] != "completed" || e["responseBody"] != `{"ok":true}` {
		t.Fatalf("execution of the chunked deployment: %v", e)
	}

	// Deleting a deployment removes its objects.
	if res := c.do("DELETE", "/v1/functions/s3fn/deployments/"+small, nil, nil); res.Status != 204 {
		t.Fatalf("delete deployment: %d %s", res.Status, res.Body)
	}
	deadline := time.Now().Add(30 * time.Second)
	for {
		_, err := store.Size(context.Background(), artifacts.SourceKey(r.ProjectID, small))
		if errors.Is(err, artifacts.ErrNotFound) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("deleted deployment's source still in the bucket: %v", err)
		}
		time.Sleep(200 * time.Millisecond)
	}
	if entries, err := os.ReadDir(r.Config.Storage.Dir); err == nil && len(entries) > 0 {
		t.Errorf("storage.dir holds artifacts with driver s3: %d entries", len(entries))
	}
}
