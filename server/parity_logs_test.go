package server_test

import (
	"strings"
	"testing"

	"github.com/fnflow/fnflow/runtimes"
)

const logParityNode = `module.exports = async ({ req, res, log, error }) => {
  log('log line');
  error('error line');
  console.log('native line');
  if (req.path === '/sleep') {
    await new Promise((resolve) => setTimeout(resolve, 5000));
    return res.text('late');
  }
  return res.text('ok');
};
`

const logParityPython = `import time


def main(context):
    context.log("log line")
    context.error("error line")
    print("native line")
    if context.req.path == "/sleep":
        time.sleep(5)
        return context.res.text("late")
    return context.res.text("ok")
`

// TestOpenRuntimesTimeoutAndLogging (issue 10, through the API): a run
// that outlives its function's timeout answers 500 with an empty body, on
// the execution and through the function domain, with "Execution timed
// out." and the logs written before in the execution's logs/errors; a
// function with logging off gets x-open-runtimes-logging: disabled and its
// executions carry no logs or errors; a runtime in Open Runtimes'
// development mode (a variable OPEN_RUNTIMES_ENV=development, which would
// log to dev_*.log) still logs under the log id the worker names, so its
// logs arrive.
func TestOpenRuntimesTimeoutAndLogging(t *testing.T) {
	r := startExecApp(t, nil)
	c := newClient(t, r)
	for _, tc := range []struct{ runtime, entry, code string }{
		{"node-18.0", "index.js", logParityNode},
		{"python-3.11", "main.py", logParityPython},
	} {
		t.Run(tc.runtime, func(t *testing.T) {
			requireImages(t, runtimes.ImagePrefix+":"+tc.runtime)
			base := "logparity-" + strings.ReplaceAll(tc.runtime, ".", "-")

			fid := base + "-timeout"
			seedFunction(t, r, c, fid, tc.runtime, tc.entry, tc.code, map[string]any{"timeout": 1})
			m := execute(t, c, fid, map[string]any{"path": "/sleep", "method": "GET"}, 201)
			errs, _ := m["errors"].(string)
			logs, _ := m["logs"].(string)
			if m["status"] != "failed" || m["responseStatusCode"] != 500.0 || m["responseBody"] != "" ||
				!strings.Contains(errs, "Execution timed out.") || !strings.Contains(errs, "error line") || !strings.Contains(logs, "log line") {
				t.Errorf("timed out run: status %v, code %v, body %q, logs %q, errors %q; want failed, 500, empty, the lines logged before and the timeout",
					m["status"], m["responseStatusCode"], m["responseBody"], logs, errs)
			}
			res := domainDo(t, r, fid+"."+r.ProjectID+".functions.localhost", "GET", "/sleep", nil, nil)
			if res.Status != 500 || len(res.Body) != 0 {
				t.Errorf("timed out run through the domain: %d %q, want 500 and an empty body", res.Status, res.Body)
			}

			fid = base + "-nolog"
			seedFunction(t, r, c, fid, tc.runtime, tc.entry, tc.code, map[string]any{"logging": false})
			m = execute(t, c, fid, map[string]any{"path": "/", "method": "GET"}, 201)
			if m["responseBody"] != "ok" || m["logs"] != "" || m["errors"] != "" {
				t.Errorf("logging off: body %q, logs %q, errors %q; want ok and no logs", m["responseBody"], m["logs"], m["errors"])
			}

			fid = base + "-dev"
			seedFunction(t, r, c, fid, tc.runtime, tc.entry, tc.code, nil)
			if res := c.do("POST", "/v1/functions/"+fid+"/variables", map[string]any{"key": "OPEN_RUNTIMES_ENV", "value": "development"}, nil); res.Status != 201 {
				t.Fatalf("create variable: %d %s", res.Status, res.Body)
			}
			m = execute(t, c, fid, map[string]any{"path": "/", "method": "GET"}, 201)
			logs, _ = m["logs"].(string)
			if m["responseBody"] != "ok" || !strings.Contains(logs, "log line") || !strings.Contains(logs, "native line") || !strings.Contains(m["errors"].(string), "error line") {
				t.Errorf("development mode: body %q, logs %q, errors %q; want the worker's log id to win", m["responseBody"], logs, m["errors"])
			}
		})
	}
}
