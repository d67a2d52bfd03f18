package runtimes

import "net/url"

// The container contract between the docker layer and the runtime images.
// Every fnflow runtime image (and every upstream openruntimes v5 image)
// follows it; doc.go describes it in full.
const (
	// ServerPort is the TCP port the runtime server listens on (0.0.0.0).
	ServerPort = 3000
	// WorkDir is the image's working directory.
	WorkDir = "/usr/local/server"
	// ServerDir holds the runtime server's own files.
	ServerDir = "/usr/local/server/src"
	// FunctionDir is where the build output is mounted read-only.
	FunctionDir = "/usr/local/server/src/function"
	// BuildDir is where a build container gets the source, read-write; the
	// build command runs there and its content afterwards is the output.
	BuildDir = "/usr/local/build"
	// LogsDir is the writable bind mount the server writes log files to.
	LogsDir = "/mnt/logs"
	// RunAsUser is the user the containers run as (nobody:nogroup).
	RunAsUser = "65534:65534"
	// TmpDir is the writable tmpfs; HOME points at it.
	TmpDir = "/tmp"

	// HealthPath answers 200 "OK" without the secret once the server is up.
	HealthPath = "/__opr/health"
	// TimingsPath answers 200 with plain-text counters.
	TimingsPath = "/__opr/timings"

	EnvSecret     = "OPEN_RUNTIMES_SECRET"     // shared secret; empty disables the check
	EnvEntrypoint = "OPEN_RUNTIMES_ENTRYPOINT" // entrypoint file, relative to FunctionDir
	EnvHeaders    = "OPEN_RUNTIMES_HEADERS"    // optional JSON object merged into request headers

	HeaderSecret  = "x-open-runtimes-secret"
	HeaderTimeout = "x-open-runtimes-timeout" // integer seconds >= 1
	HeaderLogging = "x-open-runtimes-logging" // "enabled" (default) or "disabled"
	HeaderLogID   = "x-open-runtimes-log-id"  // response: URL-encoded log id; request: optional id to use

	// Labels on fnflow images.
	LabelRuntimeID   = "fnflow.runtime.id"
	LabelRuntimeHash = "fnflow.runtime.hash"
	LabelBaseHash    = "fnflow.base.hash"
	LabelBaseFor     = "fnflow.base.for"
	LabelPackages    = "fnflow.base.packages"
	// LabelSpecialize ("1") marks images whose server can start as a spare
	// (FNFLOW_SPARE=1) and be specialized once; docker.LabelSpecialize.
	LabelSpecialize = "fnflow.runtime.specialize"
)

// LogFileNames returns the names, inside LogsDir, of the two files written
// for the log id found in a response's x-open-runtimes-log-id header (which
// is URL-encoded). ok is false for an id that is not a plain file name.
func LogFileNames(headerValue string) (logs, errors string, ok bool) {
	id, err := url.PathUnescape(headerValue)
	if err != nil || id == "" || id[0] == '.' || len(id) > 128 {
		return "", "", false
	}
	for _, r := range id {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '.' || r == '_' || r == '-') {
			return "", "", false
		}
	}
	return id + "_logs.log", id + "_errors.log", true
}

// BuildCommand is the command of a build container: the user's build
// commands run by the image's sh in BuildDir.
func BuildCommand(commands string) []string {
	if commands == "" {
		commands = "true"
	}
	return []string{"sh", "-c", commands}
}
