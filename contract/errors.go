package contract

// Error types (temporal.ApplicationError types) activities fail with and
// workflows test for.
const (
	// ErrTypeNotRunnable: the function, deployment or runtime of an
	// execution is gone; retrying will not help.
	ErrTypeNotRunnable = "ExecutionNotRunnable"
	// ErrBuildFailed is the user's failure: the command failed, timed out or
	// the source cannot be built. Not retried.
	ErrBuildFailed = "BuildFailed"
	// ErrBuildSkipped means there is nothing to build any more (the
	// deployment was deleted or canceled before the build began).
	ErrBuildSkipped = "BuildSkipped"
)
