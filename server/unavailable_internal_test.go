package server

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"go.temporal.io/api/serviceerror"
)

// TestTemporalUnreachable: errors that say the workflow engine cannot take
// the call now (down, overloaded, its namespace not served yet) answer 503;
// those that refuse the call itself do not.
func TestTemporalUnreachable(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		err  error
		want bool
	}{
		{serviceerror.NewUnavailable("down"), true},
		{serviceerror.NewResourceExhausted(0, "busy"), true},
		{serviceerror.NewNamespaceNotFound("fnflow"), true},
		{fmt.Errorf("start: %w", serviceerror.NewNamespaceNotFound("fnflow")), true},
		{context.DeadlineExceeded, true},
		{serviceerror.NewWorkflowExecutionAlreadyStarted("started", "", ""), false},
		{serviceerror.NewInvalidArgument("bad"), false},
		{errors.New("other"), false},
	} {
		if got := temporalUnreachable(ctx, tc.err); got != tc.want {
			t.Errorf("temporalUnreachable(%v) = %v, want %v", tc.err, got, tc.want)
		}
	}
}
