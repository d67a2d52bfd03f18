package server_test

import (
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/fnflow/fnflow/config"
	"github.com/fnflow/fnflow/internal/testenv"
)

// nodeProbe reports the limits the kernel applies to its container
// (?cgroup=1), allocates memory it keeps (?alloc=MB), answers a body of N
// bytes (?big=N) or sleeps (?sleep=ms).
const nodeProbe = `const fs = require('fs');
const kept = [];
const read = (p) => { try { return fs.readFileSync(p, 'utf8').trim(); } catch (e) { return null; } };
module.exports = async (context) => {
  const q = context.req.query || {};
  if (q.cgroup) {
    return context.res.json({
      pids: read('/sys/fs/cgroup/pids/pids.max') ?? read('/sys/fs/cgroup/pids.max'),
      memory: read('/sys/fs/cgroup/memory/memory.limit_in_bytes') ?? read('/sys/fs/cgroup/memory.max'),
      memsw: read('/sys/fs/cgroup/memory/memory.memsw.limit_in_bytes'),
      swap: read('/sys/fs/cgroup/memory.swap.max'),
      quota: read('/sys/fs/cgroup/cpu/cpu.cfs_quota_us') ?? read('/sys/fs/cgroup/cpu,cpuacct/cpu.cfs_quota_us'),
      period: read('/sys/fs/cgroup/cpu/cpu.cfs_period_us') ?? read('/sys/fs/cgroup/cpu,cpuacct/cpu.cfs_period_us'),
      cpumax: read('/sys/fs/cgroup/cpu.max'),
    });
  }
  if (q.alloc) { kept.push(Buffer.alloc(Number(q.alloc) * 1024 * 1024, 1)); return context.res.text('allocated'); }
  if (q.big) return context.res.text('x'.repeat(Number(q.big)));
  if (q.sleep) await new Promise((r) => setTimeout(r, Number(q.sleep)));
  return context.res.text('ok');
};
`

// inspected is the part of `docker inspect` these tests read.
type inspected struct {
	ID     string
	Config struct {
		User   string
		Labels map[string]string
	}
	HostConfig struct {
		Memory, MemorySwap, NanoCPUs int64
		PidsLimit                    *int64
		ReadonlyRootfs               bool
		CapDrop                      []string
		SecurityOpt                  []string
		PortBindings                 map[string][]struct{ HostIp, HostPort string }
	}
	NetworkSettings struct {
		Ports map[string][]struct{ HostIp, HostPort string }
	}
}

func inspectContainer(t *testing.T, id string) inspected {
	t.Helper()
	out, err := exec.Command("docker", "inspect", id).Output()
	if err != nil {
		t.Fatalf("docker inspect %s: %v", id, err)
	}
	var l []inspected
	if err := json.Unmarshal(out, &l); err != nil || len(l) != 1 {
		t.Fatalf("docker inspect %s: %v %s", id, err, out)
	}
	return l[0]
}

// oneContainer waits (bounded) until the function's deployment has exactly
// one runtime container and returns its (short) ID.
func oneContainer(t *testing.T, r *testenv.Running, fid, did string) string {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		ids := runtimeContainers(t, r, fid, did)
		if len(ids) == 1 {
			return ids[0]
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s/%s has %d runtime containers, want 1: %v", fid, did, len(ids), ids)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// containersCreated counts the runtime containers created for a deployment
// since a time (Docker's events: a container created and removed again
// still counts).
func containersCreated(t *testing.T, did string, since time.Time) int {
	t.Helper()
	out, err := exec.Command("docker", "events", "--since", strconv.FormatInt(since.Unix()-1, 10),
		"--until", strconv.FormatInt(time.Now().Unix()+1, 10), "--filter", "type=container", "--filter", "event=create",
		"--filter", "label=fnflow.deployment="+did, "--filter", "label=fnflow.role=runtime", "--format", "{{.ID}}").Output()
	if err != nil {
		t.Fatalf("docker events: %v", err)
	}
	return len(strings.Fields(string(out)))
}

// TestRuntimeContainerLimits: a running production container from the real
// node image gets the function's specification as kernel limits (CPU
// quota, memory with swap equal to it, the pids limit), its port only on
// 127.0.0.1 and fnflow's hardening; a function that exceeds its memory is
// OOM-killed and its execution says so.
func TestRuntimeContainerLimits(t *testing.T) {
	requireImages(t, "fnflow/runtime:node-18.0")
	r := startExecApp(t, nil)
	c := newClient(t, r)
	did := seedFunction(t, r, c, "limits", "node-18.0", "index.js", nodeProbe,
		map[string]any{"runtimeSpecification": "s-0.5vcpu-512mb", "timeout": 30})
	m := execute(t, c, "limits", map[string]any{"path": "/?cgroup=1"}, 201)
	var cg struct{ Pids, Memory, Memsw, Swap, Quota, Period, Cpumax *string }
	if err := json.Unmarshal([]byte(m["responseBody"].(string)), &cg); err != nil || m["status"] != "completed" {
		t.Fatalf("probe: %v %q (%v)", m["status"], m["responseBody"], err)
	}
	const mem = 512 << 20
	// What the kernel enforces, read inside the container (cgroup v1 or v2).
	str := func(p *string) string {
		if p == nil {
			return "<none>"
		}
		return *p
	}
	t.Logf("cgroup: pids %s memory %s memsw %s swap %s quota %s period %s cpu.max %s", str(cg.Pids), str(cg.Memory),
		str(cg.Memsw), str(cg.Swap), str(cg.Quota), str(cg.Period), str(cg.Cpumax))
	if str(cg.Pids) != "256" {
		t.Errorf("pids.max %s, want 256", str(cg.Pids))
	}
	if str(cg.Memory) != strconv.Itoa(mem) {
		t.Errorf("memory limit %s, want %d", str(cg.Memory), mem)
	}
	switch {
	case cg.Memsw != nil: // v1: memory + swap = memory
		if *cg.Memsw != strconv.Itoa(mem) {
			t.Errorf("memory.memsw.limit_in_bytes %s, want %d (no swap)", *cg.Memsw, mem)
		}
	case cg.Swap != nil: // v2: swap alone
		if *cg.Swap != "0" {
			t.Errorf("memory.swap.max %s, want 0", *cg.Swap)
		}
	default:
		t.Error("no swap limit visible in the container's cgroup")
	}
	switch {
	case cg.Quota != nil && cg.Period != nil:
		q, _ := strconv.Atoi(*cg.Quota)
		p, _ := strconv.Atoi(*cg.Period)
		if p <= 0 || q*2 != p {
			t.Errorf("cpu quota %s / period %s, want half a CPU", *cg.Quota, *cg.Period)
		}
	case cg.Cpumax != nil:
		var q, p int
		if _, err := fmt.Sscanf(*cg.Cpumax, "%d %d", &q, &p); err != nil || p <= 0 || q*2 != p {
			t.Errorf("cpu.max %s, want half a CPU", *cg.Cpumax)
		}
	default:
		t.Error("no CPU quota visible in the container's cgroup")
	}
	// What Docker was told, on the running container.
	id := oneContainer(t, r, "limits", did)
	in := inspectContainer(t, id)
	hc := in.HostConfig
	if hc.Memory != mem || hc.MemorySwap != mem || hc.NanoCPUs != 500_000_000 || hc.PidsLimit == nil || *hc.PidsLimit != 256 {
		t.Errorf("resources: memory %d swap %d nanoCPUs %d pids %v", hc.Memory, hc.MemorySwap, hc.NanoCPUs, hc.PidsLimit)
	}
	if !hc.ReadonlyRootfs || !slices.Equal(hc.CapDrop, []string{"ALL"}) || !slices.Contains(hc.SecurityOpt, "no-new-privileges") ||
		in.Config.User != "65534:65534" {
		t.Errorf("hardening: read-only %v capDrop %v securityOpt %v user %q", hc.ReadonlyRootfs, hc.CapDrop, hc.SecurityOpt, in.Config.User)
	}
	bound := in.NetworkSettings.Ports["3000/tcp"]
	if len(hc.PortBindings["3000/tcp"]) != 1 || hc.PortBindings["3000/tcp"][0].HostIp != "127.0.0.1" || len(bound) == 0 {
		t.Errorf("port bindings %v, published %v", hc.PortBindings, in.NetworkSettings.Ports)
	}
	for _, b := range bound {
		if b.HostIp != "127.0.0.1" {
			t.Errorf("port 3000 published on %s:%s", b.HostIp, b.HostPort)
		}
	}
	// Beyond its memory, the container is OOM-killed: the execution fails
	// saying so, and the next one runs on a fresh container.
	m = execute(t, c, "limits", map[string]any{"path": "/?alloc=700"}, 201)
	if m["status"] != "failed" || !strings.Contains(m["errors"].(string), "ran out of memory (limit 512 MB)") {
		t.Fatalf("execution beyond the memory limit: %v (errors %q)", m["status"], m["errors"])
	}
	if m := execute(t, c, "limits", map[string]any{}, 201); m["status"] != "completed" {
		t.Fatalf("after the OOM kill: %v %q", m["status"], m["errors"])
	}
	if now := oneContainer(t, r, "limits", did); now == id {
		t.Fatalf("the OOM-killed container %s still serves", id)
	}
}

// TestWarmPoolRealRuntime checks the warm pool's behaviours through the API
// with the real node runtime: pre-warm on activation, single flight on a
// cold start, the response size cap, replacement of a crashed container,
// eviction of an idle container at docker.max_containers, and idle removal.
func TestWarmPoolRealRuntime(t *testing.T) {
	requireImages(t, "fnflow/runtime:node-18.0")
	r := startExecApp(t, func(c *config.Config) {
		c.Docker.MaxContainers, c.Docker.MaxContainersPerProject = 2, 2 // one project: all its slots
		c.Limits.ResponseBody = 4096
	})
	c := newClient(t, r)
	began := time.Now()

	// Pre-warm: activating a built deployment starts its container before
	// any execution, and the first execution runs on it.
	c.createFunction("pre", "node-18.0", "index.js", "")
	up := c.upload("pre", []formField{{"activate", "true"}}, "code.tar.gz",
		targz(t, gzip.DefaultCompression, 0, tarEntry{name: "index.js", body: nodeProbe}), nil)
	if up.Status != 202 {
		t.Fatalf("upload: %d %s", up.Status, up.Body)
	}
	preID := up.JSON(t)["$id"].(string)
	if d := c.waitDeployment("pre", preID, 2*time.Minute, "ready", "failed", "canceled"); d["status"] != "ready" {
		t.Fatalf("build %v: %q", d["status"], d["buildLogs"])
	}
	pre := oneContainer(t, r, "pre", preID)
	if m := execute(t, c, "pre", map[string]any{}, 201); m["status"] != "completed" {
		t.Fatalf("pre: %v", m)
	}
	if ids := runtimeContainers(t, r, "pre", preID); !slices.Equal(ids, []string{pre}) || containersCreated(t, preID, began) != 1 {
		t.Fatalf("the first execution did not use the pre-warmed container %s: %v", pre, ids)
	}

	// Single flight: concurrent first calls share one cold start.
	one := seedFunction(t, r, c, "one", "node-18.0", "index.js", nodeProbe, nil)
	var wg sync.WaitGroup
	statuses := make([]int, 6)
	for i := range statuses {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res := c.do("POST", "/v1/functions/one/executions", map[string]any{"path": "/?sleep=300"}, nil)
			var m map[string]any
			if json.Unmarshal(res.Body, &m) == nil && m["status"] == "completed" {
				statuses[i] = res.Status
			}
		}()
	}
	wg.Wait()
	if !slices.Equal(statuses, []int{201, 201, 201, 201, 201, 201}) {
		t.Fatalf("concurrent first executions: %v", statuses)
	}
	first := oneContainer(t, r, "one", one)
	if n := containersCreated(t, one, began); n != 1 {
		t.Fatalf("%d containers created for the concurrent first executions, want 1", n)
	}

	// Response size cap (limits.response_body): at the cap it passes,
	// beyond it the execution fails and says why.
	if m := execute(t, c, "one", map[string]any{"path": "/?big=4096"}, 201); m["status"] != "completed" || len(m["responseBody"].(string)) != 4096 {
		t.Fatalf("body at the cap: %v, %d bytes", m["status"], len(m["responseBody"].(string)))
	}
	if m := execute(t, c, "one", map[string]any{"path": "/?big=4097"}, 201); m["status"] != "failed" ||
		!strings.Contains(m["errors"].(string), "response body exceeds 4096 bytes") {
		t.Fatalf("body beyond the cap: %v %q", m["status"], m["errors"])
	}

	// Crash: a container killed behind the pool's back is replaced.
	if out, err := exec.Command("docker", "kill", first).CombinedOutput(); err != nil {
		t.Fatalf("docker kill: %v %s", err, out)
	}
	if m := execute(t, c, "one", map[string]any{}, 201); m["status"] != "completed" {
		t.Fatalf("after the crash: %v %q", m["status"], m["errors"])
	}
	if second := oneContainer(t, r, "one", one); second == first || containersCreated(t, one, began) != 2 {
		t.Fatalf("the crashed container %s was not replaced by one new container (%s)", first, second)
	}

	// Eviction at docker.max_containers = 2: pre and one are idle, so a
	// third function's cold start evicts the least recently used (pre).
	two := seedFunction(t, r, c, "two", "node-18.0", "index.js", nodeProbe, nil)
	if m := execute(t, c, "two", map[string]any{}, 201); m["status"] != "completed" {
		t.Fatalf("two: %v %q", m["status"], m["errors"])
	}
	oneContainer(t, r, "two", two)
	waitContainerGone(t, pre, 30*time.Second)
	if n := len(runtimeContainers(t, r, "one", one)); n != 1 {
		t.Fatalf("the recently used container of one was evicted (%d left)", n)
	}
}

// TestWarmPoolIdleRemoval: a container nobody calls for docker.idle_timeout
// is removed without any request, and the next call starts a new one.
func TestWarmPoolIdleRemoval(t *testing.T) {
	requireImages(t, "fnflow/runtime:node-18.0")
	r := startExecApp(t, func(c *config.Config) { c.Docker.IdleTimeout = 2 * time.Second })
	c := newClient(t, r)
	did := seedFunction(t, r, c, "idle", "node-18.0", "index.js", nodeProbe, nil)
	if m := execute(t, c, "idle", map[string]any{}, 201); m["status"] != "completed" {
		t.Fatalf("idle: %v %q", m["status"], m["errors"])
	}
	id := oneContainer(t, r, "idle", did)
	waitContainerGone(t, id, 30*time.Second)
	if m := execute(t, c, "idle", map[string]any{}, 201); m["status"] != "completed" {
		t.Fatalf("after idle removal: %v %q", m["status"], m["errors"])
	}
	if again := oneContainer(t, r, "idle", did); again == id {
		t.Fatalf("container %s was not removed", id)
	}
}
