package app

import (
	"log/slog"
	"net/url"

	"github.com/fnflow/fnflow/config"
	"github.com/fnflow/fnflow/docker"
)

// dockerOptions maps the docker section to the engine's options.
func dockerOptions(c config.Docker, log *slog.Logger) docker.Options {
	return docker.Options{
		Host: c.Host, InstanceID: c.InstanceID, CallTimeout: c.CallTimeout,
		Network: c.Network, Egress: docker.Egress(c.Egress), BuildEgress: docker.Egress(c.BuildEgress),
		InternalNetwork: c.InternalNetwork, Logger: log, // the engine adds component=docker
	}
}

// noteEgress tells the operator of a worker whose functions have no egress
// what they still reach: the host, through the internal network's gateway,
// on every address it listens on except loopback (Docker drops routed
// traffic only, and the host's addresses are local to it), so the API when
// it listens there, and any other service listening on all addresses. The
// log line carries the firewall rules that leave only the API. It warns
// when the endpoint functions get is not on the gateway: they cannot reach
// another host.
func (a *App) noteEgress() {
	if a.Docker == nil || a.Docker.Egress(docker.RoleRuntime) != docker.EgressNone {
		return
	}
	nw := a.Docker.Network(docker.RoleRuntime)
	endpoint := a.FunctionEndpoint()
	var host, port string
	if u, err := url.Parse(endpoint); err == nil {
		host, port = u.Hostname(), u.Port()
	}
	if host != nw.Gateway {
		a.Log.Warn("functions have no egress: the API endpoint they get is not on their network's gateway, they may not reach it",
			"endpoint", endpoint, "network", nw.Name, "gateway", nw.Gateway,
			"hint", "leave server.function_endpoint empty with server.listen on loopback, or serve the API on the gateway address")
		return
	}
	br := nw.Bridge
	a.Log.Info("functions have no route out; the host stays reachable through their gateway on every non-loopback address it listens on",
		"network", nw.Name, "bridge", br, "api", endpoint,
		"firewall_api_only", "iptables -I INPUT -i "+br+" -j DROP && iptables -I INPUT -i "+br+" -p tcp -d "+nw.Gateway+" --dport "+port+
			" -j ACCEPT && iptables -I INPUT -i "+br+" -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT")
}
