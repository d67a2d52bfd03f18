package docker

import (
	"bytes"
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/docker/docker/api/types/container"
	"github.com/docker/docker/pkg/stdcopy"
)

// ContainerState is what fnflow reads back from an inspected container.
type ContainerState struct {
	ID         string
	Name       string
	Running    bool
	Status     string // created, running, exited, dead, ...
	ExitCode   int
	OOMKilled  bool
	Error      string
	StartedAt  time.Time
	FinishedAt time.Time
	// HostPorts maps published container TCP ports to their host ports.
	HostPorts map[int]int
	// NetworkIPs maps each network the container is on to its IPv4 address there.
	NetworkIPs map[string]string
	Labels     map[string]string
	// Mounts maps each mount's path in the container to its source on the
	// daemon's host (a volume's mountpoint).
	Mounts map[string]string
}

// InspectContainer reads a container's state. A missing container is an
// error matching errdefs.IsNotFound.
func (e *Engine) InspectContainer(ctx context.Context, id string) (ContainerState, error) {
	ctx, cancel := e.callCtx(ctx)
	defer cancel()
	r, err := e.cli.ContainerInspect(ctx, id)
	if err != nil {
		return ContainerState{}, fmt.Errorf("docker: inspect container %s: %w", shortID(id), err)
	}
	st := ContainerState{ID: r.ID, Name: strings.TrimPrefix(r.Name, "/"), HostPorts: map[int]int{}, Mounts: map[string]string{}}
	for _, m := range r.Mounts {
		st.Mounts[m.Destination] = m.Source
	}
	if r.Config != nil {
		st.Labels = r.Config.Labels
	}
	if r.ContainerJSONBase != nil && r.State != nil {
		s := r.State
		st.Running, st.Status, st.ExitCode, st.OOMKilled, st.Error = s.Running, string(s.Status), s.ExitCode, s.OOMKilled, s.Error
		st.StartedAt, _ = time.Parse(time.RFC3339Nano, s.StartedAt)
		st.FinishedAt, _ = time.Parse(time.RFC3339Nano, s.FinishedAt)
	}
	if r.NetworkSettings != nil {
		for p, bindings := range r.NetworkSettings.Ports {
			if p.Proto() != "tcp" || len(bindings) == 0 {
				continue
			}
			hp, err := strconv.Atoi(bindings[0].HostPort)
			if err != nil {
				continue
			}
			st.HostPorts[p.Int()] = hp
		}
		st.NetworkIPs = map[string]string{}
		for name, ep := range r.NetworkSettings.Networks {
			if ep != nil && ep.IPAddress != "" {
				st.NetworkIPs[name] = ep.IPAddress
			}
		}
	}
	return st, nil
}

// WaitContainer blocks until the container is not running (it returns at
// once for one that has already exited) and then inspects it for the exit
// code and OOM kill. It uses ctx alone, without the call timeout.
func (e *Engine) WaitContainer(ctx context.Context, id string) (ContainerState, error) {
	respCh, errCh := e.cli.ContainerWait(ctx, id, container.WaitConditionNotRunning)
	var code int
	select {
	case r := <-respCh:
		code = int(r.StatusCode)
	case err := <-errCh:
		return ContainerState{}, fmt.Errorf("docker: wait for container %s: %w", shortID(id), err)
	}
	st, err := e.InspectContainer(ctx, id)
	if err != nil {
		if isNotFound(err) { // removed right after exit: keep what the wait said
			return ContainerState{ID: id, Status: "removed", ExitCode: code}, nil
		}
		return ContainerState{}, err
	}
	return st, nil
}

// ContainerLogs returns a container's stdout and stderr, demultiplexed;
// tail > 0 keeps only the last tail lines of each.
func (e *Engine) ContainerLogs(ctx context.Context, id string, tail int) (stdout, stderr string, err error) {
	ctx, cancel := e.callCtx(ctx)
	defer cancel()
	opts := container.LogsOptions{ShowStdout: true, ShowStderr: true}
	if tail > 0 {
		opts.Tail = strconv.Itoa(tail)
	}
	rc, err := e.cli.ContainerLogs(ctx, id, opts)
	if err != nil {
		return "", "", fmt.Errorf("docker: logs of container %s: %w", shortID(id), err)
	}
	defer rc.Close()
	var out, errOut bytes.Buffer
	if _, err := stdcopy.StdCopy(&out, &errOut, rc); err != nil {
		return out.String(), errOut.String(), fmt.Errorf("docker: read logs of container %s: %w", shortID(id), err)
	}
	return out.String(), errOut.String(), nil
}

// exitError describes a container that exited when it should not have,
// with the tail of its output for the error message.
func (e *Engine) exitError(ctx context.Context, st ContainerState) *ExitError {
	ee := &ExitError{ContainerID: st.ID, ExitCode: st.ExitCode, OOMKilled: st.OOMKilled}
	stdout, stderr, err := e.ContainerLogs(ctx, st.ID, 20)
	if err != nil {
		e.log.Warn("cannot read logs of exited container", "container_id", shortID(st.ID), "error", err)
	}
	ee.Logs = lastChars(strings.TrimSpace(stdout+"\n"+stderr), 2000)
	return ee
}

func lastChars(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return "…" + s[len(s)-n:]
}
