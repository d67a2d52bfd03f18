package server_test

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/fnflow/fnflow/config"
	"github.com/fnflow/fnflow/runtimes"
)

const binaryNode = `const crypto = require('crypto');
module.exports = async ({ req, res, log, error }) => {
  switch (req.path) {
    case '/bin': return res.binary(Buffer.from([0xff, 0x00, 0xfe, 0x41]), 200, { 'content-type': 'application/octet-stream' });
    case '/hash': return res.text(crypto.createHash('sha256').update(req.bodyBinary).digest('hex') + ':' + req.bodyBinary.length);
    case '/noisy': log('l'.repeat(1000)); error('e'.repeat(1000)); return res.text('ok');
  }
  return res.text('?');
};
`

// multipartParts reads a multipart answer into its parts.
func multipartParts(t *testing.T, res response) map[string][]byte {
	t.Helper()
	mt, mp, err := mime.ParseMediaType(res.Header.Get("Content-Type"))
	if err != nil || mt != "multipart/form-data" {
		t.Fatalf("content type %q: %v (%d %q)", res.Header.Get("Content-Type"), err, res.Status, res.Body)
	}
	r := multipart.NewReader(bytes.NewReader(res.Body), mp["boundary"])
	out := map[string][]byte{}
	for {
		p, err := r.NextPart()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatalf("multipart answer: %v", err)
		}
		b, _ := io.ReadAll(p)
		out[p.FormName()] = b
	}
}

// TestParityBinaryBodies: a sync execution asked for multipart answers
// with the raw response bytes; asked for JSON, a body that is not UTF-8 is
// Appwrite's 400; a binary request body sent as multipart reaches the
// function intact. Truncated logs and errors stay within the limit.
func TestParityBinaryBodies(t *testing.T) {
	requireImages(t, runtimes.ImagePrefix+":node-18.0")
	r := startExecApp(t, func(c *config.Config) { c.Limits.LogChars = 300 })
	c := newClient(t, r)
	seedFunction(t, r, c, "binary", "node-18.0", "index.js", binaryNode, nil)
	exec := "/v1/functions/binary/executions"

	multi := map[string]string{"Accept": "multipart/form-data"}
	res := c.do("POST", exec, map[string]any{"path": "/bin", "method": "GET"}, multi)
	if res.Status != 201 {
		t.Fatalf("multipart execution: %d %s", res.Status, res.Body)
	}
	parts := multipartParts(t, res)
	if !bytes.Equal(parts["responseBody"], []byte{0xff, 0x00, 0xfe, 0x41}) || string(parts["responseStatusCode"]) != "200" ||
		string(parts["status"]) != "completed" || len(parts["$id"]) == 0 {
		t.Fatalf("multipart parts: %q", parts)
	}
	var hs []map[string]string
	if err := json.Unmarshal(parts["responseHeaders"], &hs); err != nil || len(hs) == 0 {
		t.Fatalf("responseHeaders part %q: %v", parts["responseHeaders"], err)
	}

	res = c.do("POST", exec, map[string]any{"path": "/bin", "method": "GET"}, map[string]string{"Accept": "application/json"})
	wantError(t, res, 400, "general_unknown")
	if !strings.Contains(string(res.Body), "Failed to parse response: Malformed UTF-8 characters") || strings.Contains(string(res.Body), "\ufffd") {
		t.Fatalf("non-UTF-8 JSON answer: %s", res.Body)
	}

	payload := []byte{0x00, 0xff, 0xfe, 0x80, 'a', 0xc3, 0x28, 0x0a}
	var buf bytes.Buffer
	w := multipart.NewWriter(&buf)
	_ = w.WriteField("path", "/hash")
	_ = w.WriteField("method", "POST")
	fw, _ := w.CreateFormField("body")
	_, _ = fw.Write(payload)
	_ = w.Close()
	res = c.do("POST", exec, buf.Bytes(), map[string]string{"Content-Type": w.FormDataContentType()})
	if res.Status != 201 {
		t.Fatalf("binary request body: %d %s", res.Status, res.Body)
	}
	sum := sha256.Sum256(payload)
	if got, want := res.JSON(t)["responseBody"], fmt.Sprintf("%s:%d", hex.EncodeToString(sum[:]), len(payload)); got != want {
		t.Fatalf("function saw %v, want %s", got, want)
	}

	m := execute(t, c, "binary", map[string]any{"path": "/noisy", "method": "GET"}, 201)
	logs, errs := m["logs"].(string), m["errors"].(string)
	if n := utf8.RuneCountInString(logs); n > 300 || !strings.HasPrefix(logs, "[WARNING] Logs truncated. The output exceeded 300 characters.\n") || !strings.HasSuffix(strings.TrimSpace(logs), "lll") {
		t.Fatalf("logs (%d chars): %q", n, logs)
	}
	if n := utf8.RuneCountInString(errs); n > 300 || !strings.HasPrefix(errs, "[WARNING] Errors truncated. The output exceeded 300 characters.\n") || !strings.HasSuffix(strings.TrimSpace(errs), "eee") {
		t.Fatalf("errors (%d chars): %q", n, errs)
	}
}

// TestParityDuplicateDeployment: a new and a duplicated deployment report
// their totalSize (the source until built), and Appwrite's
// …/deployments/{id}/builds/{buildId} alias duplicates too.
func TestParityDuplicateDeployment(t *testing.T) {
	requireImages(t, runtimes.ImagePrefix+":node-18.0")
	r, c := startApp(t, nil)
	_ = r
	const fid = "dup"
	c.createFunction(fid, "node-18.0", "index.js", "")
	code := targz(t, gzip.DefaultCompression, 0, tarEntry{name: "index.js", body: "module.exports = async ({ res }) => res.text('hi');\n"})
	up := c.upload(fid, []formField{{"activate", "true"}}, "code.tar.gz", code, nil)
	if up.Status != 202 {
		t.Fatalf("upload: %d %s", up.Status, up.Body)
	}
	d := up.JSON(t)
	did := d["$id"].(string)
	if d["totalSize"] != float64(len(code)) || d["sourceSize"] != float64(len(code)) {
		t.Fatalf("new deployment sizes: %v / %v, want %d", d["sourceSize"], d["totalSize"], len(code))
	}
	c.waitDeployment(fid, did, 2*time.Minute, "ready")

	created := []string{}
	for _, req := range []struct {
		path string
		body any
	}{
		{"/v1/functions/" + fid + "/deployments/duplicate", map[string]any{"deploymentId": did}},
		{"/v1/functions/" + fid + "/deployments/" + did + "/builds/b1", nil},
	} {
		res := c.do("POST", req.path, req.body, nil)
		if res.Status != 202 {
			t.Fatalf("%s: %d %s", req.path, res.Status, res.Body)
		}
		dup := res.JSON(t)
		if dup["$id"] == did || dup["totalSize"] != float64(len(code)) || dup["sourceSize"] != float64(len(code)) {
			t.Fatalf("%s: duplicate %v", req.path, dup)
		}
		created = append(created, dup["$id"].(string))
	}
	wantError(t, c.do("POST", "/v1/functions/"+fid+"/deployments/"+did+"/builds/_bad", nil, nil), 400, "general_argument_invalid")
	for _, id := range created {
		c.waitDeployment(fid, id, 2*time.Minute, "ready", "failed", "canceled")
	}
}
