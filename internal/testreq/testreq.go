// Package testreq holds the one rule for a test whose dependency (Docker,
// PostgreSQL, a runtime image) is missing: it skips on a developer's machine
// and fails where every dependency is required. `./task test` (and so CI)
// sets FNFLOW_TEST_REQUIRE_ALL=1, so a missing dependency there is a
// failure, never a silent skip.
package testreq

import (
	"os"
	"testing"
)

// EnvRequireAll names the variable that turns missing dependencies into
// failures.
const EnvRequireAll = "FNFLOW_TEST_REQUIRE_ALL"

// Required reports whether every dependency is required in this run.
func Required() bool { return os.Getenv(EnvRequireAll) == "1" }

// Missing skips tb with msg, or fails it when every dependency is required.
func Missing(tb testing.TB, msg string) {
	tb.Helper()
	if Required() {
		tb.Fatalf("%s (%s=1: every dependency is required in this run)", msg, EnvRequireAll)
	}
	tb.Skip(msg)
}
