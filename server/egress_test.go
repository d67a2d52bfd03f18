package server_test

import (
	"encoding/json"
	"net"
	"net/url"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/fnflow/fnflow/config"
)

// egressProbeJS tries a TCP connection to each address (1.5 s each) and
// calls the API's function list at APPWRITE_FUNCTION_API_ENDPOINT with the
// given key.
const egressProbeJS = `const net = require('net');
const connect = (addr) => new Promise((resolve) => {
  const [host, port] = addr.split(':');
  const s = net.connect({ host, port: Number(port) });
  const done = (r) => { s.destroy(); resolve(r); };
  s.setTimeout(1500, () => done('timeout'));
  s.on('connect', () => done('connected'));
  s.on('error', (e) => done('error ' + e.code));
});
const probe = async (key, addrs) => {
  const endpoint = process.env.APPWRITE_FUNCTION_API_ENDPOINT;
  let api;
  try {
    const r = await fetch(endpoint + '/functions', { signal: AbortSignal.timeout(5000),
      headers: { 'x-appwrite-project': process.env.APPWRITE_FUNCTION_PROJECT_ID, 'x-appwrite-key': key } });
    api = r.status;
  } catch (e) {
    api = 'error ' + e.message;
  }
  const probes = {};
  for (const addr of addrs) probes[addr] = await connect(addr);
  return { endpoint, api, probes };
};
`

// nodeEgressProbe is a function running the probe on the addresses in its
// body, with its execution's key.
const nodeEgressProbe = egressProbeJS + `module.exports = async (context) =>
  context.res.json(await probe(context.req.headers['x-appwrite-key'], context.req.bodyJson.probe || []));
`

// buildEgressProbe runs the probe from a build command (with the build's
// APPWRITE_FUNCTION_API_KEY, on the addresses in probe.json) and leaves the
// result in the build output as seen.json.
const buildEgressProbe = egressProbeJS + `probe(process.env.APPWRITE_FUNCTION_API_KEY, JSON.parse(require('fs').readFileSync('probe.json')).probe)
  .then((r) => require('fs').writeFileSync('seen.json', JSON.stringify(r)));
`

type probeResult struct {
	Endpoint string            `json:"endpoint"`
	API      any               `json:"api"`
	Probes   map[string]string `json:"probes"`
}

// outsideServer is a TCP server on a Docker network of the test's own,
// outside fnflow's networks: published is its port published on that
// network's gateway (a host address that is not on fnflow's networks),
// direct its address on its network.
type outsideServer struct{ published, direct string }

func dockerCLI(t *testing.T, args ...string) string {
	t.Helper()
	out, err := exec.Command("docker", args...).CombinedOutput()
	if err != nil {
		t.Fatalf("docker %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return strings.TrimSpace(string(out))
}

// removeNetworkAtEnd removes a Docker network when the test ends (after
// everything registered later, such as the apps using it).
func removeNetworkAtEnd(t *testing.T, name string) {
	t.Cleanup(func() {
		if out, err := exec.Command("docker", "network", "rm", name).CombinedOutput(); err != nil &&
			!strings.Contains(strings.ToLower(string(out)), "not found") {
			t.Errorf("remove network %s: %v %s", name, err, out)
		}
	})
}

func startOutsideServer(t *testing.T, name string) outsideServer {
	t.Helper()
	removeNetworkAtEnd(t, name)
	dockerCLI(t, "network", "create", "--label", "fnflowtest.egress=1", name)
	gw := dockerCLI(t, "network", "inspect", "-f", "{{(index .IPAM.Config 0).Gateway}}", name)
	t.Cleanup(func() { _ = exec.Command("docker", "rm", "-f", name).Run() })
	dockerCLI(t, "run", "-d", "--name", name, "--network", name, "--label", "fnflowtest.egress=1", "-p", gw+"::7000",
		"--entrypoint", "node", "fnflow/runtime:node-18.0", "-e", `require('net').createServer((s) => s.end('outside\n')).listen(7000)`)
	published := dockerCLI(t, "port", name, "7000/tcp")
	ip := dockerCLI(t, "inspect", "-f", "{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}", name)
	s := outsideServer{published: strings.Fields(published)[0], direct: net.JoinHostPort(ip, "7000")}
	deadline := time.Now().Add(30 * time.Second)
	for { // the server answers the host at both addresses: a refused probe is the network's doing
		c1, err1 := net.DialTimeout("tcp", s.published, time.Second)
		c2, err2 := net.DialTimeout("tcp", s.direct, time.Second)
		for _, c := range []net.Conn{c1, c2} {
			if c != nil {
				c.Close()
			}
		}
		if err1 == nil && err2 == nil {
			return s
		}
		if time.Now().After(deadline) {
			t.Fatalf("outside server not answering: %v %v", err1, err2)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

func runProbe(t *testing.T, c *client, fid string, addrs ...string) probeResult {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"probe": addrs})
	e := execute(t, c, fid, map[string]any{"body": string(body)}, 201)
	var out probeResult
	if err := json.Unmarshal([]byte(e["responseBody"].(string)), &out); err != nil {
		t.Fatalf("probe answer %v (errors %v): %v", e["responseBody"], e["errors"], err)
	}
	t.Logf("function probe: %+v", out)
	return out
}

// buildProbe deploys a function whose build command runs the probe and
// returns what the build saw.
func buildProbe(t *testing.T, c *client, fid string, addrs ...string) probeResult {
	t.Helper()
	res := c.do("POST", "/v1/functions", map[string]any{"functionId": fid, "name": fid, "runtime": "node-18.0",
		"entrypoint": "index.js", "commands": "node build-probe.js", "scopes": []string{"functions.read"}}, nil)
	if res.Status != 201 {
		t.Fatalf("create: %d %s", res.Status, res.Body)
	}
	probe, _ := json.Marshal(map[string]any{"probe": addrs})
	code := tarGz(t, map[string]string{"index.js": "module.exports = async (c) => c.res.empty();",
		"build-probe.js": buildEgressProbe, "probe.json": string(probe)})
	up := c.upload(fid, []formField{{"activate", "true"}}, "code.tar.gz", code, nil)
	if up.Status != 202 {
		t.Fatalf("upload: %d %s", up.Status, up.Body)
	}
	did := up.JSON(t)["$id"].(string)
	if d := c.waitDeployment(fid, did, 2*time.Minute, "ready", "failed"); d["status"] != "ready" {
		t.Fatalf("build: %v\n%s", d["status"], d["buildLogs"])
	}
	files := untar(t, c.do("GET", "/v1/functions/"+fid+"/deployments/"+did+"/download?type=output", nil, nil).Body)
	var out probeResult
	if err := json.Unmarshal([]byte(files["seen.json"]), &out); err != nil {
		t.Fatalf("build probe %q (files %v): %v", files["seen.json"], keys(files), err)
	}
	t.Logf("build probe: %+v", out)
	return out
}

func endpointHost(t *testing.T, endpoint string) string {
	t.Helper()
	u, err := url.Parse(endpoint)
	if err != nil {
		t.Fatalf("endpoint %q: %v", endpoint, err)
	}
	return u.Hostname()
}

// TestFunctionEgress: with docker.egress none a function runs on an
// internal network of its own: it cannot open a connection to a server
// outside (published on a host address of another Docker network, nor at
// its address there), nor to another function's container, but calls the
// API with its key at APPWRITE_FUNCTION_API_ENDPOINT (the internal
// network's gateway), and sync and async executions work. Builds keep
// their egress (build_egress all) and reach the same server and the API.
// With server.function_endpoint set, no listener is opened on the gateway
// and functions without egress cannot reach the API. With egress all and
// build_egress none, the same probes turn around: the function connects to
// the outside server, the build does not, and both still call the API.
func TestFunctionEgress(t *testing.T) {
	requireImages(t, "fnflow/runtime:node-18.0")
	suffix := strings.ToLower(strings.ReplaceAll(t.Name(), "/", "-")) + "-" + time.Now().Format("150405.000000")
	suffix = strings.ReplaceAll(suffix, ".", "")
	outside := startOutsideServer(t, "fnflowtest-outside-"+suffix)
	internal := "fnflowtest-internal-" + suffix
	removeNetworkAtEnd(t, internal) // after both apps stopped

	t.Run("none", func(t *testing.T) {
		r := startExecApp(t, func(c *config.Config) { c.Docker.Egress, c.Docker.InternalNetwork = "none", internal })
		c := newClient(t, r)
		probeDid := seedFunction(t, r, c, "prober", "node-18.0", "index.js", nodeEgressProbe, map[string]any{"scopes": []string{"functions.read"}})
		targetDid := seedFunction(t, r, c, "target", "node-18.0", "index.js", nodeEcho, nil)
		execute(t, c, "target", map[string]any{}, 201) // warm: its container is up
		warm := runProbe(t, c, "prober")
		targetIP, selfIP := containerIP(t, targetDid), containerIP(t, probeDid)
		if strings.Contains(targetIP, " ") || strings.Contains(selfIP, " ") || targetIP == "" || selfIP == "" {
			t.Fatalf("runtime containers must be on the internal network only: target %q, prober %q", targetIP, selfIP)
		}
		self, target := net.JoinHostPort(selfIP, "3000"), net.JoinHostPort(targetIP, "3000")
		out := runProbe(t, c, "prober", outside.published, outside.direct, target, self)
		if gw, err := exec.Command("docker", "network", "inspect", "-f", "{{(index .IPAM.Config 0).Gateway}}", internal).Output(); err != nil ||
			endpointHost(t, warm.Endpoint) != strings.TrimSpace(string(gw)) {
			t.Errorf("endpoint %q is not on the internal network's gateway %s (%v)", warm.Endpoint, gw, err)
		}
		if out.API != 200.0 {
			t.Errorf("the function could not call the API at %s: %v", out.Endpoint, out.API)
		}
		if got := out.Probes[self]; got != "connected" {
			t.Errorf("probe of its own container: %q, want connected (the probe itself is broken)", got)
		}
		for _, addr := range []string{outside.published, outside.direct, target} {
			if got := out.Probes[addr]; got == "connected" {
				t.Errorf("a function without egress connected to %s", addr)
			}
		}
		if got, err := exec.Command("docker", "network", "inspect", "-f", `{{.Internal}} {{index .Options "com.docker.network.bridge.enable_icc"}}`, internal).CombinedOutput(); err != nil ||
			strings.TrimSpace(string(got)) != "true false" {
			t.Errorf("internal network %s: internal, icc = %s (%v)", internal, got, err)
		}
		if logs := r.Logs.String(); !strings.Contains(logs, "functions have no route out") || !strings.Contains(logs, "iptables -I INPUT -i br-") {
			t.Error("the start log does not say what functions without egress still reach, with the firewall rules")
		}
		// Async executions work too.
		res := c.do("POST", "/v1/functions/target/executions", map[string]any{"async": true}, nil)
		if res.Status != 202 {
			t.Fatalf("async execution: %d %s", res.Status, res.Body)
		}
		if e := waitExecution(t, c, "target", res.JSON(t)["$id"].(string), time.Minute); e["status"] != "completed" {
			t.Errorf("async execution: %v %v", e["status"], e["errors"])
		}
		// Builds keep their egress.
		b := buildProbe(t, c, "builder", outside.published)
		if b.API != 200.0 || b.Probes[outside.published] != "connected" {
			t.Errorf("a build with egress all: API %v, outside server %q", b.API, b.Probes[outside.published])
		}
	})

	// The operator keeps functions off the API: with server.function_endpoint
	// set, no listener is opened on the gateway.
	t.Run("none, API off", func(t *testing.T) {
		r := startExecApp(t, func(c *config.Config) {
			c.Docker.Egress, c.Docker.InternalNetwork = "none", internal
			c.Server.FunctionEndpoint = "http://127.0.0.1:1/v1"
		})
		c := newClient(t, r)
		seedFunction(t, r, c, "prober", "node-18.0", "index.js", nodeEgressProbe, map[string]any{"scopes": []string{"functions.read"}})
		gw := dockerCLI(t, "network", "inspect", "-f", "{{(index .IPAM.Config 0).Gateway}}", internal)
		_, port, _ := net.SplitHostPort(strings.TrimPrefix(r.URL, "http://"))
		apiOnGateway := net.JoinHostPort(gw, port)
		out := runProbe(t, c, "prober", apiOnGateway)
		if out.API == 200.0 || out.Probes[apiOnGateway] == "connected" {
			t.Errorf("the function reached the API: at its endpoint %v, on the gateway %q", out.API, out.Probes[apiOnGateway])
		}
		if !strings.Contains(r.Logs.String(), "the API endpoint they get is not on their network's gateway") {
			t.Error("no warning that functions without egress cannot reach their endpoint")
		}
	})

	t.Run("all", func(t *testing.T) {
		r := startExecApp(t, func(c *config.Config) { c.Docker.BuildEgress, c.Docker.InternalNetwork = "none", internal })
		c := newClient(t, r)
		seedFunction(t, r, c, "prober", "node-18.0", "index.js", nodeEgressProbe, map[string]any{"scopes": []string{"functions.read"}})
		out := runProbe(t, c, "prober", outside.published)
		if out.Probes[outside.published] != "connected" || out.API != 200.0 {
			t.Errorf("a function with egress all: outside server %q, API %v", out.Probes[outside.published], out.API)
		}
		b := buildProbe(t, c, "builder", outside.published)
		if b.API != 200.0 {
			t.Errorf("a build without egress could not call the API at %s: %v", b.Endpoint, b.API)
		}
		if got := b.Probes[outside.published]; got == "connected" {
			t.Errorf("a build without egress connected to %s", outside.published)
		}
	})
}
