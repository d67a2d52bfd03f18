package server_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"net"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/fnflow/fnflow/config"
	"github.com/fnflow/fnflow/internal/testenv"
	"github.com/fnflow/fnflow/models"
)

// nodeRecon is hostile user code: it reports what the container lets it
// see and reach (files, mounts, environment, limits, network).
const nodeRecon = `const fs = require('fs');
const net = require('net');
const connect = (host, port) => new Promise((resolve) => {
  const s = net.connect({ host, port });
  const done = (r) => { s.destroy(); resolve(r); };
  s.setTimeout(1500, () => done('timeout'));
  s.on('connect', () => done('connected'));
  s.on('error', (e) => done('error ' + e.code));
});
const tryRead = (p) => { try { return fs.readFileSync(p, 'utf8').slice(0, 4000); } catch (e) { return 'error ' + e.code; } };
const tryWrite = (p) => { try { fs.writeFileSync(p, 'x'); return 'written'; } catch (e) { return 'error ' + e.code; } };
const tryList = (p) => { try { return fs.readdirSync(p); } catch (e) { return 'error ' + e.code; } };
module.exports = async (context) => {
  const out = {};
  out.env = process.env;
  out.mounts = tryRead('/proc/self/mounts');
  out.root = tryList('/');
  out.run = tryList('/var/run');
  out.sock = tryRead('/var/run/docker.sock');
  out.codeWrite = tryWrite('/usr/local/server/src/function/pwn');
  out.rootWrite = tryWrite('/pwn');
  out.tmpWrite = tryWrite('/tmp/pwn');
  out.logsList = tryList('/mnt/logs');
  out.route = tryRead('/proc/net/route');
  out.cgroup = tryRead('/proc/self/cgroup');
  out.pidsMax = tryRead('/sys/fs/cgroup/pids.max') + '|' + tryRead('/sys/fs/cgroup/pids/pids.max');
  out.memMax = tryRead('/sys/fs/cgroup/memory.max') + '|' + tryRead('/sys/fs/cgroup/memory/memory.limit_in_bytes');
  out.status = tryRead('/proc/self/status');
  const gw = (() => {
    const lines = tryRead('/proc/net/route').split('\n').slice(1);
    for (const l of lines) { const f = l.trim().split(/\s+/); if (f[1] === '00000000') { const h = f[2]; return [3,2,1,0].map(i => parseInt(h.substr(i*2, 2), 16)).join('.'); } }
    return '';
  })();
  out.gateway = gw;
  out.probes = {};
  for (const host of [gw]) {
    for (const port of (context.req.bodyJson.ports || [])) out.probes[host + ':' + port] = await connect(host, port);
  }
  const ep = process.env.APPWRITE_FUNCTION_API_ENDPOINT || '';
  try { const r = await fetch(ep.replace(/\/v1$/, '') + '/metrics'); out.metrics = r.status + ' ' + (await r.text()).slice(0, 200); } catch (e) { out.metrics = 'error ' + e.message; }
  return context.res.json(out);
};
`

// TestAttackContainerView: what hostile code sees from inside its runtime
// container: no Docker socket, read-only code and root, no capabilities,
// no-new-privileges, a pids and memory limit, nothing of fnflow's own
// environment, and of the host's ports through the gateway only the API
// (not its /metrics: loopback only). The test's Temporal and PostgreSQL
// listen on loopback, so this also checks that a loopback service is out of
// reach through the gateway.
func TestAttackContainerView(t *testing.T) {
	requireImages(t, "fnflow/runtime:node-18.0")
	r := startExecApp(t, nil)
	c := newClient(t, r)
	seedFunction(t, r, c, "recon", "node-18.0", "index.js", nodeRecon, nil)
	u, _ := url.Parse(r.URL)
	apiPort, _ := strconv.Atoi(u.Port())
	body, _ := json.Marshal(map[string]any{"ports": []int{7233, 8233, 5432, 2375, 2376, apiPort}})
	e := execute(t, c, "recon", map[string]any{"body": string(body)}, 201)
	var out struct {
		Env       map[string]string `json:"env"`
		Sock      string            `json:"sock"`
		CodeWrite string            `json:"codeWrite"`
		RootWrite string            `json:"rootWrite"`
		Status    string            `json:"status"`
		PidsMax   string            `json:"pidsMax"`
		MemMax    string            `json:"memMax"`
		Gateway   string            `json:"gateway"`
		Probes    map[string]string `json:"probes"`
		Metrics   string            `json:"metrics"`
	}
	if err := json.Unmarshal([]byte(e["responseBody"].(string)), &out); err != nil {
		t.Fatalf("recon answer %v: %v", e["responseBody"], err)
	}
	if !strings.HasPrefix(out.Sock, "error ") || !strings.HasPrefix(out.CodeWrite, "error ") || !strings.HasPrefix(out.RootWrite, "error ") {
		t.Errorf("docker socket %q, code dir write %q, root write %q: want errors", out.Sock, out.CodeWrite, out.RootWrite)
	}
	for _, want := range []string{"CapEff:\t0000000000000000", "NoNewPrivs:\t1", "Uid:\t65534"} {
		if !strings.Contains(out.Status, want) {
			t.Errorf("/proc/self/status lacks %q:\n%s", want, out.Status)
		}
	}
	limited := regexp.MustCompile(`(^|\|)\d+\n?(\||$)`)
	if !limited.MatchString(out.PidsMax) {
		t.Errorf("pids limit %q", out.PidsMax)
	}
	if !limited.MatchString(out.MemMax) || strings.Contains(out.MemMax, "9223372036854") {
		t.Errorf("memory limit %q", out.MemMax)
	}
	for k := range out.Env {
		if strings.HasPrefix(k, "FNFLOW") || strings.Contains(k, "POSTGRES") || strings.Contains(k, "TEMPORAL") || strings.Contains(k, "DOCKER") {
			t.Errorf("the function sees %s", k)
		}
	}
	if out.Gateway == "" {
		t.Fatalf("no default route seen: %+v", out)
	}
	for addr, res := range out.Probes {
		host, port, _ := strings.Cut(addr, ":")
		if host == out.Gateway && port == u.Port() {
			if res != "connected" {
				t.Errorf("API through the gateway %s: %s", addr, res)
			}
			continue
		}
		if res == "connected" {
			t.Errorf("the function connects to %s", addr)
		}
	}
	if !strings.HasPrefix(out.Metrics, "404 ") {
		t.Errorf("the function reads /metrics: %q", out.Metrics)
	}
}

// nodeHostileAnswers answers what its path asks for, bypassing the runtime
// server's own response writing where a real server would not send it.
const nodeHostileAnswers = `const http = require('http');
const raw = (bytes, keepOpen) => {
  const orig = http.ServerResponse.prototype.end;
  http.ServerResponse.prototype.end = function () {
    http.ServerResponse.prototype.end = orig;
    this.socket.write(bytes);
    if (!keepOpen) this.socket.end();
  };
};
const hangup = () => {
  const orig = http.ServerResponse.prototype.end;
  http.ServerResponse.prototype.end = function () {
    http.ServerResponse.prototype.end = orig;
    this.socket.destroy();
  };
};
let calls = 0;
module.exports = async (context) => {
  const p = context.req.path;
  calls++;
  if (p === '/count') return context.res.text(String(calls));
  if (p === '/hangup') hangup();
  if (p === '/bigheader') return context.res.text('ok', 200, { 'x-big': 'a'.repeat(8 << 20) });
  if (p === '/bigtype') return context.res.text('ok', 200, { 'content-type': 'text/plain; x=' + 'a'.repeat(4 << 20) });
  if (p === '/manyheaders') { const h = {}; for (let i = 0; i < 50000; i++) h['x-h' + i] = 'v'; return context.res.text('ok', 200, h); }
  if (p === '/cookie') return context.res.text('ok', 200, { 'set-cookie': 'a=b; Domain=localhost; Path=/' });
  if (p === '/s101') raw('HTTP/1.1 101 Switching Protocols\r\nUpgrade: evil\r\nConnection: Upgrade\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\nevil');
  if (p === '/s999') raw('HTTP/1.1 999 Nope\r\nContent-Length: 2\r\n\r\nok');
  if (p === '/s204body') raw('HTTP/1.1 204 No Content\r\nContent-Length: 40\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\nevil');
  if (p === '/lie') raw('HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\nshort', true);
  if (p === '/tecl') raw('HTTP/1.1 200 OK\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nevil\r\n0\r\n\r\n');
  if (p === '/splitheader') raw('HTTP/1.1 200 OK\r\nX-A: a\rSet-Cookie: evil=1\r\nContent-Length: 2\r\n\r\nok');
  if (p === '/garbage') raw('\x00\x01\x02 not http at all');
  return context.res.text('fallback');
};
`

// TestAttackHostileAnswers: a function that writes raw HTTP to its socket
// (user code runs inside the runtime server) gets a recorded execution from
// the API, never a 5xx of the API, and through its domain a final status:
// a 101 passed on would make a proxy in front of fnflow tunnel whatever the
// client sends next straight to fnflow's listener.
func TestAttackHostileAnswers(t *testing.T) {
	requireImages(t, "fnflow/runtime:node-18.0")
	r := startExecApp(t, nil)
	c := newClient(t, r)
	seedFunction(t, r, c, "hostile", "node-18.0", "index.js", nodeHostileAnswers, map[string]any{"timeout": 5})
	host := "hostile." + r.ProjectID + ".functions.localhost"
	cases := []struct {
		path       string
		apiCode    float64 // the execution's responseStatusCode
		domainCode int
	}{
		{"/s101", 101, 500},
		{"/s999", 999, 500},
		{"/s204body", 204, 204},
		{"/tecl", 200, 200},
		{"/cookie", 200, 200},
	}
	for _, tc := range cases {
		t.Run(tc.path, func(t *testing.T) {
			e := execute(t, c, "hostile", map[string]any{"path": tc.path}, 201)
			if e["responseStatusCode"] != tc.apiCode {
				t.Errorf("API: responseStatusCode %v, want %v", e["responseStatusCode"], tc.apiCode)
			}
			d := domainDo(t, r, host, "GET", tc.path, nil, nil)
			if d.Status != tc.domainCode {
				t.Errorf("domain: status %d, want %d (body %q)", d.Status, tc.domainCode, d.Body)
			}
		})
	}
	t.Run("huge content-type is not stored", func(t *testing.T) {
		e := execute(t, c, "hostile", map[string]any{"path": "/bigtype"}, 201)
		if hs, _ := json.Marshal(e["responseHeaders"]); len(hs) < 4<<20 {
			t.Fatalf("the sync caller lost the function's content-type (%d bytes of headers)", len(hs))
		}
		res := c.do("GET", "/v1/functions/hostile/executions/"+e["$id"].(string), nil, nil)
		if res.Status != 200 || len(res.Body) > 64<<10 {
			t.Fatalf("the stored execution: %d, %d bytes", res.Status, len(res.Body))
		}
	})
	if strings.Contains(r.Logs.String(), "panic") {
		t.Fatalf("a handler panicked:\n%s", r.Logs.String())
	}
}

// TestAttackRuntimeHangsUp: a function that destroys its socket or answers
// bytes that are not HTTP, its container still running, fails its
// execution at once (500, one sentence in errors) as a function's own
// failure: one attempt, no engine retry, no ERROR in the server log. It
// used to count as an engine failure: three attempts over ~7.5 s, then
// "The function's runtime could not be reached.".
func TestAttackRuntimeHangsUp(t *testing.T) {
	requireImages(t, "fnflow/runtime:node-18.0")
	r := startExecApp(t, nil)
	c := newClient(t, r)
	seedFunction(t, r, c, "hangup", "node-18.0", "index.js", nodeHostileAnswers, map[string]any{"timeout": 5})
	const sentence = "The function's runtime closed the connection without a valid response."
	check := func(label string, e map[string]any) {
		t.Helper()
		errs, _ := e["errors"].(string)
		if e["status"] != "failed" || e["responseStatusCode"] != 500.0 || !strings.Contains(errs, sentence) {
			t.Errorf("%s: status %v, code %v, errors %q", label, e["status"], e["responseStatusCode"], errs)
		}
	}
	check("/garbage", execute(t, c, "hangup", map[string]any{"path": "/garbage"}, 201))
	a := execute(t, c, "hangup", map[string]any{"path": "/garbage", "async": true}, 202)
	check("async /garbage", waitExecution(t, c, "hangup", a["$id"].(string), 60*time.Second))
	// The same container served every call: each ran once.
	if n := execute(t, c, "hangup", map[string]any{"path": "/count"}, 201)["responseBody"]; n != "3" {
		t.Errorf("the function ran %v times for two bad answers and this call, want 3 (retried?)", n)
	}
	// A hang-up without a byte on a reused connection is sent once more on
	// another connection (it cannot be told from a keep-alive race), then
	// fails the same way.
	check("/hangup", execute(t, c, "hangup", map[string]any{"path": "/hangup"}, 201))
	for _, l := range strings.Split(r.Logs.String(), "\n") {
		if strings.Contains(l, "level=ERROR") || strings.Contains(l, "execution failed in the engine") {
			t.Errorf("server log: %.400s", l)
		}
	}
}

// TestAttackAPIInput: hostile input from a deploy-scoped key gets Appwrite
// error bodies (4xx), never a 500.
func TestAttackAPIInput(t *testing.T) {
	r := testenv.StartApp(t, testenv.AppOptions{Temporal: temporal})
	c := newClient(t, r)
	if res := c.do("POST", "/v1/functions", map[string]any{"functionId": "fn", "name": "fn", "runtime": "node-18.0"}, nil); res.Status != 201 {
		t.Fatalf("setup: %d %s", res.Status, res.Body)
	}
	other := testenv.StartApp(t, testenv.AppOptions{Temporal: temporal})
	oc := newClient(t, other)
	if res := oc.do("POST", "/v1/functions", map[string]any{"functionId": "theirs", "name": "theirs", "runtime": "node-18.0"}, nil); res.Status != 201 {
		t.Fatalf("setup: %d %s", res.Status, res.Body)
	}
	nest := strings.Repeat("[", 100000) + strings.Repeat("]", 100000)
	cases := []struct {
		name, method, path string
		body               any
	}{
		{"nul in function name", "POST", "/v1/functions", `{"functionId":"n1","name":"a\u0000b","runtime":"node-18.0"}`},
		{"nul in variable value", "POST", "/v1/functions/fn/variables", `{"key":"K1","value":"a\u0000b"}`},
		{"nul in variable key", "POST", "/v1/functions/fn/variables", `{"key":"K\u0000","value":"v"}`},
		{"nul in project variable", "POST", "/v1/project/variables", `{"key":"P1","value":"a\u0000b"}`},
		{"nul in search", "GET", "/v1/functions?search=%00", nil},
		{"invalid utf8 in search", "GET", "/v1/functions?search=%ff%fe", nil},
		{"nul in query value", "GET", "/v1/functions?" + q(`{"method":"equal","attribute":"name","values":["a\u0000"]}`), nil},
		{"invalid utf8 query value", "GET", "/v1/functions?queries[]=" + url.QueryEscape(`{"method":"equal","attribute":"name","values":["`) + "%ff" + url.QueryEscape(`"]}`), nil},
		{"huge int query", "GET", "/v1/functions?" + q(`{"method":"greaterThan","attribute":"timeout","values":[99999999999999999999999]}`), nil},
		{"float query on int", "GET", "/v1/functions?" + q(`{"method":"greaterThan","attribute":"timeout","values":[1e300]}`), nil},
		{"huge limit", "GET", "/v1/functions?" + q(`{"method":"limit","values":[99999999999999999999]}`), nil},
		{"huge offset", "GET", "/v1/functions?" + q(`{"method":"offset","values":[9223372036854775807]}`), nil},
		{"cursor of another project", "GET", "/v1/functions?" + q(`{"method":"cursorAfter","values":["theirs"]}`), nil},
		{"deep nesting", "POST", "/v1/functions", `{"functionId":"n2","name":"n","runtime":"node-18.0","execute":` + nest + `}`},
		{"nul in execution path", "POST", "/v1/functions/fn/executions", `{"path":"/a\u0000"}`},
		{"nul in execution body", "POST", "/v1/functions/fn/executions", `{"body":"a\u0000b","async":true}`},
		{"nul in event", "POST", "/v1/events", `{"event":"x\u0000"}`},
		{"nul in deployment id", "GET", "/v1/functions/fn/deployments/%00", nil},
		{"nul in entrypoint", "POST", "/v1/functions", `{"functionId":"n3","name":"n","runtime":"node-18.0","entrypoint":"a\u0000"}`},
		{"nul in commands", "POST", "/v1/functions", `{"functionId":"n4","name":"n","runtime":"node-18.0","commands":"a\u0000"}`},
		{"nul in schedule", "POST", "/v1/functions", `{"functionId":"n5","name":"n","runtime":"node-18.0","schedule":"\u0000"}`},
		{"nul in execution header", "POST", "/v1/functions/fn/executions", `{"headers":{"a":"\u0000"}}`},
		{"nul in scheduledAt", "POST", "/v1/functions/fn/executions", `{"async":true,"scheduledAt":"2030\u0000"}`},
		{"template nul", "POST", "/v1/functions/fn/deployments/template", `{"repository":"a\u0000","owner":"b","rootDirectory":"c","type":"branch","reference":"d"}`},
		{"executions query nul", "GET", "/v1/functions/fn/executions?" + q(`{"method":"equal","attribute":"requestPath","values":["\u0000"]}`), nil},
		{"deployments search nul", "GET", "/v1/functions/fn/deployments?search=%00", nil},
		{"template root traversal", "POST", "/v1/functions/fn/deployments/template", `{"repository":"templates","owner":"fnflow","rootDirectory":"node/../../..","type":"branch","reference":"main"}`},
		{"template root absolute", "POST", "/v1/functions/fn/deployments/template", `{"repository":"templates","owner":"fnflow","rootDirectory":"/etc","type":"branch","reference":"main"}`},
		{"template root dot", "POST", "/v1/functions/fn/deployments/template", `{"repository":"templates","owner":"fnflow","rootDirectory":".","type":"branch","reference":"main"}`},
		{"usage bad range", "GET", "/v1/functions/usage?range=%00", nil},
		{"usage of other project's function", "GET", "/v1/functions/theirs/usage", nil},
		{"download other project's function", "GET", "/v1/functions/theirs/deployments/x/download", nil},
		{"templates huge limit", "GET", "/v1/functions/templates?limit=99999999999999999999", nil},
		{"templates negative offset", "GET", "/v1/functions/templates?offset=-1", nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res := c.do(tc.method, tc.path, tc.body, nil)
			if res.Status >= 500 {
				t.Errorf("%s %.100s: %d %s", tc.method, tc.path, res.Status, res.Body)
			}
			if strings.Contains(tc.name, "other project") || strings.Contains(tc.name, "another project") {
				if res.Status < 400 || bytes.Contains(res.Body, []byte("theirs\"")) {
					t.Errorf("%s %.100s reaches another project: %d %.300s", tc.method, tc.path, res.Status, res.Body)
				}
			}
		})
	}
}

// rawDomainRequest sends raw bytes to the server and returns the status
// line of the answer ("" when the connection closed without one).
func rawDomainRequest(t *testing.T, r *testenv.Running, raw string) string {
	t.Helper()
	u, _ := url.Parse(r.URL)
	conn, err := net.DialTimeout("tcp", u.Host, 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	_ = conn.SetDeadline(time.Now().Add(60 * time.Second))
	if _, err := conn.Write([]byte(raw)); err != nil {
		t.Fatal(err)
	}
	line, _ := bufio.NewReader(conn).ReadString('\n')
	return strings.TrimSpace(line)
}

// TestAttackDomainRequests: odd request targets on a function domain reach
// the function; methods an execution cannot have (CONNECT, TRACE, ...) get
// a 4xx, never a 5xx: a CONNECT used to reach the runtime, which hung up,
// and cost engine retries.
func TestAttackDomainRequests(t *testing.T) {
	requireImages(t, "fnflow/runtime:node-18.0")
	r := startExecApp(t, nil)
	c := newClient(t, r)
	seedFunction(t, r, c, "plain", "node-18.0", "index.js", `module.exports = async (context) => context.res.text('ok');`, nil)
	host := "plain." + r.ProjectID + ".functions.localhost"
	for _, tc := range []struct{ method, target string }{
		{"GET", "/"},
		{"PROPFIND", "/"},
		{"TRACE", "/"},
		{"CONNECT", "/"},
		{"CONNECT", "evil.example:443"},
		{"FOO.BAR", "/"},
		{"GET", "http://other.example/x?y=1"},
		{"GET", "*"},
		{"GET", "/a%00b"},
		{"GET", "/a#frag"},
		{"GET", "/" + strings.Repeat("a", 6000)},
		{"GET", "/?" + strings.Repeat("q=1&", 2000)},
	} {
		raw := tc.method + " " + tc.target + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n"
		line := rawDomainRequest(t, r, raw)
		if strings.HasPrefix(line, "HTTP/1.1 5") {
			t.Errorf("%s %.40s: %s", tc.method, tc.target, line)
		}
		if tc.method != "GET" && !strings.HasPrefix(line, "HTTP/1.1 4") {
			t.Errorf("%s %.40s: %s, want a 4xx (not an execution method)", tc.method, tc.target, line)
		}
	}
	if t.Failed() {
		res := c.do("GET", "/v1/functions/plain/executions", nil, nil)
		t.Logf("%.3000s", res.Body)
		for _, l := range strings.Split(r.Logs.String(), "\n") {
			if strings.Contains(l, "level=ERROR") || strings.Contains(l, "level=WARN") {
				t.Logf("%.600s", l)
			}
		}
	}
}

// TestAttackForwardedJWTStaysInItsProject: a user calling a function of a
// hostile tenant hands it their JWT (x-appwrite-user-jwt). The token the
// function gets must work in that function's project only: replayed
// against another project's API it is refused, while the caller's own
// token (no projectId claim) works there.
func TestAttackForwardedJWTStaysInItsProject(t *testing.T) {
	requireImages(t, "fnflow/runtime:node-18.0")
	r := startExecApp(t, nil)
	c := newClient(t, r)
	code := `module.exports = async ({ req, res }) => res.text(req.headers['x-appwrite-user-jwt'] || '')`
	seedFunction(t, r, c, "stealer", "node-18.0", "index.js", code, map[string]any{"execute": []string{"users"}})
	victim, err := r.App.Store.CreateProject(t.Context(), "", "victim")
	if err != nil {
		t.Fatal(err)
	}
	tok := userJWT(t, r.Config.Auth.JWTSecret, "alice")
	res := c.do("POST", "/v1/functions/stealer/executions", map[string]any{}, map[string]string{"X-Appwrite-Key": "", "X-Appwrite-JWT": tok})
	if res.Status != 201 {
		t.Fatalf("execute as alice: %d %s", res.Status, res.Body)
	}
	stolen, _ := res.JSON(t)["responseBody"].(string)
	if stolen == "" {
		t.Fatalf("the function got no user JWT: %s", res.Body)
	}
	as := func(project, token string) response {
		return c.do("GET", "/v1/functions/stealer/executions", nil, map[string]string{"X-Appwrite-Project": project, "X-Appwrite-Key": "", "X-Appwrite-JWT": token})
	}
	if got := as(victim.ID, tok); got.Status == 401 {
		t.Fatalf("the caller's own token should be accepted in another project (no projectId claim): %d %s", got.Status, got.Body)
	}
	wantError(t, as(victim.ID, stolen), 401, "user_jwt_invalid")
	if got := as(r.ProjectID, stolen); got.Status != 200 {
		t.Fatalf("the forwarded token in its own project: %d %s", got.Status, got.Body)
	}
}

// TestAttackContainerSlotsAcrossProjects: long-running executions of one
// project cannot hold every container slot (docker.max_containers is one
// pool for every project): the project stops at
// docker.max_containers_per_project and another project's function still
// gets a container; the project's own further cold starts wait for one of
// its slots (and run once one is free), or fail, if none frees within
// their timeout, with 503 and a sentence that says so. Before, the other
// function's execution failed after ~1.5 s with 500 "The function's
// runtime could not be reached.".
func TestAttackContainerSlotsAcrossProjects(t *testing.T) {
	requireImages(t, "fnflow/runtime:node-18.0")
	r := startExecApp(t, func(cfg *config.Config) {
		cfg.Docker.MaxContainers, cfg.Docker.MaxContainersPerProject = 3, 2
	})
	c := newClient(t, r)
	sleeper := `module.exports = async (context) => { await new Promise(r => setTimeout(r, 10000)); return context.res.text('late'); };`
	hog1 := seedFunction(t, r, c, "hog1", "node-18.0", "index.js", sleeper, map[string]any{"timeout": 30})
	hog2 := seedFunction(t, r, c, "hog2", "node-18.0", "index.js", sleeper, map[string]any{"timeout": 30})
	seedFunction(t, r, c, "hog3", "node-18.0", "index.js", sleeper, map[string]any{"timeout": 30})
	seedFunction(t, r, c, "quick", "node-18.0", "index.js", `module.exports = async (context) => context.res.text('ok');`, map[string]any{"timeout": 1})
	p, err := r.App.Store.CreateProject(t.Context(), "", "victim")
	if err != nil {
		t.Fatal(err)
	}
	_, key, err := r.App.Store.CreateAPIKey(t.Context(), p.ID, "k", []string{"functions.read", "functions.write", "executions.read", "executions.write"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	vr := *r
	vr.ProjectID, vr.Key = p.ID, key
	vc := newClient(t, &vr)
	seedFunction(t, &vr, vc, "victim", "node-18.0", "index.js", `module.exports = async (context) => context.res.text('ok');`, map[string]any{"timeout": 2})

	h1 := execute(t, c, "hog1", map[string]any{"async": true}, 202)
	h2 := execute(t, c, "hog2", map[string]any{"async": true}, 202)
	deadline := time.Now().Add(60 * time.Second)
	for r.App.Pool.Instances(hog1) == 0 || r.App.Pool.Instances(hog2) == 0 {
		if time.Now().After(deadline) {
			t.Fatal("the two hogs did not get their containers")
		}
		time.Sleep(50 * time.Millisecond)
	}
	// A third long run of the project would take the last slot; it waits.
	h3 := execute(t, c, "hog3", map[string]any{"async": true}, 202)
	time.Sleep(2 * time.Second)
	if e := execute(t, vc, "victim", map[string]any{}, 201); e["status"] != "completed" {
		t.Errorf("the other project's function while the hogs hold their project's slots: %v %v %q", e["status"], e["responseStatusCode"], e["errors"])
	}
	e := execute(t, c, "quick", map[string]any{}, 201)
	if errs, _ := e["errors"].(string); e["status"] != "failed" || e["responseStatusCode"] != 503.0 ||
		!strings.Contains(errs, "this project's functions kept busy all 2 runtime containers a project may use") {
		t.Errorf("the project's own cold start that found no slot within its 1 s timeout: %v %v %q", e["status"], e["responseStatusCode"], errs)
	}
	for _, x := range []struct{ fn, id string }{{"hog1", h1["$id"].(string)}, {"hog2", h2["$id"].(string)}, {"hog3", h3["$id"].(string)}} {
		if got := waitExecution(t, c, x.fn, x.id, 90*time.Second); got["status"] != "completed" {
			t.Errorf("%s: %v %v %q", x.fn, got["status"], got["responseStatusCode"], got["errors"])
		}
	}
	for _, l := range strings.Split(r.Logs.String(), "\n") {
		if strings.Contains(l, "level=ERROR") {
			t.Errorf("server log: %.400s", l)
		}
	}
}

// TestAttackUploadFields: an upload's form fields (entrypoint, commands,
// filename) with bytes no row, environment or command line can hold get a
// 400 at the upload, not a 500 or a deployment that can never run.
func TestAttackUploadFields(t *testing.T) {
	r := testenv.StartApp(t, testenv.AppOptions{Temporal: temporal})
	c := newClient(t, r)
	c.createFunction("up", "node-18.0", "index.js", "")
	code := tarGz(t, map[string]string{"index.js": "module.exports = async (c) => c.res.text('ok');"})
	for _, tc := range []struct {
		name   string
		fields []formField
		file   string
	}{
		{"invalid utf-8 entrypoint", []formField{{"activate", "true"}, {"entrypoint", "index\xff.js"}}, "code.tar.gz"},
		{"nul entrypoint", []formField{{"activate", "true"}, {"entrypoint", "index.js\x00"}}, "code.tar.gz"},
		{"invalid utf-8 commands", []formField{{"activate", "true"}, {"commands", "echo \xff"}}, "code.tar.gz"},
		{"nul commands", []formField{{"activate", "true"}, {"commands", "echo\x00hi"}}, "code.tar.gz"},
		{"odd filename", []formField{{"activate", "false"}}, "../../\xff\x00evil\r\n.tar.gz"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := c.upload("up", tc.fields, tc.file, code, nil)
			if res.Status >= 500 {
				t.Fatalf("%d %s", res.Status, res.Body)
			}
			if tc.name != "odd filename" && res.Status != 400 {
				t.Fatalf("%d %s, want 400", res.Status, res.Body)
			}
		})
	}
	for _, body := range []string{
		`{"functionId":"f1","name":"n","runtime":"node-18.0","entrypoint":"index.js\u0000"}`,
		`{"functionId":"f2","name":"n","runtime":"node-18.0","commands":"npm i\u0000"}`,
	} {
		wantError(t, c.do("POST", "/v1/functions", body, nil), 400, "general_argument_invalid")
	}
}

// TestAttackIdempotencyKeyIsTheCallers: a user who sends another user's
// idempotency key gets an execution of their own, not the other's (its
// request path, client IP and user ID); an API key still finds the
// execution its key made.
func TestAttackIdempotencyKeyIsTheCallers(t *testing.T) {
	requireImages(t, "fnflow/runtime:node-18.0")
	r := startExecApp(t, nil)
	c := newClient(t, r)
	seedFunction(t, r, c, "idem", "node-18.0", "index.js", `module.exports = async (context) => context.res.text('ok');`,
		map[string]any{"execute": []string{"users"}})
	as := func(user, key string) map[string]any {
		h := map[string]string{"X-Fnflow-Idempotency-Key": key}
		if user != "" {
			h["X-Appwrite-Key"], h["X-Appwrite-JWT"] = "", userJWT(t, r.Config.Auth.JWTSecret, user)
		}
		res := c.do("POST", "/v1/functions/idem/executions", map[string]any{"path": "/secret?token=" + user}, h)
		if res.Status != 201 {
			t.Fatalf("execute as %q: %d %s", user, res.Status, res.Body)
		}
		return res.JSON(t)
	}
	alice := as("alice", "order-1")
	if again := as("alice", "order-1"); again["$id"] != alice["$id"] {
		t.Fatalf("alice's retry ran again: %v then %v", alice["$id"], again["$id"])
	}
	bob := as("bob", "order-1")
	if perms, _ := json.Marshal(bob["$permissions"]); bob["$id"] == alice["$id"] || !strings.Contains(string(perms), "user:bob") {
		t.Fatalf("bob got alice's execution: %v", bob)
	}
	k1 := as("", "order-1")
	if k2 := as("", "order-1"); k1["$id"] != k2["$id"] || k1["$id"] == alice["$id"] {
		t.Fatalf("key: %v, %v (alice %v)", k1["$id"], k2["$id"], alice["$id"])
	}
}

// TestAttackEphemeralKeyStaysInItsProject: the key a run gets
// (x-appwrite-key: ephemeral_…) works with its own project only, whatever
// X-Appwrite-Project says.
func TestAttackEphemeralKeyStaysInItsProject(t *testing.T) {
	requireImages(t, "fnflow/runtime:node-18.0")
	r := startExecApp(t, nil)
	c := newClient(t, r)
	code := `module.exports = async ({ req, res }) => res.text(req.headers['x-appwrite-key'] || '')`
	seedFunction(t, r, c, "keyleak", "node-18.0", "index.js", code, map[string]any{"scopes": []string{"functions.read", "executions.read"}})
	victim, err := r.App.Store.CreateProject(t.Context(), "", "victim")
	if err != nil {
		t.Fatal(err)
	}
	e := execute(t, c, "keyleak", map[string]any{}, 201)
	key, _ := e["responseBody"].(string)
	if !strings.HasPrefix(key, models.EphemeralKeyPrefix) {
		t.Fatalf("the run got no ephemeral key: %q", key)
	}
	wantError(t, c.do("GET", "/v1/functions", nil, map[string]string{"X-Appwrite-Project": victim.ID, "X-Appwrite-Key": key}), 401, "user_unauthorized")
	if res := c.do("GET", "/v1/functions", nil, map[string]string{"X-Appwrite-Key": key}); res.Status != 200 {
		t.Fatalf("the key in its own project: %d %s", res.Status, res.Body)
	}
	wantError(t, c.do("POST", "/v1/functions", map[string]any{"functionId": "x", "name": "x", "runtime": "node-18.0"},
		map[string]string{"X-Appwrite-Key": key}), 401, "general_unauthorized_scope")
}

// TestAttackListExecutionsBounded: a list never reads request or response
// bodies, and an admin's page larger than 25 streams the executions with
// their logs read 25 rows at a time, as Appwrite answers them (any limit,
// logs and errors included): the same items as small pages, in any
// response format. Users get no logs.
func TestAttackListExecutionsBounded(t *testing.T) {
	for _, driver := range []string{"sqlite", "postgres"} {
		t.Run(driver, func(t *testing.T) { listExecutionsBounded(t, driver) })
	}
}

func listExecutionsBounded(t *testing.T, driver string) {
	r := testenv.StartApp(t, testenv.AppOptions{Driver: driver, Temporal: temporal})
	c := newClient(t, r)
	c.createFunction("many", "node-18.0", "index.js", "")
	const n = 60
	big := strings.Repeat("l", 100<<10)
	for i := range n {
		e := &models.Execution{ProjectID: r.ProjectID, ID: models.NewID(), FunctionID: "many", Trigger: models.TriggerHTTP,
			Status: models.ExecutionCompleted, RequestMethod: "POST", RequestPath: "/", RequestBody: []byte(big),
			ResponseStatusCode: 200, Logs: fmt.Sprintf("%d %s", i, big), Errors: fmt.Sprintf("e%d", i),
			Permissions: models.StringList{`read("user:alice")`}, UserID: "alice"}
		if err := r.App.Store.CreateExecution(t.Context(), e); err != nil {
			t.Fatal(err)
		}
	}
	list := func(format string, queries ...string) []any {
		t.Helper()
		path := "/v1/functions/many/executions?" + strings.Join(queries, "&")
		res := c.do("GET", path, nil, map[string]string{"X-Appwrite-Response-Format": format})
		var m struct {
			Total      int   `json:"total"`
			Executions []any `json:"executions"`
		}
		if res.Status != 200 || json.Unmarshal(res.Body, &m) != nil || m.Total != n {
			t.Fatalf("%s: %d %.300s", path, res.Status, res.Body)
		}
		return m.Executions
	}
	for _, format := range []string{"1.9.5", "1.5.0"} {
		all := list(format, q(`{"method":"limit","values":[9223372036854775807]}`))
		if len(all) != n {
			t.Fatalf("%s: %d executions, want %d", format, len(all), n)
		}
		var small []any
		for off := 0; off < n; off += 25 {
			small = append(small, list(format, q(`{"method":"limit","values":[25]}`), q(fmt.Sprintf(`{"method":"offset","values":[%d]}`, off)))...)
		}
		a, _ := json.Marshal(all)
		b, _ := json.Marshal(small)
		if !bytes.Equal(a, b) {
			t.Fatalf("%s: the streamed page differs from pages of 25", format)
		}
		for i, e := range all {
			m := e.(map[string]any)
			if logs, _ := m["logs"].(string); !strings.HasPrefix(logs, fmt.Sprintf("%d ", i)) || len(logs) < len(big) || m["errors"] != fmt.Sprintf("e%d", i) {
				t.Fatalf("%s: execution %d: logs %.20q (%d bytes), errors %v", format, i, logs, len(logs), m["errors"])
			}
		}
	}
	res := c.do("GET", "/v1/functions/many/executions?"+q(`{"method":"limit","values":[100]}`), nil,
		map[string]string{"X-Appwrite-Key": "", "X-Appwrite-JWT": userJWT(t, r.Config.Auth.JWTSecret, "alice")})
	if res.Status != 200 || bytes.Contains(res.Body, []byte(big[:1000])) || !bytes.Contains(res.Body, []byte(`"total":60`)) {
		t.Fatalf("a user's list: %d, %d bytes", res.Status, len(res.Body))
	}
}

// TestAttackProjectVariablesNeedProjectScopes: a functions-scoped key (a
// deploy key) can neither read nor write project variables, which every
// function of the project gets: Appwrite 1.9 asks project.read /
// project.write there.
func TestAttackProjectVariablesNeedProjectScopes(t *testing.T) {
	r := testenv.StartApp(t, testenv.AppOptions{Temporal: temporal})
	c := newClient(t, r)
	if res := c.do("POST", "/v1/project/variables", map[string]any{"variableId": "pv", "key": "PTOKEN", "value": "s"}, nil); res.Status != 201 {
		t.Fatalf("setup: %d %s", res.Status, res.Body)
	}
	_, key, err := r.App.Store.CreateAPIKey(t.Context(), r.ProjectID, "deploy", []string{"functions.read", "functions.write"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	h := map[string]string{"X-Appwrite-Key": key}
	wantError(t, c.do("GET", "/v1/project/variables", nil, h), 401, "general_unauthorized_scope")
	wantError(t, c.do("GET", "/v1/project/variables/pv", nil, h), 401, "general_unauthorized_scope")
	wantError(t, c.do("POST", "/v1/project/variables", map[string]any{"variableId": "x", "key": "X", "value": "v"}, h), 401, "general_unauthorized_scope")
	wantError(t, c.do("PUT", "/v1/project/variables/pv", map[string]any{"key": "PTOKEN", "value": "evil"}, h), 401, "general_unauthorized_scope")
	wantError(t, c.do("DELETE", "/v1/project/variables/pv", nil, h), 401, "general_unauthorized_scope")
	if res := c.do("GET", "/v1/functions", nil, h); res.Status != 200 {
		t.Fatalf("the deploy key on functions: %d %s", res.Status, res.Body)
	}
}
