package docker

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/docker/docker/api/types/container"
	"github.com/docker/docker/api/types/filters"

	"github.com/fnflow/fnflow/internal/testreq"
	"github.com/fnflow/fnflow/runtimes"
)

// The spare images: the locally built runtimes, whose servers support
// specialization.
var (
	spareNodeImage   = runtimes.ImagePrefix + ":node-18.0"
	sparePythonImage = runtimes.ImagePrefix + ":python-3.11"
)

const (
	spareNodeCode = `const fs = require('fs');
module.exports = async ({ req, res }) => res.json({ foo: process.env.FOO || null, app: process.env.APPWRITE_FUNCTION_ID || null,
  entry: process.env.OPEN_RUNTIMES_ENTRYPOINT, mem: process.env.OPEN_RUNTIMES_MEMORY, data: fs.readFileSync(__dirname + '/link.txt', 'utf8'),
  leak: (() => { try { return fs.readFileSync(__dirname + '/leak', 'utf8'); } catch (e) { return null; } })(),
  slept: req.query.sleep ? await new Promise((r) => setTimeout(() => r(req.query.sleep), Number(req.query.sleep))) : null });
`
	sparePythonCode = `import os


def main(context):
    here = os.path.dirname(__file__)
    with open(os.path.join(here, "link.txt")) as f:
        data = f.read()
    try:
        with open(os.path.join(here, "leak")) as f:
            leak = f.read()
    except OSError:
        leak = None
    return context.res.json({"foo": os.environ.get("FOO"), "app": os.environ.get("APPWRITE_FUNCTION_ID"),
                             "entry": os.environ.get("OPEN_RUNTIMES_ENTRYPOINT"), "mem": os.environ.get("OPEN_RUNTIMES_MEMORY"),
                             "data": data, "leak": leak})
`
)

// requireSpareImage skips tb (or fails it where every dependency is
// required) unless ref is built and its server supports spares.
func requireSpareImage(tb testing.TB, eng *Engine, ref string) {
	tb.Helper()
	requireImage(tb, eng, ref)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	ok, err := eng.spareLabel(ctx, ref)
	if err != nil {
		tb.Fatal(err)
	}
	if !ok {
		testreq.Missing(tb, fmt.Sprintf("image %s predates spare support: rebuild it (fnflow runtimes build)", ref))
	}
}

// spareSpec is a deployment of code (with lib/data.txt and a link to it)
// on image, with a secret variable.
func spareSpec(tb testing.TB, name, image string) RuntimeSpec {
	tb.Helper()
	spec := testSpec(tb, name)
	entry, code := "index.js", spareNodeCode
	if image == sparePythonImage {
		entry, code = "main.py", sparePythonCode
	}
	must := func(err error) {
		if err != nil {
			tb.Fatal(err)
		}
	}
	must(os.WriteFile(filepath.Join(spec.CodeDir, entry), []byte(code), 0o644))
	must(os.Mkdir(filepath.Join(spec.CodeDir, "lib"), 0o755))
	must(os.WriteFile(filepath.Join(spec.CodeDir, "lib", "data.txt"), []byte("data of "+name), 0o644))
	must(os.Symlink("lib/data.txt", filepath.Join(spec.CodeDir, "link.txt")))
	// A link to a host file: the host must copy the link, never follow it.
	canary := filepath.Join(tb.TempDir(), "canary")
	must(os.WriteFile(canary, []byte("host canary"), 0o644))
	must(os.Symlink(canary, filepath.Join(spec.CodeDir, "leak")))
	spec.Image, spec.Entrypoint, spec.CPUs, spec.MemoryMB = image, entry, 1, 192
	spec.Env = map[string]string{"FOO": "secret-value-" + name, "APPWRITE_FUNCTION_ID": spec.FunctionID}
	return spec
}

type spareAnswer struct {
	Foo, App, Entry, Mem, Data string
	Leak                       *string
}

func spareCall(tb testing.TB, p *Pool, spec RuntimeSpec) (spareAnswer, *Response) {
	tb.Helper()
	resp := execOK(tb, p, spec, Request{Method: "GET", Path: "/"})
	var a spareAnswer
	if err := json.Unmarshal(resp.Body, &a); err != nil || resp.StatusCode != 200 {
		tb.Fatalf("answer %d %q: %v", resp.StatusCode, resp.Body, err)
	}
	return a, resp
}

// spareIDs lists the idle spares of image.
func spareIDs(p *Pool, image string) []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	var ids []string
	if si := p.spares[image]; si != nil {
		for _, w := range si.idle {
			ids = append(ids, w.id)
		}
	}
	return ids
}

func waitSpare(tb testing.TB, p *Pool, image string, not ...string) string {
	tb.Helper()
	var id string
	eventually(tb, 60*time.Second, "a spare of "+image, func() bool {
		for _, s := range spareIDs(p, image) {
			old := false
			for _, n := range not {
				old = old || s == n
			}
			if !old {
				id = s
				return true
			}
		}
		return false
	})
	return id
}

func inspect(tb testing.TB, eng *Engine, id string) container.InspectResponse {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	r, err := eng.cli.ContainerInspect(ctx, id)
	if err != nil {
		tb.Fatalf("inspect %s: %v", id, err)
	}
	return r
}

func gone(tb testing.TB, eng *Engine, id string) bool {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	_, err := eng.cli.ContainerInspect(ctx, id)
	return err != nil && isNotFound(err)
}

// checkAnonymous fails when a spare's Docker configuration names a
// function or holds one of its variables.
func checkAnonymous(tb testing.TB, r container.InspectResponse, specs ...RuntimeSpec) {
	tb.Helper()
	config, _ := json.Marshal(struct {
		Env    []string
		Labels map[string]string
		Name   string
		Mounts any
	}{r.Config.Env, r.Config.Labels, r.Name, r.Mounts})
	for _, s := range specs {
		for _, v := range append([]string{s.ProjectID, s.FunctionID, s.DeploymentID, s.CodeDir}, mapValues(s.Env)...) {
			if strings.Contains(string(config), v) {
				tb.Errorf("spare %s's Docker configuration holds %q: %s", r.ID, v, config)
			}
		}
	}
	if !strings.HasPrefix(r.Name, "/fnflow-runtime-spare-") || r.Config.Labels[LabelSpare] != "true" {
		tb.Errorf("spare name %q, labels %v", r.Name, r.Config.Labels)
	}
	for _, k := range []string{LabelProject, LabelFunction, LabelDeployment, LabelKey} {
		if r.Config.Labels[k] != "" {
			tb.Errorf("spare label %s = %q", k, r.Config.Labels[k])
		}
	}
	h := r.HostConfig
	if !h.ReadonlyRootfs || len(h.CapDrop) != 1 || h.CapDrop[0] != "ALL" || r.Config.User != containerUser ||
		h.PidsLimit == nil || *h.PidsLimit <= 0 || h.Memory == 0 || len(h.SecurityOpt) != 1 || h.SecurityOpt[0] != "no-new-privileges" {
		tb.Errorf("spare hardening: %+v user %q", h, r.Config.User)
	}
	var code, logs bool
	for _, m := range r.Mounts {
		code = code || (m.Destination == CodeMountPath && m.Type == "volume")
		logs = logs || (m.Destination == LogsMountPath && m.Type == "volume")
	}
	if !code || !logs {
		tb.Errorf("spare mounts %+v", r.Mounts)
	}
}

func mapValues(m map[string]string) []string {
	var out []string
	for _, v := range m {
		out = append(out, v)
	}
	return out
}

func spareOptions(images ...string) PoolOptions {
	return PoolOptions{Spares: 1, SpareImages: images, SpareCPUs: 0.5, SpareMemoryMB: 128, SpareTmpMB: 256}
}

// TestSpareLifecycle: a spare is anonymous; a cold start specializes it
// (code, limits, variables visible to user code); the pool refills; a
// specialized container serves only its deployment and is refused a second
// specialization; deletion removes it.
func TestSpareLifecycle(t *testing.T) {
	for _, image := range []string{spareNodeImage, sparePythonImage} {
		t.Run(image[strings.LastIndex(image, ":")+1:], func(t *testing.T) {
			t.Parallel()
			eng := newTestEngine(t, "")
			requireSpareImage(t, eng, image)
			p := newTestPool(t, eng, spareOptions(image))
			a, b := spareSpec(t, "spa", image), spareSpec(t, "spb", image)

			first := waitSpare(t, p, image)
			checkAnonymous(t, inspect(t, eng, first), a, b)
			// Before specialization it runs nothing and takes no second secret.
			p.mu.Lock()
			w := p.spares[image].idle[0]
			p.mu.Unlock()
			if code, _ := rawCall(t, w, "GET", "/", "", w.secret); code != http.StatusServiceUnavailable {
				t.Errorf("unspecialized spare answered %d", code)
			}
			if code, _ := rawCall(t, w, "POST", specializeURL, `{"env":{}}`, "wrong"); code == http.StatusOK {
				t.Errorf("specialize with a wrong secret answered %d", code)
			}

			got, resp := spareCall(t, p, a)
			if resp.ContainerID != first || !resp.ColdStart {
				t.Fatalf("cold start ran on %s (cold %v), want the spare %s", resp.ContainerID, resp.ColdStart, first)
			}
			if got.Foo != a.Env["FOO"] || got.App != a.FunctionID || got.Entry != a.Entrypoint || got.Mem != "192" || got.Data != "data of spa" ||
				got.Leak != nil {
				t.Errorf("specialized answer %+v", got)
			}
			r := inspect(t, eng, first)
			checkAnonymous(t, r, a, b) // the Docker configuration stays anonymous
			if r.HostConfig.Memory != 192<<20 || r.HostConfig.NanoCPUs != 1e9 {
				t.Errorf("limits after specialization: memory %d, nano cpus %d", r.HostConfig.Memory, r.HostConfig.NanoCPUs)
			}
			p.mu.Lock()
			ws := slices.Clone(p.warm[a.Key()])
			p.mu.Unlock()
			if len(ws) != 1 {
				t.Fatalf("%d warm containers for a", len(ws))
			}
			if code, _ := rawCall(t, ws[0], "POST", specializeURL, `{"env":{"FOO":"other"}}`, ws[0].secret); code != http.StatusConflict {
				t.Errorf("second specialization answered %d", code)
			}
			if got, _ := spareCall(t, p, a); got.Foo != a.Env["FOO"] {
				t.Errorf("after a refused specialization FOO = %q", got.Foo)
			}

			// Refill, and b gets its own container: never a's.
			second := waitSpare(t, p, image, first)
			gotB, respB := spareCall(t, p, b)
			if respB.ContainerID == first || respB.ContainerID != second || gotB.Foo != b.Env["FOO"] || gotB.Data != "data of spb" {
				t.Errorf("b ran on %s (a's %s, spare %s): %+v", respB.ContainerID, first, second, gotB)
			}
			if _, resp := spareCall(t, p, a); resp.ContainerID != first {
				t.Errorf("a moved to %s", resp.ContainerID)
			}

			// Deleting a's function removes its specialized container.
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			if _, err := p.RemoveOwner(ctx, Owner{ProjectID: a.ProjectID, FunctionID: a.FunctionID}, time.Time{}); err != nil {
				t.Fatal(err)
			}
			if !gone(t, eng, first) {
				t.Errorf("a's specialized container %s is still there", first)
			}
			// The function is back under the same ID: b's older container goes.
			if _, err := p.RemoveOwner(ctx, Owner{ProjectID: b.ProjectID, FunctionID: b.FunctionID}, time.Now().Add(time.Second)); err != nil {
				t.Fatal(err)
			}
			if !gone(t, eng, second) {
				t.Errorf("b's specialized container %s is still there", second)
			}
		})
	}
}

// rawCall makes one request to a pool container with the given secret.
func rawCall(tb testing.TB, w *warm, method, path, body, secret string) (int, string) {
	tb.Helper()
	req, err := http.NewRequest(method, w.base+path, strings.NewReader(body))
	if err != nil {
		tb.Fatal(err)
	}
	req.Header.Set(headerSecret, secret)
	resp, err := w.client.Do(req)
	if err != nil {
		tb.Fatalf("%s %s: %v", method, path, err)
	}
	defer resp.Body.Close()
	var b bytes.Buffer
	_, _ = b.ReadFrom(resp.Body)
	return resp.StatusCode, b.String()
}

// TestSpareScaleDownAndIdle: specialized containers go like any other
// when idle; a deployment whose code does not fit takes the usual path.
func TestSpareIdleAndTooBig(t *testing.T) {
	t.Parallel()
	eng := newTestEngine(t, "")
	requireSpareImage(t, eng, spareNodeImage)
	opts := spareOptions(spareNodeImage)
	opts.IdleTimeout = 2 * time.Second
	p := newTestPool(t, eng, opts)
	spec := spareSpec(t, "idle", spareNodeImage)
	spare := waitSpare(t, p, spareNodeImage)
	if _, resp := spareCall(t, p, spec); resp.ContainerID != spare {
		t.Fatalf("ran on %s, want the spare %s", resp.ContainerID, spare)
	}
	eventually(t, 30*time.Second, "the idle specialized container to go", func() bool { return gone(t, eng, spare) })

	// A variable read only at process start: the usual start.
	opts2 := spareSpec(t, "nodeopts", spareNodeImage)
	opts2.Env["NODE_OPTIONS"] = "--max-old-space-size=100"
	spare = waitSpare(t, p, spareNodeImage)
	if _, resp := spareCall(t, p, opts2); resp.ContainerID == spare || containersOf(t, eng, opts2.DeploymentID) != 1 {
		t.Errorf("a function with NODE_OPTIONS ran on the spare %s", spare)
	}

	big := spareSpec(t, "big", spareNodeImage)
	blob, err := os.Create(filepath.Join(big.CodeDir, "blob.bin"))
	if err == nil {
		err = errors.Join(blob.Truncate(DefaultSpareCodeBytes+1), blob.Close()) // sparse: nothing is written
	}
	if err != nil {
		t.Fatal(err)
	}
	next := waitSpare(t, p, spareNodeImage)
	_, resp := spareCall(t, p, big)
	if resp.ContainerID == next || containersOf(t, eng, big.DeploymentID) != 1 {
		t.Errorf("code bigger than the spare's volume ran on %s (spare %s)", resp.ContainerID, next)
	}
}

// TestSpareOff: Spares 0 is the old path; an image whose server lacks
// specialization gets no spares.
func TestSpareOff(t *testing.T) {
	t.Parallel()
	eng := newTestEngine(t, "")
	p := newTestPool(t, eng, PoolOptions{})
	spec := testSpec(t, "off")
	resp := execOK(t, p, spec, Request{Path: "/echo"})
	if st := p.Stats(); st.Spares != 0 || len(p.spares) != 0 || containersOf(t, eng, spec.DeploymentID) != 1 {
		t.Errorf("spares off: stats %+v, %d images, container %s", st, len(p.spares), resp.ContainerID)
	}

	q := newTestPool(t, eng, spareOptions(fakeImage))
	spec2 := testSpec(t, "nosupport")
	execOK(t, q, spec2, Request{Path: "/echo"})
	eventually(t, 30*time.Second, "the image's spare support to be known", func() bool {
		q.mu.Lock()
		defer q.mu.Unlock()
		si := q.spares[fakeImage]
		return si != nil && si.supported != nil
	})
	q.mu.Lock()
	supported := *q.spares[fakeImage].supported
	q.mu.Unlock()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	list, err := eng.cli.ContainerList(ctx, container.ListOptions{All: true, Filters: filters.NewArgs(
		filters.Arg("label", LabelSpare+"=true"), filters.Arg("label", LabelOwner+"="+eng.InstanceID()))})
	if err != nil {
		t.Fatal(err)
	}
	if supported || q.Stats().Spares != 0 || len(list) != 0 {
		t.Errorf("an image without spare support: supported %v, %d spares, %d spare containers", supported, q.Stats().Spares, len(list))
	}
}

// TestSpareReconcileDeleted: the reconciler's check for deleted
// deployments covers specialized spares, whose labels name no owner.
func TestSpareReconcileDeleted(t *testing.T) {
	t.Parallel()
	eng := newTestEngine(t, "")
	requireSpareImage(t, eng, spareNodeImage)
	p := newTestPool(t, eng, spareOptions(spareNodeImage))
	spec := spareSpec(t, "reconciled", spareNodeImage)
	spare := waitSpare(t, p, spareNodeImage)
	if _, resp := spareCall(t, p, spec); resp.ContainerID != spare {
		t.Fatalf("ran on %s, want the spare %s", resp.ContainerID, spare)
	}
	idle := waitSpare(t, p, spareNodeImage, spare)
	var asked []Owner
	r := NewReconciler(eng, ReconcilerOptions{Pool: p, Logger: testLogger(), Exists: func(_ context.Context, o Owner) (bool, error) {
		asked = append(asked, o)
		return o != spec.owner(), nil
	}})
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if _, err := r.ReconcileOnce(ctx); err != nil {
		t.Fatal(err)
	}
	if !gone(t, eng, spare) || gone(t, eng, idle) || len(asked) != 1 {
		t.Errorf("specialized spare gone %v, idle spare gone %v, owners asked %v", gone(t, eng, spare), gone(t, eng, idle), asked)
	}
}

// TestSpareScaleUpAndDown: a scale-up takes a spare too, and the extra
// specialized container goes when unused for ScaleDownAfter.
func TestSpareScaleUpAndDown(t *testing.T) {
	t.Parallel()
	eng := newTestEngine(t, "")
	requireSpareImage(t, eng, spareNodeImage)
	opts := spareOptions(spareNodeImage)
	opts.Spares, opts.MaxInstances, opts.ScaleDownAfter = 2, 2, time.Second
	p := newTestPool(t, eng, opts)
	spec := spareSpec(t, "scale", spareNodeImage)
	eventually(t, 60*time.Second, "two spares", func() bool { return len(spareIDs(p, spareNodeImage)) == 2 })
	spares := spareIDs(p, spareNodeImage)
	ids := make(chan string, 2)
	for range 2 {
		go func() {
			ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
			defer cancel()
			resp, err := p.Execute(ctx, spec, Request{Path: "/?sleep=1500"})
			if err != nil {
				t.Error(err)
				ids <- ""
				return
			}
			ids <- resp.ContainerID
		}()
	}
	a, b := <-ids, <-ids
	if a == b || !slices.Contains(spares, a) || !slices.Contains(spares, b) {
		t.Fatalf("two concurrent requests ran on %s and %s, want the two spares %v", a, b, spares)
	}
	eventually(t, 30*time.Second, "the extra container to go", func() bool { return gone(t, eng, a) != gone(t, eng, b) })
	if p.Instances(spec.DeploymentID) != 1 {
		t.Errorf("%d instances after scale-down", p.Instances(spec.DeploymentID))
	}
}

// TestSpareContainerSpec: a spare's create configuration is the runtime
// hardening with a root-owned, exec-allowed code volume, its /tmp sized by
// SpareTmpMB, and nothing of a function.
func TestSpareContainerSpec(t *testing.T) {
	t.Parallel()
	p := &Pool{opts: spareOptions("img").withDefaults()}
	cfg, hc, err := createConfigs(p.spareSpec("img"), Options{InstanceID: "i", PidsLimit: 99}, 2)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.User != containerUser || !hc.ReadonlyRootfs || hc.CapDrop[0] != "ALL" || hc.SecurityOpt[0] != "no-new-privileges" ||
		*hc.PidsLimit != 99 || hc.Memory != 128<<20 || hc.MemorySwap != 128<<20 || hc.NanoCPUs != 5e8 ||
		hc.Tmpfs["/tmp"] != tmpfsOptions(256, false) {
		t.Errorf("hardening %+v", hc)
	}
	if strings.Join(cfg.Env, " ") != "HOME=/tmp FNFLOW_SPARE=1" || cfg.Labels[LabelSpare] != "true" ||
		cfg.Labels[LabelProject]+cfg.Labels[LabelFunction]+cfg.Labels[LabelDeployment]+cfg.Labels[LabelKey] != "" {
		t.Errorf("env %v, labels %v", cfg.Env, cfg.Labels)
	}
	code := hc.Mounts[0]
	if code.Target != CodeMountPath || code.ReadOnly ||
		code.VolumeOptions.DriverConfig.Options["o"] != fmt.Sprintf("size=%d,nr_inodes=%d,uid=0,gid=0,mode=0755,nosuid,nodev", DefaultSpareCodeBytes, DefaultSpareCodeInodes) {
		t.Errorf("code mount %+v %v", code, code.VolumeOptions.DriverConfig.Options)
	}
	if hc.Mounts[1].Target != LogsMountPath {
		t.Errorf("logs mount %+v", hc.Mounts[1])
	}
}

// TestSpareLearnedImage: without SpareImages, an image gets a spare once
// a cold start used it, and loses it when nothing of it runs any more.
func TestSpareLearnedImage(t *testing.T) {
	t.Parallel()
	eng := newTestEngine(t, "")
	requireSpareImage(t, eng, spareNodeImage)
	opts := spareOptions()
	opts.IdleTimeout = 3 * time.Second
	p := newTestPool(t, eng, opts)
	first := spareSpec(t, "learn1", spareNodeImage)
	_, resp := spareCall(t, p, first) // the usual start: no spare yet
	spare := waitSpare(t, p, spareNodeImage)
	if resp.ContainerID == spare {
		t.Fatal("the first cold start ran on a spare")
	}
	if _, resp := spareCall(t, p, spareSpec(t, "learn2", spareNodeImage)); resp.ContainerID != spare {
		t.Fatalf("the second function ran on %s, want the spare %s", resp.ContainerID, spare)
	}
	eventually(t, 60*time.Second, "the image's spares to go once nothing of it runs", func() bool {
		p.mu.Lock()
		defer p.mu.Unlock()
		return p.instancesLocked() == 0 && p.spares[spareNodeImage] == nil
	})
}
