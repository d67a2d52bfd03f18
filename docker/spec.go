package docker

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Paths inside runtime and build containers (Open Runtimes v5).
const (
	CodeMountPath  = "/usr/local/server/src/function"
	LogsMountPath  = "/mnt/logs"
	BuildMountPath = "/usr/local/build"
	RuntimePort    = 3000
)

// RuntimeSpec describes the runtime of one deployment: everything that
// decides which warm container may serve it.
type RuntimeSpec struct {
	ProjectID    string
	FunctionID   string
	DeploymentID string
	// Image is a local image such as fnflow/runtime:node-18.0.
	Image string
	// CodeDir is the host directory holding the build output; it is mounted
	// read-only at CodeMountPath.
	CodeDir string
	// Entrypoint is the file, relative to CodeDir, the runtime loads
	// (OPEN_RUNTIMES_ENTRYPOINT).
	Entrypoint string
	// Env holds the function's variables (project and function variables and
	// the APPWRITE_FUNCTION_* set). The environment is fixed at cold start.
	Env map[string]string
	// CPUs and MemoryMB come from the function's specification.
	CPUs     float64
	MemoryMB int
	// MinInstances containers of the deployment are kept warm (function
	// field minInstances); MaxInstances bounds them (0: the pool's
	// default). Neither is part of Key.
	MinInstances int
	MaxInstances int
}

// maxInstances is the spec's container maximum: its own, else def, and
// never below its minimum.
func (s RuntimeSpec) maxInstances(def int) int {
	n := def
	if s.MaxInstances > 0 {
		n = s.MaxInstances
	}
	return max(n, s.MinInstances, 1)
}

// Validate reports a spec that cannot be run.
func (s RuntimeSpec) Validate() error {
	switch {
	case s.DeploymentID == "":
		return fmt.Errorf("docker: runtime spec has no deployment id")
	case s.Image == "":
		return fmt.Errorf("docker: runtime spec for deployment %s has no image", s.DeploymentID)
	case !filepath.IsAbs(s.CodeDir):
		return fmt.Errorf("docker: runtime spec for deployment %s: code dir %q is not an absolute path", s.DeploymentID, s.CodeDir)
	case s.MinInstances < 0 || s.MaxInstances < 0:
		return fmt.Errorf("docker: runtime spec for deployment %s: negative instance bounds", s.DeploymentID)
	case s.CPUs < 0:
		return fmt.Errorf("docker: runtime spec for deployment %s: negative cpus", s.DeploymentID)
	}
	if _, _, err := memoryLimits(s.MemoryMB); err != nil {
		return err
	}
	for k := range s.Env {
		if k == "" || strings.ContainsAny(k, "=\x00") {
			return fmt.Errorf("docker: runtime spec for deployment %s: invalid variable name %q", s.DeploymentID, k)
		}
	}
	return nil
}

// Key identifies the warm container that may serve this spec:
// "<project>/<deployment>/<hash>", where the hash covers the image, code
// dir, entrypoint, limits and every variable. Changing a variable or a limit
// therefore gets a fresh container.
func (s RuntimeSpec) Key() string {
	h := sha256.New()
	field := func(v string) { fmt.Fprintf(h, "%d:%s;", len(v), v) }
	field(s.FunctionID)
	field(s.Image)
	field(s.CodeDir)
	field(s.Entrypoint)
	field(strconv.FormatFloat(s.CPUs, 'g', -1, 64))
	field(strconv.Itoa(s.MemoryMB))
	keys := make([]string, 0, len(s.Env))
	for k := range s.Env {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		field(k)
		field(s.Env[k])
	}
	return s.ProjectID + "/" + s.DeploymentID + "/" + hex.EncodeToString(h.Sum(nil))[:16]
}

// containerEnv is the runtime container's environment: the user's
// variables, then the runtime's own, which cannot be overridden.
func (s RuntimeSpec) containerEnv(secret string) []string {
	env := make([]string, 0, len(s.Env)+6)
	for k, v := range s.Env {
		env = append(env, k+"="+v)
	}
	sort.Strings(env)
	return append(env,
		"HOME=/tmp",
		"OPEN_RUNTIMES_SECRET="+secret,
		"OPEN_RUNTIMES_ENTRYPOINT="+s.Entrypoint,
		"OPEN_RUNTIMES_CPUS="+strconv.FormatFloat(s.CPUs, 'g', -1, 64),
		"OPEN_RUNTIMES_MEMORY="+strconv.Itoa(s.MemoryMB),
	)
}

func (s RuntimeSpec) owner() Owner {
	return Owner{ProjectID: s.ProjectID, FunctionID: s.FunctionID, DeploymentID: s.DeploymentID}
}

// Header is one HTTP header. Lists of headers keep duplicates (set-cookie)
// and order, as Appwrite's execution model does.
type Header struct {
	Name  string
	Value string
}

// Request is one execution as the runtime receives it.
type Request struct {
	// Method defaults to POST.
	Method string
	// Path is the path with the query string; defaults to "/".
	Path    string
	Headers []Header
	Body    []byte
	// Timeout is the execution timeout sent as x-open-runtimes-timeout. If the
	// runtime has not answered shortly after it (PoolOptions.TimeoutGrace),
	// the call fails with a *TimeoutError and the container is replaced.
	// Defaults to 15 s.
	Timeout time.Duration
	// Logging sends x-open-runtimes-logging: enabled and collects the logs.
	Logging bool
}

// Response is the function's answer.
type Response struct {
	StatusCode int
	// Headers are lower-cased, sorted by name, without x-open-runtimes-*.
	Headers []Header
	Body    []byte
	// Logs and Errors are the function's log and error output for this
	// execution (empty unless Request.Logging).
	Logs   string
	Errors string
	// Duration is the time the runtime took to answer, cold start excluded.
	Duration time.Duration
	// ColdStart tells whether this call had to start the container.
	ColdStart   bool
	ContainerID string
}
