package docker

import (
	"errors"
	"fmt"
	"time"

	cerrdefs "github.com/containerd/errdefs"
)

// Sentinel errors; the struct types below match them with errors.Is and
// carry the details for errors.As.
var (
	ErrEngineUnreachable = errors.New("docker: engine unreachable")
	ErrPoolFull          = errors.New("docker: warm pool full")
	ErrTimeout           = errors.New("docker: execution timed out")
	ErrOutOfMemory       = errors.New("docker: out of memory")
	ErrBodyTooLarge      = errors.New("docker: response body too large")
	ErrContainerExited   = errors.New("docker: container exited")
	ErrNotReady          = errors.New("docker: runtime not ready")
	ErrImageNotFound     = errors.New("docker: image not found")
	ErrPoolClosed        = errors.New("docker: pool closed")
	ErrInvalidated       = errors.New("docker: deployment invalidated while its container started")
	ErrBadResponse       = errors.New("docker: the runtime answered no valid HTTP response")
)

// UnreachableError: the Docker engine did not answer.
type UnreachableError struct {
	Host string
	Err  error
}

func (e *UnreachableError) Error() string {
	return fmt.Sprintf("docker: cannot reach the Docker engine at %s: %v", e.Host, e.Err)
}
func (e *UnreachableError) Unwrap() error        { return e.Err }
func (e *UnreachableError) Is(target error) bool { return target == ErrEngineUnreachable }

// PoolFullError: every container slot is busy: the pool's
// (docker.max_containers), or those of the project, which holds its share
// (PerProject: docker.max_containers_per_project). Waited is how long the
// call waited for a slot before giving up.
type PoolFullError struct {
	Limit      int
	PerProject bool
	Waited     time.Duration
}

func (e *PoolFullError) Error() string {
	if e.PerProject {
		return fmt.Sprintf("docker: the project's %d runtime containers are busy (limit docker.max_containers_per_project = %d); waited %s", e.Limit, e.Limit, e.Waited)
	}
	return fmt.Sprintf("docker: warm pool is full: %d runtime containers are busy (limit docker.max_containers = %d); waited %s", e.Limit, e.Limit, e.Waited)
}
func (e *PoolFullError) Is(target error) bool { return target == ErrPoolFull }

// TimeoutError: the execution did not answer within its timeout; its
// container was killed and will be replaced.
type TimeoutError struct{ Timeout time.Duration }

func (e *TimeoutError) Error() string {
	unit := "seconds"
	if e.Timeout == time.Second {
		unit = "second"
	}
	return fmt.Sprintf("docker: execution timed out after %s %s", formatSeconds(e.Timeout), unit)
}
func (e *TimeoutError) Is(target error) bool { return target == ErrTimeout }

// OutOfMemoryError: the kernel killed the runtime for exceeding its memory
// limit.
type OutOfMemoryError struct{ LimitMB int }

func (e *OutOfMemoryError) Error() string {
	return fmt.Sprintf("docker: the function ran out of memory (limit %d MB) and was killed", e.LimitMB)
}
func (e *OutOfMemoryError) Is(target error) bool { return target == ErrOutOfMemory }

// BodyTooLargeError: the function answered more than the configured cap.
type BodyTooLargeError struct{ Limit int64 }

func (e *BodyTooLargeError) Error() string {
	return fmt.Sprintf("docker: response body exceeds %d bytes (limit docker.max_response_bytes)", e.Limit)
}
func (e *BodyTooLargeError) Is(target error) bool { return target == ErrBodyTooLarge }

// BadResponseError: the runtime, its container still running, closed the
// connection without an answer or answered something that is not HTTP.
// User code runs inside the runtime server and can do either at will
// (destroy its socket, write raw bytes), so this is the function's failure,
// not the engine's: it is not retried. Err is the transport's error, for
// the server log only.
type BadResponseError struct {
	ContainerID string
	Err         error
}

func (e *BadResponseError) Error() string {
	return fmt.Sprintf("docker: container %s (running) answered no valid HTTP response: %v", shortID(e.ContainerID), e.Err)
}
func (e *BadResponseError) Unwrap() error        { return e.Err }
func (e *BadResponseError) Is(target error) bool { return target == ErrBadResponse }

// ExitError: a container exited when it should have kept running (during
// start-up or during an execution). Logs holds the tail of its output when
// it could be read.
type ExitError struct {
	ContainerID string
	ExitCode    int
	OOMKilled   bool
	Logs        string
}

func (e *ExitError) Error() string {
	msg := fmt.Sprintf("docker: container %s exited with code %d", shortID(e.ContainerID), e.ExitCode)
	if e.OOMKilled {
		msg += " (out of memory)"
	}
	if e.Logs != "" {
		msg += "; last output: " + e.Logs
	}
	return msg
}
func (e *ExitError) Is(target error) bool { return target == ErrContainerExited }

// ImageNotFoundError: the runtime or build image is not present locally
// (fnflow never pulls).
type ImageNotFoundError struct {
	Image string
	Err   error
}

func (e *ImageNotFoundError) Error() string {
	return fmt.Sprintf("docker: image %s not found locally (build or load it first): %v", e.Image, e.Err)
}
func (e *ImageNotFoundError) Unwrap() error        { return e.Err }
func (e *ImageNotFoundError) Is(target error) bool { return target == ErrImageNotFound }

func isNotFound(err error) bool { return cerrdefs.IsNotFound(err) }

// isGone reports errors that mean "already in the desired state" for stop,
// kill and remove: not found, not modified (already stopped), or a conflict
// because a removal is already in progress.
func isGone(err error) bool {
	return cerrdefs.IsNotFound(err) || cerrdefs.IsNotModified(err) || cerrdefs.IsConflict(err)
}

func shortID(id string) string {
	if len(id) > 12 {
		return id[:12]
	}
	return id
}

func formatSeconds(d time.Duration) string {
	s := d.Seconds()
	if s == float64(int64(s)) {
		return fmt.Sprintf("%d", int64(s))
	}
	return fmt.Sprintf("%.1f", s)
}
