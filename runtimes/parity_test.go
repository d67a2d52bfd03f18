package runtimes

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"
)

// TestOpenRuntimesStartAndDevMode: each runtime server prints Open
// Runtimes' start line on stdout, and in development mode
// (OPEN_RUNTIMES_ENV=development) a request that names no log id logs to
// dev_logs.log / dev_errors.log; a named one keeps its id.
func TestOpenRuntimesStartAndDevMode(t *testing.T) {
	cli := ensureImages(t)
	for _, d := range testCatalog() {
		if d.Key == "static" || d.Key == "go" || d.Key == "java" {
			continue // no user code / compiled at build time: see server.TestStaticRuntime, TestGoRuntime, TestJavaRuntimes
		}
		fx := fixtures[d.Key]
		code := writeFunction(t, fx.files)
		t.Run(d.ID, func(t *testing.T) {
			rc := startRuntime(t, cli, d, code, fx.context, "OPEN_RUNTIMES_ENV=development")
			var out string
			for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
				if out = containerLogs(cli, rc.id); strings.Contains(out, "HTTP server successfully started!") {
					break
				}
			}
			if !strings.Contains(out, "HTTP server successfully started!") {
				t.Errorf("container output lacks the start line: %q", out)
			}
			r := expect(t, rc.call(t, "GET", "/text", ""), 200, "hello text")
			if got := r.headers.Get(HeaderLogID); got != "dev" {
				t.Errorf("log id %q, want dev", got)
			}
			rc.logs(t, r) // the dev files exist
			r = expect(t, rc.call(t, "GET", "/text", "", HeaderLogID+": named1"), 200, "hello text")
			if got := r.headers.Get(HeaderLogID); got != "named1" {
				t.Errorf("log id %q, want named1", got)
			}
		})
	}
}

// parityFunctions answer the routes of TestOpenRuntimesRequestParity, one per
// runtime key.
var parityFunctions = map[string]map[string]string{
	"node": {"parity.js": `module.exports = async ({ req, res, log, error }) => {
  switch (req.path) {
    case '/query':
      return res.json({ query: req.query, queryString: req.queryString, url: req.url });
    case '/sendobj':
      return res.send({ a: 1 });
    case '/sendnum':
      return res.send(42, 201);
    case '/jsontype':
      return res.json({ x: 1 }, 200, { 'Content-Type': 'text/html' });
    case '/headers':
      return res.text('h', 200, { 'X-Upper': 'V', 'Content-Type': 'TEXT/PLAIN' });
    case '/binary':
      return res.binary(Buffer.from([0, 255, 128]));
    case '/redirect':
      return res.redirect('/next');
    case '/bodyjson':
      return res.json(req.bodyJson);
    case '/body':
      return res.json(req.body);
    case '/bodytext':
      return res.text(req.bodyText);
    case '/bodybinary':
      return res.binary(req.bodyBinary);
    case '/native':
      console.log('stdout', { a: 1 });
      console.error('stderr', [1, 2]);
      process.stderr.write('raw stderr\n');
      log('ctx', { b: '\u00e9' }, 7);
      error('ctx error', { c: null });
      return res.text('ok');
  }
  return res.text('not found', 404);
};
`},
	"python": {"parity.py": `import sys


def main(context):
    req, res = context.req, context.res
    if req.path == "/query":
        return res.json({"query": req.query, "queryString": req.query_string, "url": req.url})
    if req.path == "/sendobj":
        return res.send({"a": 1})
    if req.path == "/sendnum":
        return res.send(42, 201)
    if req.path == "/jsontype":
        return res.json({"x": 1}, 200, {"Content-Type": "text/html"})
    if req.path == "/headers":
        return res.text("h", 200, {"X-Upper": "V", "Content-Type": "TEXT/PLAIN"})
    if req.path == "/binary":
        return res.binary(bytes([0, 255, 128]))
    if req.path == "/redirect":
        return res.redirect("/next")
    if req.path == "/bodyjson":
        return res.json(req.body_json)
    if req.path == "/body":
        return res.json(req.body)
    if req.path == "/bodytext":
        return res.text(req.body_text)
    if req.path == "/bodybinary":
        return res.binary(req.body_binary)
    if req.path == "/native":
        print("stdout", {"a": 1})
        print("stderr", [1, 2], file=sys.stderr)
        sys.stderr.write("raw stderr\n")
        context.log("ctx", {"b": "\u00e9"}, 7)
        context.error("ctx error", {"c": None})
        return res.text("ok")
    return res.text("not found", 404)
`},
}

// TestOpenRuntimesRequestParity checks, per runtime, the behaviours where
// the Open Runtimes v5 node and python servers differ from a naive
// implementation (and from each other), as their own code does them:
//   - req.query / req.queryString: node shows the query as sent (no percent
//     or '+' decoding); python as aiohttp decodes it (escapes and '+'
//     decoded, except those of + = & ; which stay encoded); both split at
//     '&' and the first '=', a bare key gets "";
//   - res.send(obj): node writes a non-string as JSON with the response's
//     (text/plain) type; python refuses it (500, empty body, the reason in
//     the errors log);
//   - res.json always answers application/json; header names are
//     lower-cased and a content-type value too; res.binary defaults to
//     text/plain; res.redirect defaults to 301 with an empty body;
//   - bodyJson / body of invalid JSON fail the run (500, empty body, the
//     parser's error in the errors log); bodyText / bodyBinary still work;
//   - native output (console.* / print, stderr included) goes to the logs,
//     never the errors; context.log writes objects as compact JSON (python
//     escapes non-ASCII);
//   - x-open-runtimes-logging other than "enabled" (e.g. "Disabled") turns
//     logging off.
func TestOpenRuntimesRequestParity(t *testing.T) {
	cli := ensureImages(t)
	for _, d := range Catalog() {
		files, ok := parityFunctions[d.Key]
		if !ok {
			continue // the runtimes of other keys have their own parity tests
		}
		var entry string
		for name := range files {
			entry = name
		}
		code := writeFunction(t, files)
		python := d.Key == "python"
		t.Run(d.ID, func(t *testing.T) {
			rc := startRuntime(t, cli, d, code, entry)

			t.Run("query", func(t *testing.T) {
				r := expect(t, rc.call(t, "GET", "/query?a=b%20c&d=x+y&e&f=1=2&g=%26h&&i=%C3%A9", ""), 200, "")
				var got struct {
					Query       map[string]string
					QueryString string
					URL         string
				}
				if err := json.Unmarshal([]byte(r.body), &got); err != nil {
					t.Fatalf("%v: %s", err, r.body)
				}
				wantQS := "a=b%20c&d=x+y&e&f=1=2&g=%26h&&i=%C3%A9"
				want := map[string]string{"a": "b%20c", "d": "x+y", "e": "", "f": "1=2", "g": "%26h", "i": "%C3%A9"}
				if python {
					wantQS = "a=b c&d=x y&e&f=1=2&g=%26h&&i=\u00e9"
					want = map[string]string{"a": "b c", "d": "x y", "e": "", "f": "1=2", "g": "%26h", "i": "\u00e9"}
				}
				if got.QueryString != wantQS || !strings.HasSuffix(got.URL, "/query?"+wantQS) {
					t.Errorf("queryString %q, url %q; want %q", got.QueryString, got.URL, wantQS)
				}
				if fmt.Sprint(got.Query) != fmt.Sprint(want) {
					t.Errorf("query %v, want %v", got.Query, want)
				}
			})
			t.Run("send non-string", func(t *testing.T) {
				if python {
					r := expectEmpty(t, rc.call(t, "GET", "/sendobj", ""), 500)
					if _, errs := rc.logs(t, r); !strings.Contains(errs, "Unsupported body type") {
						t.Errorf("errors log %q lacks the reason", errs)
					}
					expectEmpty(t, rc.call(t, "GET", "/sendnum", ""), 500)
					return
				}
				r := expect(t, rc.call(t, "GET", "/sendobj", ""), 200, `{"a":1}`)
				expectHeader(t, r, "content-type", "text/plain; charset=utf-8")
				expect(t, rc.call(t, "GET", "/sendnum", ""), 201, "42")
			})
			t.Run("response helpers", func(t *testing.T) {
				r := expect(t, rc.call(t, "GET", "/jsontype", ""), 200, `{"x":1}`)
				expectHeader(t, r, "content-type", "application/json; charset=utf-8")
				r = expect(t, rc.call(t, "GET", "/headers", ""), 200, "h")
				expectHeader(t, r, "x-upper", "V")
				expectHeader(t, r, "content-type", "text/plain; charset=utf-8")
				r = expect(t, rc.call(t, "GET", "/binary", ""), 200, "\x00\xff\x80")
				expectHeader(t, r, "content-type", "text/plain; charset=utf-8")
				r = expect(t, rc.call(t, "GET", "/redirect", ""), 301, "")
				expectHeader(t, r, "location", "/next")
			})
			t.Run("invalid JSON body", func(t *testing.T) {
				bad := `{"invalidJson:true}`
				for _, path := range []string{"/bodyjson", "/body"} {
					r := expectEmpty(t, rc.call(t, "POST", path, bad, "content-type: application/json"), 500)
					if _, errs := rc.logs(t, r); !strings.Contains(strings.ToLower(errs), "json") {
						t.Errorf("%s: errors log %q does not name the JSON problem", path, errs)
					}
				}
				expect(t, rc.call(t, "POST", "/bodyjson", "{}", "content-type: application/json"), 200, "{}")
				expect(t, rc.call(t, "POST", "/bodytext", bad, "content-type: application/json"), 200, bad)
				expect(t, rc.call(t, "POST", "/bodybinary", bad, "content-type: application/json"), 200, bad)
			})
			t.Run("native output and log formatting", func(t *testing.T) {
				r := expect(t, rc.call(t, "GET", "/native", ""), 200, "ok")
				logs, errs := rc.logs(t, r)
				wantLogs := []string{"Native logs detected.", `stdout {"a":1}`, "stderr [1,2]", "raw stderr", "ctx {\"b\":\"\u00e9\"} 7\n"}
				wantErrs := "ctx error {\"c\":null}\n"
				if python {
					wantLogs = []string{"Native logs detected.", "stdout {'a': 1}", "stderr [1, 2]", "raw stderr", `ctx {"b":"\u00e9"} 7` + "\n"}
					wantErrs = "ctx error {\"c\":null}\n"
				}
				for _, want := range wantLogs {
					if !strings.Contains(logs, want) {
						t.Errorf("logs lack %q:\n%s", want, logs)
					}
				}
				if errs != wantErrs {
					t.Errorf("errors log %q, want %q (native output belongs to the logs)", errs, wantErrs)
				}
			})
			t.Run("logging header", func(t *testing.T) {
				r := expect(t, rc.call(t, "GET", "/native", "", HeaderLogging+": Disabled"), 200, "ok")
				if id := r.headers.Get(HeaderLogID); id != "" {
					t.Errorf("logging %q still logged (log id %q)", "Disabled", id)
				}
			})
		})
	}
}
