package docker

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/docker/docker/api/types/container"
	"github.com/docker/docker/api/types/mount"
	"github.com/docker/go-connections/nat"
)

// containerUser is the user every fnflow container runs as: nobody/nogroup.
const containerUser = "65534:65534"

// ContainerSpec is everything needed to create one fnflow container. The
// hardening is not optional and not part of the spec: see createConfigs.
type ContainerSpec struct {
	Role  Role
	Owner Owner
	// Key is written to the fnflow.key label (runtime containers).
	Key   string
	Image string
	// Entrypoint and Cmd replace the image's when not nil.
	Entrypoint []string
	Cmd        []string
	WorkingDir string
	// Env holds KEY=VALUE entries.
	Env    []string
	Mounts []Mount
	// Workspace, when not nil, is a capped tmpfs volume (see build.go).
	Workspace *Workspace
	// CPUs (0.5 = half a core) and MemoryMB limit the container; 0 = no limit.
	CPUs     float64
	MemoryMB int
	// TmpMB sizes /tmp instead of MemoryMB when positive (spares: their
	// memory limit may be raised at specialization, their /tmp cannot).
	TmpMB int
	// Spare marks a code-less spare runtime container (spare.go): its name
	// is fnflow-runtime-spare-<random> and it carries LabelSpare.
	Spare bool
	// PublishPort, when not 0, is a container TCP port published on
	// 127.0.0.1 at a random host port (see ContainerState.HostPorts), unless
	// the role's network is internal (Docker publishes nothing there).
	PublishPort int
}

// Mount is a bind mount of the host directory Source, or, with Volume set,
// a fresh anonymous volume (Source must be empty).
type Mount struct {
	Source   string
	Target   string
	ReadOnly bool
	// Volume, when not nil, makes the mount an anonymous volume of Docker's
	// local driver backed by a size- and inode-capped tmpfs. Docker creates
	// it with the container and mounts it at start (on the host under the
	// daemon's volumes directory, see ContainerState.Mounts); it is removed
	// with the container (RemoveContainer removes anonymous volumes), so it
	// lives exactly as long as the container, and the reconciler's removal
	// of an orphan container takes its volume too.
	Volume *TmpfsVolume
}

// TmpfsVolume sizes a tmpfs volume. The tmpfs is owned by the container
// user with mode 0700 and mounted nosuid,nodev,noexec; its pages are charged
// to the memory cgroup of the process that writes them (the container).
type TmpfsVolume struct {
	SizeBytes int64
	Inodes    int
	// RootOwned makes the tmpfs root owned by root with mode 0755 (the
	// container user may read, not write) and leaves exec allowed: a
	// spare's code volume, which the daemon fills (see spare.go).
	RootOwned bool
}

// mountOf is the Docker mount for m; labels go on a volume.
func mountOf(m Mount, labels map[string]string) (mount.Mount, error) {
	if m.Volume == nil {
		return mount.Mount{Type: mount.TypeBind, Source: m.Source, Target: m.Target, ReadOnly: m.ReadOnly}, nil
	}
	if m.Source != "" || m.Volume.SizeBytes <= 0 || m.Volume.Inodes <= 0 {
		return mount.Mount{}, fmt.Errorf("docker: invalid tmpfs volume for %s", m.Target)
	}
	uid, gid, _ := strings.Cut(containerUser, ":")
	mode, flags := "0700", "nosuid,nodev,noexec"
	if m.Volume.RootOwned {
		uid, gid, mode, flags = "0", "0", "0755", "nosuid,nodev"
	}
	return mount.Mount{
		Type: mount.TypeVolume, Target: m.Target, ReadOnly: m.ReadOnly,
		VolumeOptions: &mount.VolumeOptions{
			// The image's directory at Target must not be copied in: Docker
			// would also copy its owner and mode onto the tmpfs root.
			NoCopy: true,
			Labels: labels,
			DriverConfig: &mount.Driver{Name: "local", Options: map[string]string{
				"type": "tmpfs", "device": "tmpfs",
				"o": fmt.Sprintf("size=%d,nr_inodes=%d,uid=%s,gid=%s,mode=%s,%s",
					m.Volume.SizeBytes, m.Volume.Inodes, uid, gid, mode, flags),
			}},
		},
	}, nil
}

// createConfigs turns a spec into the Docker create configuration, applying
// fnflow's hardening: read-only root filesystem, size-limited tmpfs /tmp,
// user 65534, all capabilities dropped, no-new-privileges, not privileged,
// an init process (signals and zombie reaping), a pids limit, CPU and memory
// limits without swap, no restart policy, bounded json-file logs, and the
// port (if any) published on 127.0.0.1 only.
func createConfigs(s ContainerSpec, o Options, hostCPUs int) (*container.Config, *container.HostConfig, error) {
	if s.Image == "" {
		return nil, nil, fmt.Errorf("docker: container spec has no image")
	}
	for _, kv := range s.Env {
		if k, _, ok := strings.Cut(kv, "="); !ok || k == "" || strings.ContainsRune(kv, 0) {
			return nil, nil, fmt.Errorf("docker: invalid environment entry %q", strings.SplitN(kv, "=", 2)[0])
		}
	}
	mem, swap, err := memoryLimits(s.MemoryMB)
	if err != nil {
		return nil, nil, err
	}
	pids := o.PidsLimit
	if s.Role == RoleBuild {
		pids = o.BuildPidsLimit
	}
	init := true
	tmpMB := s.MemoryMB
	if s.TmpMB > 0 {
		tmpMB = s.TmpMB
	}
	cfg := &container.Config{
		Image:      s.Image,
		Entrypoint: s.Entrypoint,
		Cmd:        s.Cmd,
		WorkingDir: s.WorkingDir,
		Env:        s.Env,
		User:       containerUser,
		Labels:     containerLabels(o.Labels, o.InstanceID, s.Role, s.Owner, s.Key),
	}
	if s.Spare {
		cfg.Labels[LabelSpare] = "true"
	}
	hc := &container.HostConfig{
		ReadonlyRootfs: true,
		Tmpfs:          map[string]string{"/tmp": tmpfsOptions(tmpMB, s.Role == RoleBuild)},
		CapDrop:        []string{"ALL"},
		SecurityOpt:    []string{"no-new-privileges"},
		Privileged:     false,
		Init:           &init,
		NetworkMode:    container.NetworkMode(o.networkFor(s.Role)),
		RestartPolicy:  container.RestartPolicy{Name: container.RestartPolicyDisabled},
		LogConfig:      container.LogConfig{Type: "json-file", Config: map[string]string{"max-size": "10m", "max-file": "1"}},
		Resources: container.Resources{
			Memory:     mem,
			MemorySwap: swap,
			NanoCPUs:   nanoCPUs(s.CPUs, hostCPUs),
			PidsLimit:  &pids,
		},
	}
	for _, m := range s.Mounts {
		dm, err := mountOf(m, cfg.Labels)
		if err != nil {
			return nil, nil, err
		}
		hc.Mounts = append(hc.Mounts, dm)
	}
	if s.Workspace != nil {
		hc.Mounts = append(hc.Mounts, s.Workspace.mount(cfg.Labels))
	}
	if s.Role == RoleBuild {
		// A build's output comes from its exec streams; a container log
		// would only be host disk that its processes can write through
		// /proc/1/fd/1.
		hc.LogConfig = container.LogConfig{Type: "none"}
	}
	if s.PublishPort != 0 {
		p := nat.Port(fmt.Sprintf("%d/tcp", s.PublishPort))
		cfg.ExposedPorts = nat.PortSet{p: struct{}{}}
		hc.PortBindings = nat.PortMap{p: {{HostIP: "127.0.0.1", HostPort: ""}}}
	}
	return cfg, hc, nil
}

// CreateContainer creates (does not start) a container and returns its ID.
// A missing image is an *ImageNotFoundError: fnflow never pulls.
func (e *Engine) CreateContainer(ctx context.Context, s ContainerSpec) (string, error) {
	if !e.publishes(s.Role) {
		s.PublishPort = 0 // an internal network: the worker calls the container's own address
	}
	cfg, hc, err := createConfigs(s, e.opts, e.hostCPUs)
	if err != nil {
		return "", err
	}
	name := containerName(s.Role, s.Owner.DeploymentID, randomHex(4))
	if s.Spare {
		name = containerName(s.Role, "spare", randomHex(4))
	}
	// The create call does not follow the caller's cancellation: a request
	// aborted mid-flight can still leave a container behind on the daemon's
	// side, unknown to us. The call finishes (bounded by the call timeout)
	// and a container made for a caller that has gone away is removed here.
	cctx, cancel := e.cleanupCtx(ctx)
	defer cancel()
	resp, err := e.cli.ContainerCreate(cctx, cfg, hc, nil, nil, name)
	if err != nil {
		if isNotFound(err) {
			return "", &ImageNotFoundError{Image: s.Image, Err: err}
		}
		// A timed-out create may still complete on the daemon: remove
		// whatever carries the name (the reconciler catches the rest).
		rctx, rcancel := e.cleanupCtx(ctx)
		defer rcancel()
		if rmErr := e.cli.ContainerRemove(rctx, name, container.RemoveOptions{Force: true, RemoveVolumes: true}); rmErr != nil && !isGone(rmErr) {
			err = errors.Join(err, rmErr)
		}
		return "", fmt.Errorf("docker: create container %s: %w", name, err)
	}
	e.track(resp.ID)
	if ctx.Err() != nil {
		rctx, rcancel := e.cleanupCtx(ctx)
		defer rcancel()
		return "", errors.Join(fmt.Errorf("docker: create container %s: %w", name, ctx.Err()), e.RemoveContainer(rctx, resp.ID))
	}
	for _, w := range resp.Warnings {
		e.log.Warn("container create warning", "container_id", shortID(resp.ID), "warning", w)
	}
	return resp.ID, nil
}

// StartContainer starts a created container.
func (e *Engine) StartContainer(ctx context.Context, id string) error {
	ctx, cancel := e.callCtx(ctx)
	defer cancel()
	if err := e.cli.ContainerStart(ctx, id, container.StartOptions{}); err != nil {
		return fmt.Errorf("docker: start container %s: %w", shortID(id), err)
	}
	return nil
}

// StopContainer stops a container: SIGTERM, then SIGKILL after grace (0 =
// Options.StopGrace). A container that is already stopped or gone counts as
// stopped.
func (e *Engine) StopContainer(ctx context.Context, id string, grace time.Duration) error {
	if grace <= 0 {
		grace = e.opts.StopGrace
	}
	secs := int((grace + time.Second - 1) / time.Second)
	ctx, cancel := context.WithTimeout(ctx, e.opts.CallTimeout+grace)
	defer cancel()
	if err := e.cli.ContainerStop(ctx, id, container.StopOptions{Signal: "SIGTERM", Timeout: &secs}); err != nil && !isGone(err) {
		return fmt.Errorf("docker: stop container %s: %w", shortID(id), err)
	}
	return nil
}

// KillContainer sends SIGKILL. A container that is not running or gone
// counts as killed.
func (e *Engine) KillContainer(ctx context.Context, id string) error {
	ctx, cancel := e.callCtx(ctx)
	defer cancel()
	if err := e.cli.ContainerKill(ctx, id, "SIGKILL"); err != nil && !isGone(err) {
		return fmt.Errorf("docker: kill container %s: %w", shortID(id), err)
	}
	return nil
}

// RemoveContainer force-removes a container and its anonymous volumes. A
// container that is gone, or already being removed, counts as removed. The
// Engine stops tracking it even when removal fails, so the reconciler
// retries later.
func (e *Engine) RemoveContainer(ctx context.Context, id string) error {
	e.untrack(id)
	ctx, cancel := e.callCtx(ctx)
	defer cancel()
	err := e.cli.ContainerRemove(ctx, id, container.RemoveOptions{Force: true, RemoveVolumes: true})
	if err != nil && !isGone(err) {
		return fmt.Errorf("docker: remove container %s: %w", shortID(id), err)
	}
	return nil
}

func randomHex(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b) // crypto/rand.Read never fails (Go 1.24+)
	return hex.EncodeToString(b)
}
