package docker

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestNewUnreachable(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_, err := New(ctx, Options{Host: "unix:///nonexistent/docker.sock", InstanceID: "x", Logger: testLogger()})
	if !errors.Is(err, ErrEngineUnreachable) {
		t.Fatalf("New error = %v, want ErrEngineUnreachable", err)
	}
	if want := "docker: cannot reach the Docker engine at unix:///nonexistent/docker.sock: "; !strings.HasPrefix(err.Error(), want) {
		t.Errorf("error %q does not start with %q", err, want)
	}
}

func TestCreateConfigsHardening(t *testing.T) {
	t.Parallel()
	opts, err := Options{InstanceID: "i1", Labels: map[string]string{"extra": "1", LabelOwner: "spoof"}}.withDefaults()
	if err != nil {
		t.Fatal(err)
	}
	spec := ContainerSpec{
		Role: RoleRuntime, Owner: Owner{ProjectID: "p", FunctionID: "f", DeploymentID: "d"}, Key: "k",
		Image: "img", Env: []string{"A=1"}, Mounts: []Mount{{Source: "/code", Target: CodeMountPath, ReadOnly: true}},
		CPUs: 4, MemoryMB: 128, PublishPort: 3000,
	}
	cfg, hc, err := createConfigs(spec, opts, 2)
	if err != nil {
		t.Fatal(err)
	}
	checks := []struct {
		name string
		ok   bool
	}{
		{"user 65534", cfg.User == "65534:65534"},
		{"read-only rootfs", hc.ReadonlyRootfs},
		{"tmpfs /tmp", strings.Contains(hc.Tmpfs["/tmp"], "size=128m")},
		{"cap drop ALL", slices.Equal(hc.CapDrop, []string{"ALL"})},
		{"no-new-privileges", slices.Contains(hc.SecurityOpt, "no-new-privileges")},
		{"not privileged", !hc.Privileged},
		{"init", hc.Init != nil && *hc.Init},
		{"pids limit", hc.PidsLimit != nil && *hc.PidsLimit == DefaultPidsLimit},
		{"memory = swap", hc.Memory == 128<<20 && hc.MemorySwap == 128<<20},
		{"cpus clamped", hc.NanoCPUs == 2_000_000_000},
		{"port on 127.0.0.1", len(hc.PortBindings["3000/tcp"]) == 1 && hc.PortBindings["3000/tcp"][0].HostIP == "127.0.0.1"},
		{"code mount read-only", len(hc.Mounts) == 1 && hc.Mounts[0].ReadOnly},
		{"labels", cfg.Labels[LabelManaged] == "true" && cfg.Labels[LabelOwner] == "i1" && cfg.Labels[LabelRole] == "runtime" &&
			cfg.Labels[LabelDeployment] == "d" && cfg.Labels[LabelKey] == "k" && cfg.Labels["extra"] == "1"},
	}
	for _, c := range checks {
		if !c.ok {
			t.Errorf("hardening check failed: %s", c.name)
		}
	}
	if _, _, err := createConfigs(ContainerSpec{Image: "img", Env: []string{"NOEQUALS"}}, opts, 2); err == nil {
		t.Error("env entry without '=' accepted")
	}
	build := spec
	build.Role, build.PublishPort = RoleBuild, 0
	_, hc, err = createConfigs(build, opts, 2)
	if err != nil {
		t.Fatal(err)
	}
	if *hc.PidsLimit != DefaultBuildPidsLimit || len(hc.PortBindings) != 0 || !strings.Contains(hc.Tmpfs["/tmp"], ",exec,") {
		t.Errorf("build config: pids %d, ports %v, tmpfs %q", *hc.PidsLimit, hc.PortBindings, hc.Tmpfs["/tmp"])
	}
}

// TestContainerLifecycle: stop, kill and remove are idempotent; a container
// that exits is inspected for its exit code and its logs are demultiplexed.
func TestContainerLifecycle(t *testing.T) {
	t.Parallel()
	eng := newTestEngine(t, "")
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if ok, err := eng.ImageExists(ctx, fakeImage); err != nil || !ok {
		t.Fatalf("ImageExists(%s) = %v, %v", fakeImage, ok, err)
	}
	if ok, err := eng.ImageExists(ctx, "fnflow-test/absent:1"); err != nil || ok {
		t.Fatalf("ImageExists(absent) = %v, %v", ok, err)
	}
	spec := ContainerSpec{Role: RoleRuntime, Owner: Owner{DeploymentID: "d-" + runID + "-life"}, Image: fakeImage,
		Env: []string{"OPEN_RUNTIMES_SECRET=s"}, MemoryMB: 32, PublishPort: RuntimePort}
	id, err := eng.CreateContainer(ctx, spec)
	if err != nil {
		t.Fatal(err)
	}
	if err := eng.StartContainer(ctx, id); err != nil {
		t.Fatal(err)
	}
	st, err := eng.InspectContainer(ctx, id)
	if err != nil || !st.Running || st.HostPorts[RuntimePort] == 0 {
		t.Fatalf("running container state = %+v, %v", st, err)
	}
	for i := range 2 {
		if err := eng.StopContainer(ctx, id, time.Second); err != nil {
			t.Fatalf("stop #%d: %v", i+1, err)
		}
	}
	if err := eng.KillContainer(ctx, id); err != nil {
		t.Fatalf("kill of a stopped container: %v", err)
	}
	for i := range 2 {
		if err := eng.RemoveContainer(ctx, id); err != nil {
			t.Fatalf("remove #%d: %v", i+1, err)
		}
	}
	if err := eng.StopContainer(ctx, id, time.Second); err != nil {
		t.Fatalf("stop of a removed container: %v", err)
	}
	if _, err := eng.InspectContainer(ctx, id); !isNotFound(err) {
		t.Fatalf("inspect of a removed container: %v, want not found", err)
	}

	spec.Env = append(spec.Env, "FAKE_EXIT_AT_START=5")
	id, err = eng.CreateContainer(ctx, spec)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := eng.RemoveContainer(context.Background(), id); err != nil {
			t.Error(err)
		}
	})
	if err := eng.StartContainer(ctx, id); err != nil {
		t.Fatal(err)
	}
	st, err = eng.WaitContainer(ctx, id)
	if err != nil || st.ExitCode != 5 || st.OOMKilled || st.Running {
		t.Fatalf("exited container state = %+v, %v", st, err)
	}
	stdout, stderr, err := eng.ContainerLogs(ctx, id, 0)
	if err != nil || !strings.Contains(stderr, "exiting at start with code 5") || strings.Contains(stdout, "exiting") {
		t.Fatalf("logs: stdout %q, stderr %q, %v", stdout, stderr, err)
	}
}

// TestCreateCancelledLeavesNothing cancels CreateContainer at many points
// during the call. The daemon may finish a create whose request the client
// abandoned; such a container must be removed, never left "Created".
func TestCreateCancelledLeavesNothing(t *testing.T) {
	t.Parallel()
	eng := newTestEngine(t, "")
	dep := "d-" + runID + "-cancelcreate"
	spec := ContainerSpec{Role: RoleRuntime, Owner: Owner{DeploymentID: dep}, Image: fakeImage,
		Env: []string{"OPEN_RUNTIMES_SECRET=s"}, MemoryMB: 32, PublishPort: RuntimePort}
	created := 0
	for i := range 30 {
		ctx, cancel := context.WithCancel(context.Background())
		time.AfterFunc(time.Duration(i)*time.Millisecond, cancel)
		id, err := eng.CreateContainer(ctx, spec)
		if err == nil {
			created++
			if rmErr := eng.RemoveContainer(context.Background(), id); rmErr != nil {
				t.Fatal(rmErr)
			}
		} else if !errors.Is(err, context.Canceled) {
			t.Fatalf("create #%d: %v, want a cancellation error", i, err)
		}
		cancel()
	}
	if n := containersOf(t, eng, dep); n != 0 {
		t.Fatalf("%d containers left after cancelled creates (%d creates succeeded)", n, created)
	}
}
