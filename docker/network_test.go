package docker

import (
	"context"
	"net"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/docker/docker/api/types/network"
)

func TestEgressOptions(t *testing.T) {
	t.Parallel()
	for _, o := range []Options{
		{InstanceID: "i", Egress: "off"},
		{InstanceID: "i", BuildEgress: "None"},
		{InstanceID: "i", Egress: EgressNone, InternalNetwork: "bridge"},
		{InstanceID: "i", Egress: EgressNone, InternalNetwork: "host"},
		{InstanceID: "i", BuildEgress: EgressNone, Network: "same", InternalNetwork: "same"},
	} {
		if _, err := o.withDefaults(); err == nil {
			t.Errorf("%+v accepted", o)
		}
	}
	o, err := Options{InstanceID: "i", Network: "fnflow", Egress: EgressNone}.withDefaults()
	if err != nil {
		t.Fatal(err)
	}
	if o.InternalNetwork != DefaultInternalNetwork || o.BuildEgress != EgressAll {
		t.Fatalf("defaults: %+v", o)
	}
	spec := ContainerSpec{Role: RoleRuntime, Image: "img"}
	_, hc, err := createConfigs(spec, o, 2)
	if err != nil {
		t.Fatal(err)
	}
	spec.Role = RoleBuild
	_, hcBuild, err := createConfigs(spec, o, 2)
	if err != nil {
		t.Fatal(err)
	}
	if hc.NetworkMode != DefaultInternalNetwork || hcBuild.NetworkMode != "fnflow" {
		t.Errorf("egress none: runtime on %q, build on %q", hc.NetworkMode, hcBuild.NetworkMode)
	}
	o.BuildEgress = EgressNone
	if _, hcBuild, _ = createConfigs(spec, o, 2); hcBuild.NetworkMode != DefaultInternalNetwork {
		t.Errorf("build egress none: build on %q", hcBuild.NetworkMode)
	}
}

// testNetworkName is a network name unique to this run and test; the
// network is removed when the test ends (after its engines and pools,
// registered later, are closed).
func testNetworkName(tb testing.TB, what string) string {
	tb.Helper()
	name := "fnflowtest-" + runID + "-" + sanitize(tb.Name()) + "-" + what
	tb.Cleanup(func() { removeTestNetwork(tb, name) })
	return name
}

func removeTestNetwork(tb testing.TB, name string) {
	out, err := exec.Command("docker", "network", "rm", name).CombinedOutput()
	if err != nil && !strings.Contains(strings.ToLower(string(out)), "not found") {
		tb.Errorf("remove network %s: %v %s", name, err, out)
	}
}

// newEgressEngine is newTestEngine with the given egress for runtime
// containers, on networks of the test's own.
func newEgressEngine(tb testing.TB, egress Egress, withEgress, internal string) *Engine {
	tb.Helper()
	requireDocker(tb)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	eng, err := New(ctx, Options{
		Host: dockerHost, InstanceID: "test-" + runID + "-" + sanitize(tb.Name()) + "-" + string(egress),
		CallTimeout: 20 * time.Second, StopGrace: time.Second, Labels: map[string]string{testRunLabel: runID},
		Logger: testLogger(), Network: withEgress, Egress: egress, InternalNetwork: internal,
	})
	if err != nil {
		tb.Fatalf("New: %v", err)
	}
	tb.Cleanup(func() {
		if err := eng.Close(); err != nil {
			tb.Errorf("engine Close: %v", err)
		}
	})
	return eng
}

// TestInternalNetwork: with egress none, New creates the internal network
// (internal, inter-container traffic off, labelled), a second New uses it
// as it is, runtime containers on it publish no port and the pool reaches
// them at their address on it; builds stay on the network with egress. A
// network of that name that is not internal is refused.
func TestInternalNetwork(t *testing.T) {
	t.Parallel()
	requireDocker(t)
	withEgress, internal := testNetworkName(t, "all"), testNetworkName(t, "int")
	eng := newEgressEngine(t, EgressNone, withEgress, internal)
	eng2 := newEgressEngine(t, EgressNone, withEgress, internal) // idempotent
	if eng.Gateway() == "" || eng.Gateway() != eng2.Gateway() {
		t.Fatalf("gateways %q %q", eng.Gateway(), eng2.Gateway())
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	nw, err := eng.cli.NetworkInspect(ctx, internal, network.InspectOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !nw.Internal || nw.Driver != "bridge" || nw.Options[OptionICC] != "false" || nw.Labels[LabelManaged] != "true" || nw.Labels[LabelEgress] != "none" {
		t.Fatalf("internal network: internal %v driver %s options %v labels %v", nw.Internal, nw.Driver, nw.Options, nw.Labels)
	}
	if got := eng.Network(RoleRuntime); got.Name != internal || !got.Internal || got.Gateway != eng.Gateway() || got.Bridge == "" {
		t.Errorf("runtime network %+v", got)
	}
	if got := eng.Network(RoleBuild); got.Name != withEgress || got.Internal {
		t.Errorf("build network %+v", got)
	}

	p := newTestPool(t, eng, PoolOptions{})
	spec := testSpec(t, "internal")
	resp := execOK(t, p, spec, Request{Method: "GET", Path: "/"})
	st, err := eng.InspectContainer(ctx, resp.ContainerID)
	if err != nil {
		t.Fatal(err)
	}
	ip := st.NetworkIPs[internal]
	if len(st.HostPorts) != 0 || ip == "" || len(st.NetworkIPs) != 1 {
		t.Errorf("runtime container: published %v, networks %v", st.HostPorts, st.NetworkIPs)
	}
	p.mu.Lock()
	base := p.warm[spec.Key()][0].base
	p.mu.Unlock()
	if base != "http://"+net.JoinHostPort(ip, "3000") {
		t.Errorf("pool calls %s, container is at %s", base, ip)
	}
	execOK(t, p, spec, Request{Method: "GET", Path: "/"}) // warm, same address

	// A network of the internal network's name that has egress is refused.
	taken := testNetworkName(t, "taken")
	if _, err := eng.cli.NetworkCreate(ctx, taken, network.CreateOptions{Driver: "bridge", Labels: map[string]string{testRunLabel: runID}}); err != nil {
		t.Fatal(err)
	}
	_, err = New(ctx, Options{Host: dockerHost, InstanceID: "test-" + runID + "-taken", Logger: testLogger(),
		Network: withEgress, Egress: EgressNone, InternalNetwork: taken})
	if err == nil || !strings.Contains(err.Error(), "not an internal bridge") || !strings.Contains(err.Error(), "docker network rm "+taken) {
		t.Fatalf("existing network with egress: %v", err)
	}
}

// BenchmarkWarmRequestEgress: a warm request through the pool to a
// container on an internal network (called at its address there) against
// one on a network with egress (called at its port published on
// 127.0.0.1); each iteration is 50 of each, interleaved.
//
//	go test -run '^$' -bench WarmRequestEgress -benchtime 20x ./docker/
func BenchmarkWarmRequestEgress(b *testing.B) {
	withEgress, internal := testNetworkName(b, "all"), testNetworkName(b, "int")
	pools := map[Egress]*Pool{}
	specs := map[Egress]RuntimeSpec{}
	for _, e := range []Egress{EgressAll, EgressNone} {
		pools[e] = newTestPool(b, newEgressEngine(b, e, withEgress, internal), PoolOptions{})
		specs[e] = testSpec(b, "egress-"+string(e))
		execOK(b, pools[e], specs[e], Request{Method: "GET", Path: "/"})
	}
	lat := map[Egress][]time.Duration{}
	b.ResetTimer()
	for range b.N {
		for range 50 {
			for _, e := range []Egress{EgressNone, EgressAll} {
				began := time.Now()
				execOK(b, pools[e], specs[e], Request{Method: "GET", Path: "/"})
				lat[e] = append(lat[e], time.Since(began))
			}
		}
	}
	report(b, "warm request", "µs", "egress-none", lat[EgressNone], "egress-all", lat[EgressAll])
}
