package server_test

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"go.temporal.io/api/serviceerror"
	sdkclient "go.temporal.io/sdk/client"

	"github.com/fnflow/fnflow/config"
	"github.com/fnflow/fnflow/contract"
	"github.com/fnflow/fnflow/internal/testenv"
	"github.com/fnflow/fnflow/models"
	"github.com/fnflow/fnflow/worker"
)

// errorMessage returns an Appwrite error body's message after checking its
// status and type.
func errorMessage(t *testing.T, res response, status int, typ string) string {
	t.Helper()
	wantError(t, res, status, typ)
	return res.JSON(t)["message"].(string)
}

// rawRequest sends bytes as they are (what net/http would refuse to send)
// and reads the answer.
func rawRequest(t *testing.T, r *testenv.Running, raw string) response {
	t.Helper()
	u, err := url.Parse(r.URL)
	if err != nil {
		t.Fatal(err)
	}
	conn, err := net.DialTimeout("tcp", u.Host, 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	_ = conn.SetDeadline(time.Now().Add(30 * time.Second))
	if _, err := io.WriteString(conn, raw); err != nil {
		t.Fatal(err)
	}
	res, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatalf("read the answer: %v", err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return response{Status: res.StatusCode, Body: b, Header: res.Header}
}

// sdkStartOptions starts an execution's workflow for a row the test wrote
// to the store itself.
func sdkStartOptions(r *testenv.Running, executionID string) sdkclient.StartWorkflowOptions {
	return sdkclient.StartWorkflowOptions{ID: contract.ExecutionWorkflowID(r.ProjectID, executionID), TaskQueue: r.Config.Temporal.TaskQueue}
}

// TestScheduleValidation: zone prefixes, @every (alone or behind a zone)
// and the other forms Appwrite's Cron validator refuses are 400
// general_argument_invalid with Appwrite's message (TZ=UTC used to panic
// in the cron parser: 500; CRON_TZ=UTC @every 1s used to be accepted and
// fire every second). What is accepted reaches Temporal with the same
// meaning: the schedule's next action times are the parser's. A stored
// schedule that no longer validates is removed from Temporal.
func TestScheduleValidation(t *testing.T) {
	r := testenv.StartApp(t, testenv.AppOptions{Temporal: temporal})
	c := newClient(t, r)
	seedFunction(t, r, c, "cron", "node-18.0", "index.js", nodeEcho, nil)
	put := func(schedule string) response {
		return c.do("PUT", "/v1/functions/cron", map[string]any{"name": "cron", "runtime": "node-18.0",
			"entrypoint": "index.js", "execute": []string{"any"}, "schedule": schedule}, nil)
	}
	const msg = "Invalid `schedule` param: String must be a valid cron expression"
	ctx := context.Background()
	h := r.App.Temporal.ScheduleClient().GetHandle(ctx, contract.ScheduleID(r.ProjectID, "cron"))

	t.Run("refused", func(t *testing.T) {
		for _, expr := range []string{"TZ=UTC", "CRON_TZ=UTC", "CRON_TZ=UTC @every 1s", "@every 1s", "@every 1m",
			"TZ=UTC * * * * *", "CRON_TZ=Europe/Paris 0 9 * * *", "* * * * * *", "0 0 * * 5#3", "0 0 30 2 *", "*/5 22-3 * * *"} {
			res := c.do("POST", "/v1/functions", map[string]any{"functionId": "bad-cron", "name": "x", "runtime": "node-18.0", "schedule": expr}, nil)
			if m := errorMessage(t, res, 400, "general_argument_invalid"); !strings.HasPrefix(m, msg) {
				t.Errorf("create with %q: message %q", expr, m)
			}
			if m := errorMessage(t, put(expr), 400, "general_argument_invalid"); !strings.HasPrefix(m, msg) {
				t.Errorf("update with %q: message %q", expr, m)
			}
		}
		wantError(t, c.do("GET", "/v1/functions/bad-cron", nil, nil), 404, "function_not_found")
	})

	t.Run("temporal fires as parsed", func(t *testing.T) {
		for _, expr := range []string{"0 0 13 * 5", "*/20 3-5 * * mon-fri", "@weekly", "0 0 ? * 7", "0 12 1 jan,jul *", "0 0 29 2 *", "7 7 7 7 *"} {
			if res := put(expr); res.Status != 200 || res.JSON(t)["schedule"] != expr {
				t.Fatalf("set schedule %q: %d %s", expr, res.Status, res.Body)
			}
			s, err := models.ParseSchedule(expr)
			if err != nil {
				t.Fatal(err)
			}
			before := time.Now()
			desc, err := h.Describe(ctx)
			if err != nil {
				t.Fatalf("describe schedule for %q: %v", expr, err)
			}
			next := desc.Info.NextActionTimes
			if len(next) < 3 {
				t.Fatalf("%q: Temporal lists %d next actions", expr, len(next))
			}
			if want := s.Next(before); !next[0].Equal(want) && !next[0].Equal(s.Next(want)) {
				t.Errorf("%q: Temporal fires first at %v, the parser at %v", expr, next[0].UTC(), want)
			}
			for i := 1; i < len(next); i++ {
				if want := s.Next(next[i-1]); !next[i].Equal(want) {
					t.Errorf("%q: Temporal fires at %v after %v, the parser at %v", expr, next[i].UTC(), next[i-1].UTC(), want)
				}
			}
		}
	})

	t.Run("stored invalid schedule removed", func(t *testing.T) {
		if res := put("0 0 1 1 *"); res.Status != 200 {
			t.Fatalf("set a valid schedule: %d %s", res.Status, res.Body)
		}

		// A schedule stored before this validation (written to the store
		// directly) is removed from Temporal instead of firing.
		if err := r.App.Store.SetFunctionColumnsForTest(ctx, r.ProjectID, "cron", map[string]any{"schedule": "CRON_TZ=UTC @every 1s"}); err != nil {
			t.Fatal(err)
		}
		logs := &testenv.SafeBuffer{}
		if err := worker.NewSchedules(r.App.Temporal, r.App.Store, r.Config, slog.New(slog.NewTextHandler(logs, nil))).Reconcile(ctx); err != nil {
			t.Fatalf("reconcile: %v", err)
		}
		var nf *serviceerror.NotFound
		if _, err := h.Describe(ctx); !errors.As(err, &nf) {
			t.Fatalf("the invalid stored schedule still has a Temporal schedule (describe: %v)", err)
		}
		if !strings.Contains(logs.String(), "function_id=cron") || !strings.Contains(logs.String(), "not valid") {
			t.Fatalf("no log line for the removed schedule: %s", logs.String())
		}
	})
}

// TestVariableKeysAndValues: keys that cannot name an environment variable
// and values with NUL are refused on write, for function and project
// variables; a bad row already in the store is left out of the runtime's
// environment with a log line naming its key (never its value), and the
// project's executions still run.
func TestVariableKeysAndValues(t *testing.T) {
	requireImages(t, "fnflow/runtime:node-18.0")
	r := startExecApp(t, nil)
	c := newClient(t, r)
	seedFunction(t, r, c, "vars", "node-18.0", "index.js", `module.exports = async (context) => context.res.json({ good: process.env.GOOD_KEY || null });`, nil)
	t.Run("refused on write", func(t *testing.T) {
		for _, base := range []string{"/v1/functions/vars/variables", "/v1/project/variables"} {
			for _, key := range []string{"A=B", "=", "A\x00B", "\x00", "A\nB", "A\rB", "TAB\tKEY", "\x7f", "A\u0085B"} {
				res := c.do("POST", base, map[string]any{"variableId": "unique()", "key": key, "value": "v"}, nil)
				if m := errorMessage(t, res, 400, "general_argument_invalid"); !strings.HasPrefix(m, "Invalid `key` param: ") {
					t.Errorf("%s key %q: %q", base, key, m)
				}
			}
			wantError(t, c.do("POST", base, map[string]any{"variableId": "unique()", "key": "", "value": "v"}, nil), 400, "general_argument_invalid")
			res := c.do("POST", base, map[string]any{"variableId": "unique()", "key": "V", "value": "a\x00b"}, nil)
			if m := errorMessage(t, res, 400, "general_argument_invalid"); !strings.HasPrefix(m, "Invalid `value` param: ") {
				t.Errorf("%s value with NUL: %q", base, m)
			}
			res = c.do("POST", base, map[string]any{"variableId": "okvar", "key": "GOOD_KEY", "value": "multi\nline\tvalue"}, nil)
			if res.Status != 201 {
				t.Fatalf("%s good variable: %d %s", base, res.Status, res.Body)
			}
			wantError(t, c.do("PUT", base+"/okvar", map[string]any{"key": "X=Y"}, nil), 400, "general_argument_invalid")
			wantError(t, c.do("PUT", base+"/okvar", map[string]any{"value": "\x00"}, nil), 400, "general_argument_invalid")
			if res := c.do("DELETE", base+"/okvar", nil, nil); res.Status != 204 {
				t.Fatalf("delete: %d %s", res.Status, res.Body)
			}
		}
	})

	t.Run("bad stored rows left out", func(t *testing.T) {

		// Rows written before the check: one project variable with "=" in its
		// key, one function variable with NUL in its value.
		ctx := context.Background()
		now := models.Now()
		for _, v := range []*models.Variable{
			{ProjectID: r.ProjectID, ID: "badproj", ResourceType: models.VariableProject, Key: "BAD=KEY", Value: "secret-value-one", CreatedAt: now, UpdatedAt: now},
			{ProjectID: r.ProjectID, ID: "badfunc", ResourceType: models.VariableFunction, ResourceID: "vars", Key: "NUL_VALUE", Value: "secret\x00value-two", CreatedAt: now, UpdatedAt: now},
			{ProjectID: r.ProjectID, ID: "goodvar", ResourceType: models.VariableFunction, ResourceID: "vars", Key: "GOOD_KEY", Value: "good", CreatedAt: now, UpdatedAt: now},
		} {
			if err := r.App.Store.CreateVariable(ctx, v); err != nil {
				t.Fatalf("store variable %s: %v", v.ID, err)
			}
		}
		m := execute(t, c, "vars", map[string]any{}, 201)
		if m["status"] != "completed" || m["responseBody"] != `{"good":"good"}` {
			t.Fatalf("execution with bad stored variables: %v", m)
		}
		logs := r.Logs.String()
		for _, key := range []string{"BAD=KEY", "NUL_VALUE"} {
			if !strings.Contains(logs, "variable left out of the runtime environment") || !strings.Contains(logs, key) {
				t.Errorf("no log line naming variable %s", key)
			}
		}
		for _, secret := range []string{"secret-value-one", "value-two"} {
			if strings.Contains(logs, secret) {
				t.Errorf("the server log holds a variable value (%s)", secret)
			}
		}
	})
}

// engineInternals are strings that would show engine details in what
// users read.
var engineInternals = []string{"container", "dial tcp", "docker:", "127.0.0.1:", "net/http", "net/url", "run execution", "(type:"}

// TestExecutionHeadersAndEngineErrors: header values with control
// characters are refused with 400 (they used to fail the run after 7.5 s
// with container IDs, ports and Go errors in `errors`), on the API and on
// function domains. An execution the engine cannot deliver (a row stored
// before these checks) shows one sentence; the details are in the server
// log with the execution ID.
func TestExecutionHeadersAndEngineErrors(t *testing.T) {
	requireImages(t, "fnflow/runtime:node-18.0")
	r := startExecApp(t, nil)
	c := newClient(t, r)
	did := seedFunction(t, r, c, "hdr", "node-18.0", "index.js", nodeEcho, nil)
	t.Run("api refuses", func(t *testing.T) {
		for _, v := range []string{"a\x00b", "a\r\nInjected: 1", "line\nbreak", "\r", "bell\x07", "del\x7f"} {
			for _, async := range []bool{false, true} {
				res := c.do("POST", "/v1/functions/hdr/executions", map[string]any{"async": async, "headers": map[string]any{"x-test": v}}, nil)
				if m := errorMessage(t, res, 400, "general_argument_invalid"); !strings.HasPrefix(m, "Invalid `headers` param: ") {
					t.Errorf("header value %q: %q", v, m)
				}
			}
		}
		wantError(t, c.do("POST", "/v1/functions/hdr/executions", map[string]any{"path": "/a\r\nb"}, nil), 400, "general_argument_invalid")
		// A tab is ordinary header text.
		m := execute(t, c, "hdr", map[string]any{"headers": map[string]any{"x-test": "tab\there"}}, 201)
		if m["status"] != "completed" || !strings.Contains(m["responseBody"].(string), `"x-test":"tab\there"`) {
			t.Fatalf("execution with a tab in a header: %v", m)
		}
	})

	t.Run("domain refuses", func(t *testing.T) {
		// A raw request with a control character in a header.
		host := "hdr." + r.ProjectID + ".functions.localhost"
		res := rawRequest(t, r, "GET / HTTP/1.1\r\nHost: "+host+"\r\nX-Test: a\x01b\r\nConnection: close\r\n\r\n")
		wantError(t, res, 400, "general_argument_invalid")
	})

	// Rows stored before the API checks: a header with NUL is left out and
	// the run completes; a path with a control character cannot be sent
	// at all, and the execution shows one sentence.
	ctx := context.Background()
	run := func(id string, e *models.Execution) map[string]any {
		t.Helper()
		e.ProjectID, e.ID, e.FunctionID, e.DeploymentID = r.ProjectID, id, "hdr", did
		e.Trigger, e.Status, e.RequestMethod = models.TriggerHTTP, models.ExecutionWaiting, "GET"
		if err := r.App.Store.CreateExecution(ctx, e); err != nil {
			t.Fatal(err)
		}
		wr, err := r.App.Temporal.ExecuteWorkflow(ctx, sdkStartOptions(r, id), contract.ExecutionWorkflow,
			contract.ExecutionInput{ProjectID: r.ProjectID, FunctionID: "hdr", ExecutionID: id, Timeout: 15})
		if err != nil {
			t.Fatal(err)
		}
		if err := wr.Get(ctx, nil); err != nil {
			t.Fatalf("execution workflow %s: %v", id, err)
		}
		return waitExecution(t, c, "hdr", id, 30*time.Second)
	}
	t.Run("stored header left out", func(t *testing.T) {
		m := run("storedhdr", &models.Execution{RequestPath: "/", RequestHeaders: models.HeaderList{{Name: "x-test", Value: "a\x00b"}, {Name: "x-ok", Value: "yes"}}})
		if m["status"] != "completed" || !strings.Contains(r.Logs.String(), "request header left out of the execution") {
			t.Fatalf("stored execution with a NUL header: status %v, errors %q", m["status"], m["errors"])
		}
	})
	t.Run("engine failure is one sentence", func(t *testing.T) {
		m := run("storedpath", &models.Execution{RequestPath: "/a\x00b"})
		errs, _ := m["errors"].(string)
		if m["status"] != "failed" || !strings.HasPrefix(errs, "The function's runtime could not be reached.") {
			t.Fatalf("execution the engine could not deliver: status %v, errors %q", m["status"], errs)
		}
		for _, s := range engineInternals {
			if strings.Contains(strings.ToLower(errs+fmt.Sprint(m["logs"])), s) {
				t.Errorf("execution errors/logs show engine internals (%q): %q", s, errs)
			}
		}
		if !strings.Contains(r.Logs.String(), "execution failed in the engine") || !strings.Contains(r.Logs.String(), "execution_id=storedpath") {
			t.Errorf("no server log line with the execution ID and the details")
		}
	})
}

// TestScopesMethodsAndBody: unknown scopes are refused naming the valid
// ones; an unknown HTTP method gets Appwrite's JSON route-not-found error;
// a JSON body with invalid UTF-8 (or an unpaired surrogate escape) is
// refused instead of being stored with U+FFFD.
func TestScopesMethodsAndBody(t *testing.T) {
	r := testenv.StartApp(t, testenv.AppOptions{Temporal: temporal})
	c := newClient(t, r)

	t.Run("scopes", func(t *testing.T) {
		res := c.do("POST", "/v1/functions", map[string]any{"functionId": "sc", "name": "sc", "runtime": "node-18.0",
			"scopes": []string{"functions.read", "nope.read"}}, nil)
		m := errorMessage(t, res, 400, "general_argument_invalid")
		if !strings.HasPrefix(m, "Invalid `scopes` param: Value must a valid array no longer than 100 items and Value must be one of (") ||
			!strings.Contains(m, "functions.read, functions.write") || !strings.Contains(m, "users.read") {
			t.Fatalf("unknown scope message: %q", m)
		}
		res = c.do("POST", "/v1/functions", map[string]any{"functionId": "sc", "name": "sc", "runtime": "node-18.0",
			"scopes": []string{"functions.read", "users.write", "events.write"}}, nil)
		if res.Status != 201 {
			t.Fatalf("known scopes: %d %s", res.Status, res.Body)
		}
		wantError(t, c.do("PUT", "/v1/functions/sc", map[string]any{"name": "sc", "scopes": []string{"root"}}, nil), 400, "general_argument_invalid")
	})

	t.Run("unknown methods", func(t *testing.T) {
		for _, method := range []string{"BREW", "PROPFIND", "get", "M-SEARCH"} {
			res := c.do(method, "/v1/functions", nil, nil)
			if m := errorMessage(t, res, 404, "general_route_not_found"); m != "The requested route was not found. Please refer to the API docs and try again." {
				t.Errorf("%s: %q", method, m)
			}
			if !strings.HasPrefix(res.Header.Get("Content-Type"), "application/json") {
				t.Errorf("%s: content type %q", method, res.Header.Get("Content-Type"))
			}
		}
		wantError(t, domainDo(t, r, "sc."+r.ProjectID+".functions.localhost", "BREW", "/", nil, nil), 404, "general_route_not_found")
	})

	t.Run("invalid utf-8", func(t *testing.T) {
		for _, body := range []string{
			`{"functionId":"u8","name":"bad` + "\xff" + `","runtime":"node-18.0"}`,
			`{"functionId":"u8","name":"bad` + "\xc3" + `","runtime":"node-18.0"}`,
			`{"functionId":"u8","name":"\udc00","runtime":"node-18.0"}`,
			`{"functionId":"u8","name":"\ud800x","runtime":"node-18.0"}`,
			`{"functionId":"u8","name":"\ud800\ud800","runtime":"node-18.0"}`,
		} {
			res := c.do("POST", "/v1/functions", body, nil)
			if m := errorMessage(t, res, 400, "general_argument_invalid"); !strings.HasPrefix(m, "Invalid request body: ") {
				t.Errorf("body %q: %q", body, m)
			}
		}
		res := c.do("POST", "/v1/functions", "functionId=u8&name=bad%FF&runtime=node-18.0", map[string]string{"Content-Type": "application/x-www-form-urlencoded"})
		wantError(t, res, 400, "general_argument_invalid")
		wantError(t, c.do("GET", "/v1/functions/u8", nil, nil), 404, "function_not_found")
		// A surrogate pair and a literal U+FFFD are text like any other.
		res = c.do("POST", "/v1/functions", `{"functionId":"u8","name":"\ud83d\ude00 \ufffd","runtime":"node-18.0"}`, nil)
		if res.Status != 201 || res.JSON(t)["name"] != "😀 \ufffd" {
			t.Fatalf("valid escapes: %d %s", res.Status, res.Body)
		}
	})
}

// TestDomainRateLimit: function domains count against the guest execution
// rate limit (the same bucket as POST …/executions), with the same headers
// and the Appwrite 429 body.
func TestDomainRateLimit(t *testing.T) {
	requireImages(t, "fnflow/runtime:node-18.0")
	r := startExecApp(t, func(c *config.Config) { c.Server.ExecutionRateLimit = 3 })
	c := newClient(t, r)
	seedFunction(t, r, c, "limited", "node-18.0", "index.js", nodeDomainEcho, nil)
	host := "limited." + r.ProjectID + ".functions.localhost"
	res := domainDo(t, r, host, "GET", "/", nil, nil)
	if res.Status != 200 || res.Header.Get("X-RateLimit-Limit") != "3" || res.Header.Get("X-RateLimit-Remaining") != "2" ||
		res.Header.Get("X-RateLimit-Reset") == "" || res.Header.Get("X-Appwrite-Execution-Id") == "" {
		t.Fatalf("first domain request: %d %v", res.Status, res.Header)
	}
	// One guest execution through the API, one more through the domain.
	guest := map[string]string{"X-Appwrite-Key": ""}
	if res := c.do("POST", "/v1/functions/limited/executions", map[string]any{}, guest); res.Status != 201 || res.Header.Get("X-RateLimit-Remaining") != "1" {
		t.Fatalf("guest execution: %d %v %s", res.Status, res.Header, res.Body)
	}
	wantError(t, domainDo(t, r, "nope."+r.ProjectID+".functions.localhost", "GET", "/", nil, nil), 404, "function_not_found")
	for i := 0; i < 3; i++ {
		res := domainDo(t, r, host, "POST", "/", []byte("x"), nil)
		wantError(t, res, 429, "general_rate_limit_exceeded")
		if res.Header.Get("X-RateLimit-Limit") != "3" || res.Header.Get("X-RateLimit-Remaining") != "0" || res.Header.Get("X-RateLimit-Reset") == "" {
			t.Fatalf("429 headers: %v", res.Header)
		}
	}
	wantError(t, c.do("POST", "/v1/functions/limited/executions", map[string]any{}, guest), 429, "general_rate_limit_exceeded")
	// Key holders are not limited on the API.
	if res := c.do("POST", "/v1/functions/limited/executions", map[string]any{}, nil); res.Status != 201 {
		t.Fatalf("execution with a key: %d %s", res.Status, res.Body)
	}
}
