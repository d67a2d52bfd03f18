package docker

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"sync"
	"time"

	"github.com/docker/docker/api/types/container"
	"github.com/docker/docker/api/types/filters"
	"github.com/docker/docker/client"
)

// Defaults for Options.
const (
	DefaultCallTimeout    = 30 * time.Second
	DefaultStopGrace      = 5 * time.Second
	DefaultPidsLimit      = 256
	DefaultBuildPidsLimit = 1024
	// DefaultInternalNetwork is Options.InternalNetwork's default.
	DefaultInternalNetwork = "fnflow-internal"
)

// Options configure an Engine. The zero value works against the local
// engine; fields left zero take the documented defaults.
type Options struct {
	// Host is the Docker engine address, e.g. unix:///var/run/docker.sock
	// (the default) or tcp://10.0.0.5:2376. The config layer resolves
	// DOCKER_HOST; this package reads no environment.
	Host string
	// CallTimeout bounds every Engine API call except waiting for a container
	// to exit and following a log stream (those use the caller's context).
	// Default DefaultCallTimeout.
	CallTimeout time.Duration
	// InstanceID is written to every container's fnflow.owner label. Each
	// process sharing a Docker engine needs its own; a restarted process should
	// keep its ID so its reconciler removes what its previous life left behind.
	// Default: the host name.
	InstanceID string
	// StopGrace is the time between SIGTERM and SIGKILL. Default DefaultStopGrace.
	StopGrace time.Duration
	// PidsLimit and BuildPidsLimit bound the processes (threads included) of
	// runtime and build containers. Defaults DefaultPidsLimit, DefaultBuildPidsLimit.
	PidsLimit      int64
	BuildPidsLimit int64
	// Network is the network runtime and build containers join (NetworkMode)
	// when their egress is EgressAll. Default: Docker's default bridge. Any
	// other name is created by New when missing, as a bridge with
	// inter-container traffic off (ensureNetworks).
	Network string
	// Egress and BuildEgress say what runtime and build containers reach:
	// EgressAll (the default, as Appwrite: any address, through Network) or
	// EgressNone (InternalNetwork: the host's addresses only, no route out).
	Egress      Egress
	BuildEgress Egress
	// InternalNetwork is the network of containers whose egress is
	// EgressNone: an internal bridge with inter-container traffic off,
	// created by New when missing. Default DefaultInternalNetwork.
	InternalNetwork string
	// Labels are added to every container fnflow creates (tests use them to
	// find their own containers). They cannot override fnflow.* labels.
	Labels map[string]string
	// Logger receives the package's logs. Default slog.Default().
	Logger *slog.Logger
}

func (o Options) withDefaults() (Options, error) {
	if o.Host == "" {
		o.Host = client.DefaultDockerHost
	}
	if o.CallTimeout <= 0 {
		o.CallTimeout = DefaultCallTimeout
	}
	if o.StopGrace <= 0 {
		o.StopGrace = DefaultStopGrace
	}
	if o.PidsLimit <= 0 {
		o.PidsLimit = DefaultPidsLimit
	}
	if o.BuildPidsLimit <= 0 {
		o.BuildPidsLimit = DefaultBuildPidsLimit
	}
	if o.Egress == "" {
		o.Egress = EgressAll
	}
	if o.BuildEgress == "" {
		o.BuildEgress = EgressAll
	}
	if o.InternalNetwork == "" {
		o.InternalNetwork = DefaultInternalNetwork
	}
	if err := o.checkEgress(); err != nil {
		return o, err
	}
	if o.InstanceID == "" {
		h, err := os.Hostname()
		if err != nil {
			return o, fmt.Errorf("docker: default instance id: %w", err)
		}
		o.InstanceID = h
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	return o, nil
}

// Engine is fnflow's connection to one Docker engine. It is safe for
// concurrent use. Build it with New and release it with Close.
type Engine struct {
	cli      *client.Client
	opts     Options
	log      *slog.Logger
	hostCPUs int
	// runtimeNet and buildNet are the networks runtime and build containers
	// join, as New found them; gateway is the host address every fnflow
	// container reaches (see Gateway).
	runtimeNet, buildNet NetworkInfo
	gateway              string

	// inherited are the containers with this instance's owner label that
	// existed when New ran: a previous life's (each process has its own
	// instance ID), never this Engine's (see Reconciler).
	inherited map[string]struct{}

	mu      sync.Mutex
	tracked map[string]struct{} // containers created and not yet removed by this Engine
}

// New connects to the Docker engine, negotiating the API version, and checks
// that it answers. When it does not, the error is an *UnreachableError
// (errors.Is(err, ErrEngineUnreachable)) naming the address.
func New(ctx context.Context, opts Options) (*Engine, error) {
	opts, err := opts.withDefaults()
	if err != nil {
		return nil, err
	}
	cli, err := client.NewClientWithOpts(client.WithHost(opts.Host), client.WithAPIVersionNegotiation())
	if err != nil {
		return nil, &UnreachableError{Host: opts.Host, Err: err}
	}
	e := &Engine{
		cli:     cli,
		opts:    opts,
		log:     opts.Logger.With("component", "docker"),
		tracked: map[string]struct{}{},
	}
	if err := e.Ping(ctx); err != nil {
		return nil, errors.Join(err, cli.Close())
	}
	cctx, cancel := e.callCtx(ctx)
	defer cancel()
	info, err := cli.Info(cctx)
	if err != nil {
		return nil, errors.Join(&UnreachableError{Host: opts.Host, Err: err}, cli.Close())
	}
	e.hostCPUs = info.NCPU
	if err := e.ensureNetworks(ctx); err != nil {
		return nil, errors.Join(err, cli.Close())
	}
	if e.inherited, err = e.listInherited(ctx); err != nil {
		return nil, errors.Join(err, cli.Close())
	}
	e.log.Info("docker engine connected", "docker_host", opts.Host, "server_version", info.ServerVersion,
		"api_version", cli.ClientVersion(), "host_cpus", info.NCPU, "instance_id", opts.InstanceID,
		"egress", opts.Egress, "runtime_network", e.runtimeNet.Name, "build_egress", opts.BuildEgress, "build_network", e.buildNet.Name)
	return e, nil
}

// listInherited lists the containers of this instance that exist before
// the Engine creates any.
func (e *Engine) listInherited(ctx context.Context) (map[string]struct{}, error) {
	cctx, cancel := e.callCtx(ctx)
	defer cancel()
	list, err := e.cli.ContainerList(cctx, container.ListOptions{All: true, Filters: filters.NewArgs(
		filters.Arg("label", LabelManaged+"=true"), filters.Arg("label", LabelOwner+"="+e.opts.InstanceID))})
	if err != nil {
		return nil, fmt.Errorf("docker: list the containers of instance %q: %w", e.opts.InstanceID, err)
	}
	out := make(map[string]struct{}, len(list))
	for _, c := range list {
		out[c.ID] = struct{}{}
	}
	return out, nil
}

// Inherited reports whether the container carried this instance's owner
// label before this Engine was made: a previous life's, never one this
// Engine is creating.
func (e *Engine) Inherited(containerID string) bool {
	_, ok := e.inherited[containerID]
	return ok
}

// Close releases the client's connections. It does not touch containers.
func (e *Engine) Close() error {
	if err := e.cli.Close(); err != nil {
		return fmt.Errorf("docker: close client: %w", err)
	}
	return nil
}

// InstanceID is the owner written to every container's fnflow.owner label.
func (e *Engine) InstanceID() string { return e.opts.InstanceID }

// Ping checks that the engine answers within the call timeout. Use it for
// health checks.
func (e *Engine) Ping(ctx context.Context) error {
	ctx, cancel := e.callCtx(ctx)
	defer cancel()
	if _, err := e.cli.Ping(ctx); err != nil {
		return &UnreachableError{Host: e.opts.Host, Err: err}
	}
	return nil
}

// ImageExists reports whether the image reference is present locally.
func (e *Engine) ImageExists(ctx context.Context, ref string) (bool, error) {
	ctx, cancel := e.callCtx(ctx)
	defer cancel()
	if _, err := e.cli.ImageInspect(ctx, ref); err != nil {
		if isNotFound(err) {
			return false, nil
		}
		return false, fmt.Errorf("docker: inspect image %s: %w", ref, err)
	}
	return true, nil
}

// callCtx derives the context for one Engine API call: the caller's
// context, bounded by the call timeout.
func (e *Engine) callCtx(ctx context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeout(ctx, e.opts.CallTimeout)
}

// cleanupCtx is for removals that must run even when ctx was cancelled (a
// cancelled build must still lose its container): ctx's values, no
// cancellation, the call timeout.
func (e *Engine) cleanupCtx(ctx context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeout(context.WithoutCancel(ctx), e.opts.CallTimeout)
}

func (e *Engine) track(id string) {
	e.mu.Lock()
	e.tracked[id] = struct{}{}
	e.mu.Unlock()
}

func (e *Engine) untrack(id string) {
	e.mu.Lock()
	delete(e.tracked, id)
	e.mu.Unlock()
}

// RemoveTracked removes every container this Engine created and has not
// removed yet (a process shutting down leaves none behind: a build still
// running is retried by Temporal on another worker). It returns how many
// it removed.
func (e *Engine) RemoveTracked(ctx context.Context) (int, error) {
	e.mu.Lock()
	ids := make([]string, 0, len(e.tracked))
	for id := range e.tracked {
		ids = append(ids, id)
	}
	e.mu.Unlock()
	var errs []error
	for _, id := range ids {
		errs = append(errs, e.RemoveContainer(ctx, id))
	}
	return len(ids), errors.Join(errs...)
}

// Tracks reports whether this Engine created the container and has not
// tried to remove it yet: the reconciler's notion of "owned and alive".
func (e *Engine) Tracks(containerID string) bool {
	e.mu.Lock()
	defer e.mu.Unlock()
	_, ok := e.tracked[containerID]
	return ok
}
