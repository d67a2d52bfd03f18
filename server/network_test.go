package server_test

import (
	"context"
	"encoding/json"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/fnflow/fnflow/models"
)

// nodeNetProbe calls the API through APPWRITE_FUNCTION_API_ENDPOINT and
// tries a TCP connection to each address in the body ("host:port").
const nodeNetProbe = `const net = require('net');
const connect = (addr) => new Promise((resolve) => {
  const [host, port] = addr.split(':');
  const s = net.connect({ host, port: Number(port) });
  const done = (r) => { s.destroy(); resolve(r); };
  s.setTimeout(1500, () => done('timeout'));
  s.on('connect', () => done('connected'));
  s.on('error', (e) => done('error ' + e.code));
});
module.exports = async (context) => {
  const endpoint = process.env.APPWRITE_FUNCTION_API_ENDPOINT;
  let health;
  try {
    const r = await fetch(endpoint + '/health');
    health = r.status;
  } catch (e) {
    health = 'error ' + e.message;
  }
  const probes = {};
  for (const addr of context.req.bodyJson.probe || []) probes[addr] = await connect(addr);
  return context.res.json({ endpoint, health, probes });
};
`

// containerIP is the address of a deployment's runtime container on its
// Docker network.
func containerIP(t *testing.T, deploymentID string) string {
	t.Helper()
	id, err := exec.Command("docker", "ps", "-q", "--filter", "label=fnflow.deployment="+deploymentID).Output()
	if err != nil || len(strings.Fields(string(id))) != 1 {
		t.Fatalf("container of deployment %s: %q %v", deploymentID, id, err)
	}
	out, err := exec.Command("docker", "inspect", "-f", "{{range .NetworkSettings.Networks}}{{.IPAddress}} {{end}}", strings.TrimSpace(string(id))).Output()
	if err != nil {
		t.Fatal(err)
	}
	return strings.TrimSpace(string(out))
}

// TestFunctionNetwork: a function reaches fnflow's API at the endpoint it is
// given, and cannot open a connection to another function's container
// (fnflow's Docker network has inter-container traffic off), while the
// same probe reaches its own container.
func TestFunctionNetwork(t *testing.T) {
	requireImages(t, "fnflow/runtime:node-18.0")
	r := startExecApp(t, nil)
	c := newClient(t, r)
	probeDid := seedFunction(t, r, c, "prober", "node-18.0", "index.js", nodeNetProbe, nil)
	targetDid := seedFunction(t, r, c, "target", "node-18.0", "index.js", nodeEcho, nil)
	execute(t, c, "target", map[string]any{}, 201) // warm: its container is up
	execute(t, c, "prober", map[string]any{"body": `{}`}, 201)
	targetIP, selfIP := containerIP(t, targetDid), containerIP(t, probeDid)
	if targetIP == "" || selfIP == "" || strings.Contains(targetIP, " ") {
		t.Fatalf("container addresses: target %q, prober %q", targetIP, selfIP)
	}
	body, _ := json.Marshal(map[string]any{"probe": []string{targetIP + ":3000", selfIP + ":3000"}})
	start := time.Now()
	e := execute(t, c, "prober", map[string]any{"body": string(body)}, 201)
	var out struct {
		Endpoint string            `json:"endpoint"`
		Health   any               `json:"health"`
		Probes   map[string]string `json:"probes"`
	}
	if err := json.Unmarshal([]byte(e["responseBody"].(string)), &out); err != nil {
		t.Fatalf("prober answer %v: %v", e["responseBody"], err)
	}
	t.Logf("prober (%.1fs): %+v", time.Since(start).Seconds(), out)
	if out.Health != 200.0 {
		t.Errorf("the function could not reach the API at %s: %v", out.Endpoint, out.Health)
	}
	if strings.Contains(out.Endpoint, "127.0.0.1") || !strings.HasSuffix(out.Endpoint, "/v1") {
		t.Errorf("endpoint %q is not one a container can use", out.Endpoint)
	}
	if got := out.Probes[selfIP+":3000"]; got != "connected" {
		t.Errorf("probe of its own container: %q, want connected (the probe itself is broken)", got)
	}
	if got := out.Probes[targetIP+":3000"]; got == "connected" {
		t.Errorf("a function connected to another function's container %s", targetIP)
	}
}

// nodeAPICaller calls fnflow's API with the key of its execution.
const nodeAPICaller = `module.exports = async (context) => {
  const endpoint = process.env.APPWRITE_FUNCTION_API_ENDPOINT;
  const key = context.req.headers['x-appwrite-key'];
  const headers = { 'x-appwrite-project': process.env.APPWRITE_FUNCTION_PROJECT_ID, 'x-appwrite-key': key, 'content-type': 'application/json' };
  const list = await fetch(endpoint + '/functions', { headers });
  const listed = await list.json();
  const create = await fetch(endpoint + '/functions', { method: 'POST', headers,
    body: JSON.stringify({ functionId: 'made', name: 'made', runtime: 'node-18.0' }) });
  const created = await create.json();
  const run = await fetch(endpoint + '/functions/' + context.req.bodyJson.target + '/executions', { method: 'POST', headers, body: '{}' });
  return context.res.json({ key, list: list.status, total: listed.total, create: create.status, createType: created.type,
    run: run.status, runStatus: (await run.json()).status });
};
`

// TestFunctionCallsAPIWithItsKey: a function gets an ephemeral key with its
// scopes in x-appwrite-key and can call the API with it (list functions,
// run another function) but not beyond its scopes (create a function); the
// key appears in no log and stops working once it expires.
func TestFunctionCallsAPIWithItsKey(t *testing.T) {
	requireImages(t, "fnflow/runtime:node-18.0")
	r := startExecApp(t, nil)
	c := newClient(t, r)
	seedFunction(t, r, c, "caller", "node-18.0", "index.js", nodeAPICaller,
		map[string]any{"scopes": []string{"functions.read", "executions.write"}, "timeout": 30})
	seedFunction(t, r, c, "callee", "node-18.0", "index.js", nodeEcho, nil)
	execute(t, c, "callee", map[string]any{}, 201) // warm, so the nested call is quick
	e := execute(t, c, "caller", map[string]any{"body": `{"target":"callee"}`}, 201)
	var out struct {
		Key        string `json:"key"`
		List       int    `json:"list"`
		Total      int    `json:"total"`
		Create     int    `json:"create"`
		CreateType string `json:"createType"`
		Run        int    `json:"run"`
		RunStatus  string `json:"runStatus"`
	}
	if err := json.Unmarshal([]byte(e["responseBody"].(string)), &out); err != nil {
		t.Fatalf("caller answer %v (errors %v): %v", e["responseBody"], e["errors"], err)
	}
	if !strings.HasPrefix(out.Key, "ephemeral_") {
		t.Fatalf("x-appwrite-key %q", out.Key)
	}
	if out.List != 200 || out.Total != 2 || out.Run != 201 || out.RunStatus != "completed" {
		t.Errorf("calls within the function's scopes: %+v", out)
	}
	if out.Create != 401 || out.CreateType != "general_unauthorized_scope" {
		t.Errorf("create without functions.write: %d %s", out.Create, out.CreateType)
	}
	if strings.Contains(r.Logs.String(), out.Key) || strings.Contains(r.Logs.String(), out.Key[len("ephemeral_"):]) {
		t.Error("the ephemeral key appears in the log")
	}
	for _, ex := range listExecutions(t, c, "caller") {
		if b, _ := json.Marshal(ex); strings.Contains(string(b), out.Key[len("ephemeral_"):]) {
			t.Error("the ephemeral key appears in an execution")
		}
	}
	// Another project's header with this key is refused.
	other, err := r.App.Store.CreateProject(context.Background(), "", "other")
	if err != nil {
		t.Fatal(err)
	}
	k := &client{t: t, r: r, hdr: map[string]string{"X-Appwrite-Project": other.ID, "X-Appwrite-Key": out.Key}}
	wantError(t, k.do("GET", "/v1/functions", nil, nil), 401, "user_unauthorized")
	// Valid for timeout (30 s) + 60 s: still accepted now.
	k.hdr["X-Appwrite-Project"] = r.ProjectID
	if res := k.do("GET", "/v1/functions", nil, nil); res.Status != 200 {
		t.Fatalf("key during its lifetime: %d %s", res.Status, res.Body)
	}
	// The key the function got expires timeout + 60 s after it was issued.
	ctx := context.Background()
	secret, err := r.App.Store.ProjectKeySecret(ctx, r.ProjectID)
	if err != nil {
		t.Fatal(err)
	}
	claims, err := models.VerifyEphemeralKey(secret, out.Key, r.ProjectID)
	if err != nil {
		t.Fatalf("the function's key does not verify with its project's secret: %v", err)
	}
	if life := claims.ExpiresAt.Sub(claims.IssuedAt.Time); life != 90*time.Second || claims.ExecutionID != e["$id"] {
		t.Fatalf("function key valid for %s (want 30 s + 60 s), execution %q", life, claims.ExecutionID)
	}
	// Once expired, the API refuses it: the same claims issued by the same
	// issuer 95 s ago (expired 5 s ago) are refused, issued now accepted.
	same := models.EphemeralClaims{ProjectID: claims.ProjectID, FunctionID: claims.FunctionID,
		ExecutionID: claims.ExecutionID, Scopes: claims.Scopes}
	for _, c := range []struct {
		issued time.Time
		status int
	}{{time.Now(), 200}, {time.Now().Add(-95 * time.Second), 401}} {
		key, err := models.IssueEphemeralKey(secret, same, 30*time.Second, c.issued)
		if err != nil {
			t.Fatal(err)
		}
		k.hdr["X-Appwrite-Key"] = key
		res := k.do("GET", "/v1/functions", nil, nil)
		if c.status == 401 {
			wantError(t, res, 401, "user_unauthorized")
		} else if res.Status != 200 {
			t.Fatalf("key issued now: %d %s", res.Status, res.Body)
		}
	}
}

// TestBuildCallsAPIWithItsKey: a build command gets APPWRITE_FUNCTION_API_KEY
// (an ephemeral key with the function's scopes) and an endpoint it can
// reach, as Appwrite builds do.
func TestBuildCallsAPIWithItsKey(t *testing.T) {
	requireImages(t, "fnflow/runtime:node-18.0")
	r := startExecApp(t, nil)
	c := newClient(t, r)
	const cmd = `node -e "fetch(process.env.APPWRITE_FUNCTION_API_ENDPOINT + '/functions', {headers: {` +
		`'x-appwrite-project': process.env.APPWRITE_FUNCTION_PROJECT_ID, 'x-appwrite-key': process.env.APPWRITE_FUNCTION_API_KEY}})` +
		`.then((r) => r.json()).then((j) => require('fs').writeFileSync('seen.txt', String(j.total) + ' ' + j.functions[0].\$id))` +
		`.catch((e) => { console.error(e); process.exit(1); })"`
	res := c.do("POST", "/v1/functions", map[string]any{"functionId": "builder", "name": "builder", "runtime": "node-18.0",
		"entrypoint": "index.js", "commands": cmd, "scopes": []string{"functions.read"}}, nil)
	if res.Status != 201 {
		t.Fatalf("create: %d %s", res.Status, res.Body)
	}
	code := tarGz(t, map[string]string{"index.js": "module.exports = async (c) => c.res.empty();"})
	up := c.upload("builder", []formField{{"activate", "true"}}, "code.tar.gz", code, nil)
	if up.Status != 202 {
		t.Fatalf("upload: %d %s", up.Status, up.Body)
	}
	did := up.JSON(t)["$id"].(string)
	d := c.waitDeployment("builder", did, 2*time.Minute, "ready", "failed")
	if d["status"] != "ready" {
		t.Fatalf("build: %v\n%s", d["status"], d["buildLogs"])
	}
	files := untar(t, c.do("GET", "/v1/functions/builder/deployments/"+did+"/download?type=output", nil, nil).Body)
	if got := strings.TrimSpace(files["seen.txt"]); got != "1 builder" {
		t.Fatalf("the build saw %q through the API (files %v)", got, keys(files))
	}
}
