package docker

import (
	"context"
	"fmt"
	"net"

	cerrdefs "github.com/containerd/errdefs"
	"github.com/docker/docker/api/types/network"
)

// OptionICC is the bridge driver option that allows containers on one
// network to talk to each other; fnflow's network turns it off.
const OptionICC = "com.docker.network.bridge.enable_icc"

// isDefaultNetwork reports whether name means a network Docker provides
// (fnflow does not create or check those).
func isDefaultNetwork(name string) bool {
	return name == "" || name == "default" || name == "bridge" || name == "host" || name == "none"
}

// EnsureNetwork makes sure Options.Network exists and returns its IPv4
// gateway: the host's address as containers on it see it. A network fnflow
// creates is a bridge with inter-container traffic off, so one function
// cannot reach another's runtime or build container; traffic to the host
// and to the outside world goes through as on Docker's default bridge. An
// existing network of that name is used as it is (an operator's choice),
// with a warning when it lets containers talk to each other. Docker's own
// networks ("", bridge, host, none) are not created and have no gateway
// here.
func (e *Engine) EnsureNetwork(ctx context.Context) (gateway string, err error) {
	name := e.opts.Network
	if isDefaultNetwork(name) {
		return "", nil
	}
	cctx, cancel := e.callCtx(ctx)
	defer cancel()
	nw, err := e.cli.NetworkInspect(cctx, name, network.InspectOptions{})
	if isNotFound(err) {
		_, cerr := e.cli.NetworkCreate(cctx, name, network.CreateOptions{
			Driver:  "bridge",
			Options: map[string]string{OptionICC: "false"},
			Labels:  map[string]string{LabelManaged: "true"},
		})
		if cerr != nil && !cerrdefs.IsConflict(cerr) { // conflict: another fnflow created it meanwhile
			return "", fmt.Errorf("docker: create network %s: %w", name, cerr)
		}
		if cerr == nil {
			e.log.Info("docker network created", "network", name, "inter_container_traffic", false)
		}
		nw, err = e.cli.NetworkInspect(cctx, name, network.InspectOptions{})
	}
	if err != nil {
		return "", fmt.Errorf("docker: inspect network %s: %w", name, err)
	}
	if nw.Driver == "bridge" && nw.Options[OptionICC] != "false" {
		e.log.Warn("docker network lets containers reach each other", "network", name, "hint", "create it with -o "+OptionICC+"=false")
	}
	for _, c := range nw.IPAM.Config {
		if ip := net.ParseIP(c.Gateway); ip != nil && ip.To4() != nil {
			return c.Gateway, nil
		}
	}
	return "", nil
}

// Gateway is the IPv4 gateway of Options.Network found when the Engine was
// made ("" for Docker's own networks).
func (e *Engine) Gateway() string { return e.gateway }
