package server_test

import (
	"bytes"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"testing"

	"github.com/fnflow/fnflow/runtimes"
)

const parityNode = `const crypto = require('crypto');
module.exports = async ({ req, res, log }) => {
  switch (req.path) {
    case '/throw': throw new Error('boom from user code');
    case '/noreturn': return;
    case '/long': log('x'.repeat(9000)); return res.text('logged');
    case '/ctype': return res.text('typed', 200, { 'content-type': 'TEXT/PLAIN' });
    case '/json': return res.json({ a: 1, b: 'é' });
    case '/big': return res.binary(req.bodyBinary, 200, { 'content-type': 'application/octet-stream',
      'x-sha256': crypto.createHash('sha256').update(req.bodyBinary).digest('hex') });
  }
  return res.text('?');
};
`

const parityPython = `import hashlib


def main(context):
    p = context.req.path
    if p == "/throw":
        raise Exception("boom from user code")
    if p == "/noreturn":
        return None
    if p == "/long":
        context.log("x" * 9000)
        return context.res.text("logged")
    if p == "/ctype":
        return context.res.text("typed", 200, {"content-type": "TEXT/PLAIN"})
    if p == "/json":
        return context.res.json({"a": 1, "b": "\u00e9"})
    if p == "/big":
        b = context.req.body_binary
        return context.res.binary(b, 200, {"content-type": "application/octet-stream",
                                           "x-sha256": hashlib.sha256(b).hexdigest()})
    return context.res.text("?")
`

// TestOpenRuntimesParity checks, through the API, the Open Runtimes
// behaviours of the node and python runtime servers: a failing run answers
// with an empty body (explanation in the errors log only; 503 when the
// entrypoint does not load), a long log line is cut with Open Runtimes'
// notice, a user content-type is lower-cased, python's res.json is compact
// and ASCII-escaped, and 20 MiB bodies go both ways through a function
// domain, intact.
func TestOpenRuntimesParity(t *testing.T) {
	r := startExecApp(t, nil)
	c := newClient(t, r)
	for _, tc := range []struct{ runtime, entry, code, broken, json string }{
		{"node-18.0", "index.js", parityNode, "throw new Error('load failure')", `{"a":1,"b":"é"}`},
		{"python-3.11", "main.py", parityPython, "raise Exception('load failure')", `{"a":1,"b":"\u00e9"}`},
	} {
		t.Run(tc.runtime, func(t *testing.T) {
			requireImages(t, runtimes.ImagePrefix+":"+tc.runtime)
			fid := "parity-" + strings.ReplaceAll(tc.runtime, ".", "-")
			seedFunction(t, r, c, fid, tc.runtime, tc.entry, tc.code, nil)
			run := func(path string) map[string]any {
				t.Helper()
				return execute(t, c, fid, map[string]any{"path": path, "method": "GET"}, 201)
			}
			for _, path := range []string{"/throw", "/noreturn"} {
				m := run(path)
				if m["responseStatusCode"] != 500.0 || m["responseBody"] != "" || m["errors"] == "" {
					t.Errorf("%s: status %v body %q errors %q, want 500, an empty body and the errors log", path, m["responseStatusCode"], m["responseBody"], m["errors"])
				}
			}
			m := run("/long")
			logs, _ := m["logs"].(string)
			if !strings.Contains(logs, strings.Repeat("x", 8000)+"... Log truncated due to size limit (8000 characters)") || strings.Contains(logs, strings.Repeat("x", 8001)) {
				t.Errorf("long log line: %.200q...", logs)
			}
			m = run("/ctype")
			if !hasHeader(m["responseHeaders"], "content-type", "text/plain; charset=utf-8") {
				t.Errorf("content-type: %v", m["responseHeaders"])
			}
			if m = run("/json"); m["responseBody"] != tc.json {
				t.Errorf("res.json body %q, want %q", m["responseBody"], tc.json)
			}

			// 20 MiB of random bytes in, and back out, through the domain.
			body := make([]byte, 20<<20)
			rand.Read(body)
			sum := sha256.Sum256(body)
			res := domainDo(t, r, fid+"."+r.ProjectID+".functions.localhost", "POST", "/big", body,
				map[string]string{"Content-Type": "application/octet-stream"})
			if res.Status != 200 || res.Header.Get("x-sha256") != hex.EncodeToString(sum[:]) || !bytes.Equal(res.Body, body) {
				t.Errorf("20 MiB through the domain: %d, sha256 seen %q, %d bytes back %.200q", res.Status,
					res.Header.Get("x-sha256"), len(res.Body), res.Body)
			}

			// An entrypoint that does not load: 503, empty body.
			bid := fid + "-broken"
			seedFunction(t, r, c, bid, tc.runtime, tc.entry, tc.broken, nil)
			m = execute(t, c, bid, map[string]any{"path": "/"}, 201)
			if m["responseStatusCode"] != 503.0 || m["responseBody"] != "" || !strings.Contains(m["errors"].(string), "load failure") {
				t.Errorf("broken entrypoint: status %v body %q errors %q", m["responseStatusCode"], m["responseBody"], m["errors"])
			}
		})
	}
}
