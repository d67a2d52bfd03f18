package docker

import (
	"context"
	"fmt"
	"net"
	"strconv"

	cerrdefs "github.com/containerd/errdefs"
	"github.com/docker/docker/api/types/network"
)

// OptionICC is the bridge driver option that allows containers on one
// network to talk to each other; fnflow's networks turn it off.
const OptionICC = "com.docker.network.bridge.enable_icc"

// optionBridgeName names a bridge network's host interface when set.
const optionBridgeName = "com.docker.network.bridge.name"

// LabelEgress is written on the networks fnflow creates: their Egress.
const LabelEgress = "fnflow.egress"

// Egress is what a container reaches beyond its own network.
type Egress string

const (
	// EgressAll: any address, as on Docker's default bridge (and Appwrite).
	EgressAll Egress = "all"
	// EgressNone: an internal network. Docker drops every packet routed
	// from it to another network or interface (the internet, the LAN, other
	// Docker networks, ports published by other containers); the host's
	// own addresses stay reachable through the gateway.
	EgressNone Egress = "none"
)

func (o Options) checkEgress() error {
	for _, f := range []struct {
		name string
		v    Egress
	}{{"Egress", o.Egress}, {"BuildEgress", o.BuildEgress}} {
		if f.v != EgressAll && f.v != EgressNone {
			return fmt.Errorf("docker: %s must be %q or %q, got %q", f.name, EgressAll, EgressNone, f.v)
		}
	}
	if !o.usesInternal() {
		return nil
	}
	if isDefaultNetwork(o.InternalNetwork) {
		return fmt.Errorf("docker: the internal network must be one fnflow can create, not Docker's %q", o.InternalNetwork)
	}
	if o.InternalNetwork == o.Network {
		return fmt.Errorf("docker: the internal network %q must differ from the network with egress", o.InternalNetwork)
	}
	return nil
}

func (o Options) egressOf(r Role) Egress {
	if r == RoleBuild {
		return o.BuildEgress
	}
	return o.Egress
}

// usesInternal reports whether some container role has no egress.
func (o Options) usesInternal() bool {
	return o.Egress == EgressNone || o.BuildEgress == EgressNone
}

// networkFor is the network a container of role r joins.
func (o Options) networkFor(r Role) string {
	if o.egressOf(r) == EgressNone {
		return o.InternalNetwork
	}
	return o.Network
}

// NetworkInfo is a network fnflow's containers join, as New found it.
type NetworkInfo struct {
	Name string
	// Internal: Docker routes nothing out of it and publishes no ports on it
	// (the worker calls a runtime container at its address on the network).
	Internal bool
	// Gateway is the host's IPv4 address on the network ("" for Docker's
	// own networks, which fnflow does not inspect).
	Gateway string
	// Bridge is the host interface of a bridge network (for firewall rules).
	Bridge string
}

// isDefaultNetwork reports whether name means a network Docker provides
// (fnflow does not create or check those).
func isDefaultNetwork(name string) bool {
	return name == "" || name == "default" || name == "bridge" || name == "host" || name == "none"
}

// ensureNetworks makes sure the networks the options need exist and
// records them: Options.Network when a role has egress, and
// Options.InternalNetwork when one has none.
func (e *Engine) ensureNetworks(ctx context.Context) error {
	var withEgress, internal NetworkInfo
	var err error
	if e.opts.Egress == EgressAll || e.opts.BuildEgress == EgressAll {
		if withEgress, err = e.ensureNetwork(ctx, e.opts.Network, false); err != nil {
			return err
		}
	}
	if e.opts.usesInternal() {
		if internal, err = e.ensureNetwork(ctx, e.opts.InternalNetwork, true); err != nil {
			return err
		}
	}
	pick := func(r Role) NetworkInfo {
		if e.opts.egressOf(r) == EgressNone {
			return internal
		}
		return withEgress
	}
	e.runtimeNet, e.buildNet = pick(RoleRuntime), pick(RoleBuild)
	// A container with egress reaches the internal network's gateway too
	// (a host address, through its own gateway); one without reaches only
	// that one.
	e.gateway = withEgress.Gateway
	if e.opts.usesInternal() {
		e.gateway = internal.Gateway
	}
	return nil
}

// ensureNetwork inspects the named network, creating it when missing: a
// bridge with inter-container traffic off, internal (no route out) when
// asked. An existing network is used as it is (an operator's choice), with
// a warning when it lets containers talk to each other; but an internal
// network that turns out not to be internal, or not a bridge on this host,
// is refused: running functions with a route out while the configuration
// says none would break the promise silently. Docker's own networks ("",
// bridge, host, none) are neither created nor inspected.
func (e *Engine) ensureNetwork(ctx context.Context, name string, internal bool) (NetworkInfo, error) {
	if isDefaultNetwork(name) {
		return NetworkInfo{Name: name}, nil
	}
	cctx, cancel := e.callCtx(ctx)
	defer cancel()
	nw, err := e.cli.NetworkInspect(cctx, name, network.InspectOptions{})
	if isNotFound(err) {
		egress := EgressAll
		if internal {
			egress = EgressNone
		}
		_, cerr := e.cli.NetworkCreate(cctx, name, network.CreateOptions{
			Driver:   "bridge",
			Internal: internal,
			Options:  map[string]string{OptionICC: "false"},
			Labels:   map[string]string{LabelManaged: "true", LabelEgress: string(egress)},
		})
		if cerr != nil && !cerrdefs.IsConflict(cerr) { // conflict: another fnflow created it meanwhile
			return NetworkInfo{}, fmt.Errorf("docker: create network %s: %w", name, cerr)
		}
		if cerr == nil {
			e.log.Info("docker network created", "network", name, "internal", internal, "inter_container_traffic", false)
		}
		nw, err = e.cli.NetworkInspect(cctx, name, network.InspectOptions{})
	}
	if err != nil {
		return NetworkInfo{}, fmt.Errorf("docker: inspect network %s: %w", name, err)
	}
	info := NetworkInfo{Name: name, Internal: nw.Internal}
	if nw.Driver == "bridge" {
		info.Bridge = nw.Options[optionBridgeName]
		if info.Bridge == "" && len(nw.ID) >= 12 {
			info.Bridge = "br-" + nw.ID[:12]
		}
	}
	if internal && (!nw.Internal || nw.Driver != "bridge") {
		return NetworkInfo{}, fmt.Errorf("docker: network %s exists but is not an internal bridge (driver %s, internal %s), "+
			"so functions on it would not be cut off as docker egress none promises: remove it (docker network rm %s) "+
			"or choose another docker.internal_network", name, nw.Driver, strconv.FormatBool(nw.Internal), name)
	}
	if !internal && nw.Internal {
		e.log.Warn("docker network is internal: its containers have no route out although their egress is all", "network", name)
	}
	if nw.Driver == "bridge" && nw.Options[OptionICC] != "false" {
		e.log.Warn("docker network lets containers reach each other", "network", name, "hint", "create it with -o "+OptionICC+"=false")
	}
	for _, c := range nw.IPAM.Config {
		if ip := net.ParseIP(c.Gateway); ip != nil && ip.To4() != nil {
			info.Gateway = c.Gateway
			break
		}
	}
	return info, nil
}

// Gateway is the host address every fnflow container reaches: the internal
// network's IPv4 gateway when a role has no egress (containers with egress
// reach it too, through their own gateway), else Options.Network's ("" for
// Docker's own networks).
func (e *Engine) Gateway() string { return e.gateway }

// Network is the network containers of role r join, as New found it.
func (e *Engine) Network(r Role) NetworkInfo {
	if r == RoleBuild {
		return e.buildNet
	}
	return e.runtimeNet
}

// Egress is the egress of containers of role r.
func (e *Engine) Egress(r Role) Egress { return e.opts.egressOf(r) }

// runtimeBase is the URL the worker calls a runtime container at: its port
// published on 127.0.0.1, or, on an internal network (Docker publishes no
// ports there), its address on that network, which the host reaches
// directly through the bridge.
func (e *Engine) runtimeBase(st ContainerState) (string, error) {
	if !e.runtimeNet.Internal {
		port := st.HostPorts[RuntimePort]
		if port == 0 {
			return "", fmt.Errorf("docker: container %s has no published port for %d/tcp", shortID(st.ID), RuntimePort)
		}
		return "http://127.0.0.1:" + strconv.Itoa(port), nil
	}
	ip := net.ParseIP(st.NetworkIPs[e.runtimeNet.Name])
	if ip == nil || ip.To4() == nil {
		return "", fmt.Errorf("docker: container %s has no IPv4 address on network %s", shortID(st.ID), e.runtimeNet.Name)
	}
	return "http://" + net.JoinHostPort(ip.String(), strconv.Itoa(RuntimePort)), nil
}

// directBase is the base URL of a runtime container at its own address on
// a runtime network with egress (where the worker otherwise uses the
// published port), or "" when it has none.
func (e *Engine) directBase(st ContainerState) string {
	if e.runtimeNet.Internal {
		return ""
	}
	name := e.runtimeNet.Name
	if name == "" || name == "default" {
		name = "bridge"
	}
	ip := net.ParseIP(st.NetworkIPs[name])
	if ip == nil || ip.To4() == nil {
		return ""
	}
	return "http://" + net.JoinHostPort(ip.String(), strconv.Itoa(RuntimePort))
}

// publishes reports whether a container of role r gets its ports published:
// not on an internal network, where Docker sets none up.
func (e *Engine) publishes(r Role) bool { return !e.Network(r).Internal }
