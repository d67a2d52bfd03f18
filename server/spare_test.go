package server_test

import (
	"encoding/json"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/fnflow/fnflow/config"
	"github.com/fnflow/fnflow/internal/testreq"
	"github.com/fnflow/fnflow/runtimes"
)

// nodeWhoAmI answers its variable and its host name (the first 12
// characters of its container's ID).
const nodeWhoAmI = `const os = require('os');
module.exports = async (context) => context.res.json({ secret: process.env.SECRET_VAR || null, host: os.hostname(),
  fn: process.env.APPWRITE_FUNCTION_ID || null });`

// spareContainers lists this app's idle or specialized spares (full IDs).
func spareContainers(t *testing.T, instance string) []string {
	t.Helper()
	out, err := exec.Command("docker", "ps", "-aq", "--no-trunc", "--filter", "label=fnflow.owner="+instance,
		"--filter", "label=fnflow.spare=true").Output()
	if err != nil {
		t.Fatalf("docker ps: %v", err)
	}
	return strings.Fields(string(out))
}

// requireSpareImage skips t (or fails it where every dependency is
// required) unless image is built and its server supports spares.
func requireSpareImage(t testing.TB, image string) {
	t.Helper()
	requireImages(t, image)
	out, err := exec.Command("docker", "image", "inspect", "--format", `{{index .Config.Labels "`+runtimes.LabelSpecialize+`"}}`, image).Output()
	if err != nil || strings.TrimSpace(string(out)) != "1" {
		testreq.Missing(t, "image "+image+" predates spare support: rebuild it (fnflow runtimes build)")
	}
}

// dockerConfigOf is a container's Docker configuration as JSON: env,
// labels, name and mounts.
func dockerConfigOf(t *testing.T, id string) string {
	t.Helper()
	out, err := exec.Command("docker", "inspect", "--format", "{{json .Config.Env}} {{json .Config.Labels}} {{.Name}} {{json .Mounts}}", id).Output()
	if err != nil {
		t.Fatalf("docker inspect %s: %v", id, err)
	}
	return string(out)
}

// TestSpareColdStartThroughAPI: with docker.spares on, a cold start through
// the API runs on a pre-started spare whose Docker configuration never
// holds the function's identity or variables, while user code sees them;
// a specialized container serves only its function; the pool refills;
// deleting the function removes its container.
func TestSpareColdStartThroughAPI(t *testing.T) {
	image := runtimes.ImagePrefix + ":node-18.0"
	requireSpareImage(t, image)
	r, c := startApp(t, func(cfg *config.Config) {
		cfg.Docker.Spares = 1
		cfg.Docker.SpareRuntimes = []string{"node-18.0"}
	})
	instance := r.Config.Docker.InstanceID
	waitSpares := func(not ...string) string {
		t.Helper()
		deadline := time.Now().Add(60 * time.Second)
		for time.Now().Before(deadline) {
			if r.App.Pool.Stats().Spares == 1 {
				for _, id := range spareContainers(t, instance) {
					if !strings.Contains(strings.Join(not, " "), id) {
						return id
					}
				}
			}
			time.Sleep(50 * time.Millisecond)
		}
		t.Fatalf("no new spare after 60s (stats %+v)", r.App.Pool.Stats())
		return ""
	}

	const secret = "s3cr3t-value-of-f"
	did := seedFunction(t, r, c, "spf", "node-18.0", "index.js", nodeWhoAmI, nil)
	if res := c.do("POST", "/v1/functions/spf/variables", map[string]any{"variableId": "v1", "key": "SECRET_VAR", "value": secret}, nil); res.Status != 201 {
		t.Fatalf("create variable: %d %s", res.Status, res.Body)
	}
	seedFunction(t, r, c, "spg", "node-18.0", "index.js", nodeWhoAmI, nil)

	anonymous := func(id string) {
		t.Helper()
		cfg := dockerConfigOf(t, id)
		for _, v := range []string{secret, "spf", "spg", did, r.ProjectID} {
			if strings.Contains(cfg, v) {
				t.Errorf("container %s's Docker configuration holds %q: %s", id[:12], v, cfg)
			}
		}
	}
	spare := waitSpares()
	anonymous(spare)

	answer := func(fid string) (string, string) {
		t.Helper()
		e := execute(t, c, fid, map[string]any{}, 201)
		var got struct{ Secret, Host, Fn string }
		if err := json.Unmarshal([]byte(e["responseBody"].(string)), &got); err != nil || e["status"] != "completed" || got.Fn != fid {
			t.Fatalf("execution of %s: %v (%v)", fid, e, err)
		}
		return got.Secret, got.Host
	}
	gotSecret, hostF := answer("spf")
	if gotSecret != secret || hostF != spare[:12] {
		t.Fatalf("f saw %q on %s, want its variable on the spare %s", gotSecret, hostF, spare[:12])
	}
	anonymous(spare) // after specialization too

	next := waitSpares(spare)
	anonymous(next)
	gSecret, hostG := answer("spg")
	if hostG == hostF || hostG != next[:12] || gSecret != "" {
		t.Fatalf("g ran on %s with %q (f's container %s, the new spare %s)", hostG, gSecret, hostF, next[:12])
	}
	if _, again := answer("spf"); again != hostF {
		t.Fatalf("f moved from %s to %s", hostF, again)
	}

	if res := c.do("DELETE", "/v1/functions/spf", nil, nil); res.Status != 204 {
		t.Fatalf("delete: %d %s", res.Status, res.Body)
	}
	deadline := time.Now().Add(60 * time.Second)
	for exec.Command("docker", "inspect", spare).Run() == nil {
		if time.Now().After(deadline) {
			t.Fatalf("f's container %s is still there 60s after the function's deletion", spare[:12])
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// TestSpareReadyForBuild: with docker.spares on and no image named in
// docker.spare_runtimes, a build starting for an image gives it a spare
// while the build runs, and the deployment's first instance (the pre-warm
// when it turns ready) is that spare, specialized: the first deployment of
// an image on a fresh worker does not pay a full cold start either.
func TestSpareReadyForBuild(t *testing.T) {
	image := runtimes.ImagePrefix + ":node-18.0"
	requireSpareImage(t, image)
	r, c := startApp(t, func(cfg *config.Config) { cfg.Docker.Spares = 1 })
	instance := r.Config.Docker.InstanceID
	if n := r.App.Pool.Stats().Spares; n != 0 {
		t.Fatalf("%d spares before any build, want none (no spare_runtimes)", n)
	}
	c.createFunction("spb", "node-18.0", "index.js", "")
	// The build waits long enough for a spare to start on a loaded host.
	up := c.upload("spb", []formField{{"activate", "true"}, {"commands", "sleep 12"}}, "code.tar.gz",
		tarGz(t, map[string]string{"index.js": nodeWhoAmI}), nil)
	if up.Status != 202 {
		t.Fatalf("upload: %d %s", up.Status, up.Body)
	}
	did := up.JSON(t)["$id"].(string)
	sawSpare := false
	deadline := time.Now().Add(3 * time.Minute)
	for !sawSpare && time.Now().Before(deadline) {
		st := c.do("GET", "/v1/functions/spb/deployments/"+did, nil, nil).JSON(t)["status"]
		if st != "building" && st != "waiting" && st != "processing" {
			break
		}
		sawSpare = r.App.Pool.Stats().Spares > 0
		time.Sleep(100 * time.Millisecond)
	}
	if !sawSpare {
		t.Fatalf("no spare of %s while its build ran (stats %+v)", image, r.App.Pool.Stats())
	}
	c.waitDeployment("spb", did, 3*time.Minute, "ready")
	e := execute(t, c, "spb", map[string]any{}, 201)
	var got struct{ Host string }
	if err := json.Unmarshal([]byte(e["responseBody"].(string)), &got); err != nil || e["status"] != "completed" {
		t.Fatalf("execution: %v (%v)", e, err)
	}
	spares := spareContainers(t, instance)
	found := false
	for _, id := range spares {
		found = found || strings.HasPrefix(id, got.Host)
	}
	if !found {
		t.Fatalf("the first instance %s is not a specialized spare (spares of this app: %v)", got.Host, spares)
	}
}
