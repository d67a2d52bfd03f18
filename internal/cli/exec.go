package cli

import (
	"context"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"
)

// ExecRequest is `fnflow exec`'s input.
type ExecRequest struct {
	Body        string
	Async       bool
	Method      string
	Path        string
	Headers     map[string]string
	ScheduledAt string
}

// Exec creates an execution.
func (c *Client) Exec(ctx context.Context, fnID string, r ExecRequest) (*Execution, error) {
	body := map[string]any{"body": r.Body, "async": r.Async, "path": orDefault(r.Path, "/"), "method": orDefault(r.Method, "POST")}
	if len(r.Headers) > 0 {
		body["headers"] = r.Headers
	}
	if r.ScheduledAt != "" {
		body["scheduledAt"] = r.ScheduledAt
	}
	var e Execution
	return &e, c.Do(ctx, "POST", fnPath(fnID, "executions"), body, &e)
}

// ParseAt reads --at: an RFC 3339 time or a delay such as 2m (rounded up to
// the next whole minute, as the API wants zero seconds).
func ParseAt(s string, now time.Time) (string, error) {
	var t time.Time
	if d, err := time.ParseDuration(s); err == nil {
		t = now.Add(d)
		if t.Truncate(time.Minute) != t {
			t = t.Truncate(time.Minute).Add(time.Minute)
		}
	} else if t, err = time.Parse(time.RFC3339, s); err != nil {
		return "", fmt.Errorf("--at %q: want a time such as 2026-01-02T15:04:00Z or a delay such as 5m", s)
	}
	return t.UTC().Format("2006-01-02T15:04:05.000+00:00"), nil
}

// WriteExecution prints one finished execution for people: a summary line,
// then its logs and errors indented.
func WriteExecution(w io.Writer, e *Execution) {
	when := e.CreatedAt
	if t, err := time.Parse(time.RFC3339, e.CreatedAt); err == nil {
		when = t.UTC().Format("2006-01-02 15:04:05")
	}
	fmt.Fprintf(w, "%s  %s  %-9s %3d  %6.3fs  %s %s %s\n", when, e.ID, e.Status, e.ResponseStatusCode, e.Duration, e.Trigger, e.RequestMethod, e.RequestPath)
	for _, l := range lines(e.Logs) {
		fmt.Fprintf(w, "    %s\n", l)
	}
	for _, l := range lines(e.Errors) {
		fmt.Fprintf(w, "  ! %s\n", l)
	}
}

func lines(s string) []string {
	s = strings.TrimRight(s, "\n")
	if s == "" {
		return nil
	}
	return strings.Split(s, "\n")
}

// Finished reports whether an execution is done.
func Finished(e *Execution) bool { return e.Status == "completed" || e.Status == "failed" }

// Logs prints the function's last n finished executions, oldest first; with
// follow it then keeps printing executions as they finish until ctx ends.
func (c *Client) Logs(ctx context.Context, fnID string, n int, follow bool, poll time.Duration, emit func(*Execution) error) error {
	seen := map[string]bool{}
	first := true
	for {
		es, err := c.ListExecutions(ctx, fnID, max(n, 25))
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return err
		}
		sort.SliceStable(es, func(i, j int) bool { return es[i].CreatedAt < es[j].CreatedAt })
		var fresh []Execution
		for _, e := range es {
			if Finished(&e) && !seen[e.ID] {
				seen[e.ID] = true
				fresh = append(fresh, e)
			}
		}
		if first && len(fresh) > n {
			fresh = fresh[len(fresh)-n:]
		}
		first = false
		for i := range fresh {
			if err := emit(&fresh[i]); err != nil {
				return err
			}
		}
		if !follow {
			return nil
		}
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(poll):
		}
	}
}
