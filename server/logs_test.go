package server_test

import (
	"crypto/rand"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/fnflow/fnflow/config"
	"github.com/fnflow/fnflow/docker"
)

// Issue 8, items 1-3: user code controls everything in /mnt/logs and the
// runtime's answer headers. The worker must never read a host file through
// them, never hang on them, and never let them fill the host's disk.

// logsUnreadable is the sentence an execution's errors get when a log file
// was refused.
const logsUnreadable = "[fnflow] this execution's logs could not be read"

// nodeLogSymlink replaces the runtime's next log file with a symlink to the
// path in the request body (it wraps the fs.writeFileSync the node
// runtime's logger uses, once).
const nodeLogSymlink = `const fs = require('fs');
module.exports = async (context) => {
  const target = context.req.bodyText;
  const write = fs.writeFileSync;
  fs.writeFileSync = function (path, data, ...rest) {
    if (typeof path === 'string' && path.startsWith('/mnt/logs/') && path.endsWith('_logs.log')) {
      fs.writeFileSync = write;
      try { fs.unlinkSync(path); } catch (e) {}
      fs.symlinkSync(target, path);
      return;
    }
    return write.call(this, path, data, ...rest);
  };
  context.log('a log line');
  context.error('an error line');
  return context.res.text('ok');
};
`

// nodeLogIDAnswer answers the log id in the request body instead of the
// runtime's (it wraps ServerResponse.writeHead, once), after planting a
// symlink to the body's target under that id when there is one.
const nodeLogIDAnswer = `const fs = require('fs');
const http = require('http');
module.exports = async (context) => {
  const { id, target } = JSON.parse(context.req.bodyText);
  if (target) {
    const p = '/mnt/logs/' + id + '_logs.log';
    try { fs.unlinkSync(p); } catch (e) {}
    fs.symlinkSync(target, p);
  }
  const writeHead = http.ServerResponse.prototype.writeHead;
  http.ServerResponse.prototype.writeHead = function (status, headers) {
    http.ServerResponse.prototype.writeHead = writeHead;
    if (headers && typeof headers === 'object') headers['x-open-runtimes-log-id'] = encodeURIComponent(id);
    return writeHead.apply(this, arguments);
  };
  context.log('my own log');
  return context.res.text('ok');
};
`

// pythonLogFIFO, with body "fifo", makes the runtime's next log file a named
// pipe (it wraps the open() the python runtime's logger uses, once).
const pythonLogFIFO = `import builtins
import io
import os

_open = builtins.open


def _fifo_open(path, mode="r", *args, **kwargs):
    p = str(path)
    if p.startswith("/mnt/logs/") and p.endswith("_logs.log") and "w" in mode:
        builtins.open = _open
        try:
            os.unlink(p)
        except FileNotFoundError:
            pass
        os.mkfifo(p)
        return io.StringIO()
    return _open(path, mode, *args, **kwargs)


def main(context):
    if context.req.body_text == "fifo":
        builtins.open = _fifo_open
    context.log("log " + context.req.body_text)
    context.error("error " + context.req.body_text)
    return context.res.text("ok")
`

// nodeLogFill writes 256 MiB into /mnt/logs and answers how far it got.
const nodeLogFill = `const fs = require('fs');
module.exports = async (context) => {
  const path = '/mnt/logs/fill.bin';
  const buf = Buffer.alloc(1 << 20, 120);
  let written = 0, code = '';
  const fd = fs.openSync(path, 'w');
  try {
    for (let i = 0; i < 256; i++) written += fs.writeSync(fd, buf);
  } catch (e) {
    code = e.code || String(e);
  }
  fs.closeSync(fd);
  fs.unlinkSync(path);
  context.log('filled');
  return context.res.json({ written, code });
};
`

// canaryFile writes a host file that no execution may ever show.
func canaryFile(t *testing.T) (path, secret string) {
	t.Helper()
	path = filepath.Join(t.TempDir(), "canary.txt")
	secret = "CANARY-" + rand.Text()
	if err := os.WriteFile(path, []byte(secret), 0o600); err != nil {
		t.Fatal(err)
	}
	return path, secret
}

// runSync runs a sync execution and checks it completed without showing
// the canary (nor fnflow's own /proc/self/status), answering wantBody
// unless that is empty.
func runSync(t *testing.T, c *client, fid, body, secret, wantBody string) map[string]any {
	t.Helper()
	m := execute(t, c, fid, map[string]any{"body": body}, 201)
	logs, _ := m["logs"].(string)
	errs, _ := m["errors"].(string)
	for _, leak := range []string{secret, "VmRSS:", "TracerPid:"} {
		if leak != "" && strings.Contains(logs+errs, leak) {
			t.Fatalf("execution shows a host file (%q): logs %q, errors %q", leak, logs, errs)
		}
	}
	if m["status"] != "completed" || wantBody != "" && m["responseBody"] != wantBody {
		t.Fatalf("execution: %v", m)
	}
	return m
}

func TestExecutionLogSymlinkRefused(t *testing.T) {
	requireImages(t, "fnflow/runtime:node-18.0")
	r := startExecApp(t, nil)
	c := newClient(t, r)
	seedFunction(t, r, c, "log-symlink", "node-18.0", "index.js", nodeLogSymlink, nil)
	canary, secret := canaryFile(t)
	for name, target := range map[string]string{
		"absolute":   canary,
		"relative":   strings.Repeat("../", 40) + strings.TrimPrefix(canary, "/"),
		"proc-magic": "/proc/self/status",
	} {
		t.Run(name, func(t *testing.T) {
			m := runSync(t, c, "log-symlink", target, secret, "ok")
			if m["logs"] != "" || m["errors"] != "an error line\n"+logsUnreadable {
				t.Errorf("logs %q, errors %q; want no logs, the error line and %q", m["logs"], m["errors"], logsUnreadable)
			}
		})
	}
}

func TestExecutionLogIDAnswerIgnored(t *testing.T) {
	requireImages(t, "fnflow/runtime:node-18.0")
	r := startExecApp(t, nil)
	c := newClient(t, r)
	seedFunction(t, r, c, "log-answer", "node-18.0", "index.js", nodeLogIDAnswer, nil)
	canary, secret := canaryFile(t)
	for _, tc := range []struct{ id, target string }{
		{"evil", canary},
		{"aaaaaaaaaaaaaaaaaaaa", canary}, // shaped like a worker's id
		{"../../../../../../../../etc/passwd", ""},
		{"..", ""},
	} {
		b, _ := json.Marshal(map[string]string{"id": tc.id, "target": tc.target})
		m := runSync(t, c, "log-answer", string(b), secret, "ok")
		if m["logs"] != "my own log\n" || m["errors"] != "" {
			t.Errorf("answered log id %q: logs %q, errors %q; want the function's own log", tc.id, m["logs"], m["errors"])
		}
	}
	if !strings.Contains(r.Logs.String(), "runtime answered another log id") {
		t.Errorf("the server log does not mention the answered log id")
	}
}

func TestExecutionLogFIFO(t *testing.T) {
	requireImages(t, "fnflow/runtime:node-18.0", "fnflow/runtime:python-3.11")
	// One container slot: the next function's cold start needs the slot
	// of the first, so a worker stuck on the pipe would fail it.
	r := startExecApp(t, func(cfg *config.Config) { cfg.Docker.MaxContainers = 1 })
	c := newClient(t, r)
	seedFunction(t, r, c, "log-fifo", "python-3.11", "main.py", pythonLogFIFO, nil)
	seedFunction(t, r, c, "log-next", "node-18.0", "index.js", nodeEcho, nil)
	m := runSync(t, c, "log-fifo", "fifo", "", "ok")
	if m["logs"] != "" || m["errors"] != "error fifo\n"+logsUnreadable {
		t.Errorf("fifo: logs %q, errors %q", m["logs"], m["errors"])
	}
	m = runSync(t, c, "log-fifo", "plain", "", "ok")
	if m["logs"] != "log plain\n" || m["errors"] != "error plain\n" {
		t.Errorf("after the fifo: logs %q, errors %q", m["logs"], m["errors"])
	}
	next := execute(t, c, "log-next", map[string]any{"body": "x"}, 201)
	if next["status"] != "completed" || next["logs"] != "log line\n" {
		t.Errorf("next function on the freed slot: %v", next)
	}
}

func TestExecutionLogVolumeCapped(t *testing.T) {
	requireImages(t, "fnflow/runtime:node-18.0")
	r := startExecApp(t, nil)
	c := newClient(t, r)
	seedFunction(t, r, c, "log-fill", "node-18.0", "index.js", nodeLogFill, nil)
	m := runSync(t, c, "log-fill", "", "", "")
	var out struct {
		Written int64
		Code    string
	}
	if err := json.Unmarshal([]byte(m["responseBody"].(string)), &out); err != nil {
		t.Fatalf("response %q: %v", m["responseBody"], err)
	}
	// The logs volume holds 4 × docker.DefaultMaxLogBytes.
	if limit := int64(4 * docker.DefaultMaxLogBytes); out.Code != "ENOSPC" || out.Written <= 0 || out.Written > limit {
		t.Errorf("writing 256 MiB to /mnt/logs: wrote %d bytes, error %q; want ENOSPC within %d bytes", out.Written, out.Code, limit)
	}
	if m["logs"] != "filled\n" {
		t.Errorf("logs %q, errors %q", m["logs"], m["errors"])
	}
	if res := c.do("GET", "/v1/health", nil, nil); res.Status != 200 {
		t.Errorf("health after the fill: %d %s", res.Status, res.Body)
	}
	if m := runSync(t, c, "log-fill", "", "", ""); m["logs"] != "filled\n" {
		t.Errorf("second run: %v", m)
	}
}
