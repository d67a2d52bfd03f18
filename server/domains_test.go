package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/fnflow/fnflow/config"
	"github.com/fnflow/fnflow/internal/testenv"
)

// nodeDomainEcho answers /bin with the raw request body and anything else
// with what it received, with ?status=N as the status code.
const nodeDomainEcho = `module.exports = async (context) => {
  const q = context.req.query || {};
  if (context.req.path === '/bin') {
    return context.res.binary(context.req.bodyBinary, 200, { 'content-type': 'application/octet-stream' });
  }
  return context.res.json({
    method: context.req.method, path: context.req.path, queryString: context.req.queryString, query: q,
    body: context.req.bodyText, headers: context.req.headers,
  }, Number(q.status || 200), { 'x-custom-out': 'yes' });
};
`

// domainDo sends a request to the test server under another Host.
func domainDo(t *testing.T, r *testenv.Running, host, method, path string, body []byte, hdr map[string]string) response {
	t.Helper()
	req, err := http.NewRequest(method, r.URL+path, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Host = host
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	resp, err := (&http.Client{Timeout: 60 * time.Second}).Do(req)
	if err != nil {
		t.Fatalf("%s %s%s: %v", method, host, path, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return response{Status: resp.StatusCode, Body: b, Header: resp.Header}
}

type domainEcho struct {
	Method      string            `json:"method"`
	Path        string            `json:"path"`
	QueryString string            `json:"queryString"`
	Query       map[string]string `json:"query"`
	Body        string            `json:"body"`
	Headers     map[string]string `json:"headers"`
}

func decodeEcho(t *testing.T, res response) domainEcho {
	t.Helper()
	var e domainEcho
	if err := json.Unmarshal(res.Body, &e); err != nil {
		t.Fatalf("function answered %d %q: %v", res.Status, res.Body, err)
	}
	return e
}

func TestFunctionDomains(t *testing.T) {
	requireImages(t, "fnflow/runtime:node-18.0")
	r := startExecApp(t, nil)
	c := newClient(t, r)
	seedFunction(t, r, c, "dom-echo", "node-18.0", "index.js", nodeDomainEcho, nil)
	host := "dom-echo." + r.ProjectID + ".functions.localhost"

	t.Run("get with query and headers", func(t *testing.T) {
		res := domainDo(t, r, host+":1234", "GET", "/hello/world?x=1&y=two", nil, map[string]string{
			"X-Custom-Header": "123", "X-Appwrite-Key": "leaked", "X-Appwrite-Trigger": "forged"})
		if res.Status != 200 || res.Header.Get("X-Custom-Out") != "yes" || !strings.HasPrefix(res.Header.Get("Content-Type"), "application/json") {
			t.Fatalf("response %d %v %s", res.Status, res.Header, res.Body)
		}
		if res.Header.Get("X-Appwrite-Execution-Id") == "" {
			t.Fatalf("no execution id header: %v", res.Header)
		}
		e := decodeEcho(t, res)
		if e.Method != "GET" || e.Path != "/hello/world" || e.QueryString != "x=1&y=two" || e.Query["y"] != "two" {
			t.Fatalf("function saw %+v", e)
		}
		h := e.Headers
		if h["x-custom-header"] != "123" || h["x-appwrite-trigger"] != "http" || h["x-appwrite-client-ip"] != "127.0.0.1" {
			t.Fatalf("function headers %v", h)
		}
		// The function gets its own ephemeral key, never the caller's.
		if k := h["x-appwrite-key"]; k == "leaked" || !strings.HasPrefix(k, "ephemeral_") {
			t.Fatalf("x-appwrite-key the function got: %q", k)
		}
	})

	t.Run("post json with custom status", func(t *testing.T) {
		payload := `{"data":"this is json data"}`
		res := domainDo(t, r, host, "POST", "/submit?status=202", []byte(payload), map[string]string{"Content-Type": "application/json"})
		if res.Status != 202 || res.Header.Get("X-Custom-Out") != "yes" {
			t.Fatalf("response %d %v %s", res.Status, res.Header, res.Body)
		}
		e := decodeEcho(t, res)
		if e.Method != "POST" || e.Body != payload || e.Headers["content-type"] != "application/json" {
			t.Fatalf("function saw %+v", e)
		}
		// The execution is recorded with trigger http.
		eid := res.Header.Get("X-Appwrite-Execution-Id")
		got := c.do("GET", "/v1/functions/dom-echo/executions/"+eid, nil, nil)
		if got.Status != 200 {
			t.Fatalf("get execution: %d %s", got.Status, got.Body)
		}
		m := got.JSON(t)
		if m["trigger"] != "http" || m["status"] != "completed" || m["requestMethod"] != "POST" ||
			m["requestPath"] != "/submit?status=202" || m["responseStatusCode"] != 202.0 || m["responseBody"] != "" {
			t.Fatalf("stored execution %v", m)
		}
	})

	t.Run("binary body round trip", func(t *testing.T) {
		bin := make([]byte, 0, 512)
		for i := range 512 {
			bin = append(bin, byte(i*7))
		}
		bin = append(bin, 0xff, 0xfe, 0x00, 0xc3)
		res := domainDo(t, r, host, "POST", "/bin", bin, map[string]string{"Content-Type": "application/octet-stream"})
		if res.Status != 200 || !strings.HasPrefix(res.Header.Get("Content-Type"), "application/octet-stream") {
			t.Fatalf("response %d %v", res.Status, res.Header)
		}
		if !bytes.Equal(res.Body, bin) {
			t.Fatalf("binary body changed: sent %d bytes, got %d", len(bin), len(res.Body))
		}
	})

	t.Run("api paths belong to the function", func(t *testing.T) {
		res := domainDo(t, r, host, "GET", "/v1/functions", nil, nil)
		if e := decodeEcho(t, res); res.Status != 200 || e.Path != "/v1/functions" {
			t.Fatalf("function saw %+v (%d)", e, res.Status)
		}
	})

	t.Run("api on its own host", func(t *testing.T) {
		if res := c.do("GET", "/v1/functions/dom-echo", nil, nil); res.Status != 200 || res.JSON(t)["$id"] != "dom-echo" {
			t.Fatalf("get function: %d %s", res.Status, res.Body)
		}
		res := c.do("GET", "/v1/functions/dom-echo/executions", nil, nil)
		if res.Status != 200 {
			t.Fatalf("list executions: %d %s", res.Status, res.Body)
		}
		for _, e := range res.JSON(t)["executions"].([]any) {
			if e.(map[string]any)["trigger"] != "http" {
				t.Fatalf("execution %v", e)
			}
		}
	})

	t.Run("execute permission missing", func(t *testing.T) {
		seedFunction(t, r, c, "dom-private", "node-18.0", "index.js", nodeDomainEcho, map[string]any{"execute": []string{}})
		wantError(t, domainDo(t, r, "dom-private."+r.ProjectID+".functions.localhost", "GET", "/", nil, nil),
			401, "function_execute_permission_missing")
	})

	t.Run("users role needs a verified jwt", func(t *testing.T) {
		seedFunction(t, r, c, "dom-users", "node-18.0", "index.js", nodeDomainEcho, map[string]any{"execute": []string{"users"}})
		h := "dom-users." + r.ProjectID + ".functions.localhost"
		wantError(t, domainDo(t, r, h, "GET", "/", nil, nil), 401, "function_execute_permission_missing")
		wantError(t, domainDo(t, r, h, "GET", "/", nil, map[string]string{"X-Appwrite-User-JWT": "bogus"}), 401, "user_jwt_invalid")
		tok := userJWT(t, r.Config.Auth.JWTSecret, "user1")
		res := domainDo(t, r, h, "GET", "/", nil, map[string]string{"X-Appwrite-User-JWT": tok})
		e := decodeEcho(t, res)
		if res.Status != 200 || e.Headers["x-appwrite-user-id"] != "user1" || e.Headers["x-appwrite-user-jwt"] == "" {
			t.Fatalf("function saw %d %v", res.Status, e.Headers)
		}
		// The function gets the caller's token bound to its project
		// (TestAttackForwardedJWTStaysInItsProject): it works here.
		if got := c.do("GET", "/v1/functions/dom-users/executions", nil, map[string]string{"X-Appwrite-Key": "",
			"X-Appwrite-JWT": e.Headers["x-appwrite-user-jwt"]}); got.Status != 200 {
			t.Fatalf("the forwarded token: %d %s", got.Status, got.Body)
		}
	})

	t.Run("not found", func(t *testing.T) {
		wantError(t, domainDo(t, r, "nope."+r.ProjectID+".functions.localhost", "GET", "/", nil, nil), 404, "function_not_found")
		wantError(t, domainDo(t, r, "dom-echo.noproject.functions.localhost", "GET", "/", nil, nil), 404, "function_not_found")
		wantError(t, domainDo(t, r, "dom-echo.functions.localhost", "GET", "/", nil, nil), 404, "function_not_found")
	})

	t.Run("disabled function", func(t *testing.T) {
		seedFunction(t, r, c, "dom-off", "node-18.0", "index.js", nodeDomainEcho, nil)
		if err := r.App.Store.SetFunctionColumnsForTest(context.Background(), r.ProjectID, "dom-off", map[string]any{"enabled": false}); err != nil {
			t.Fatal(err)
		}
		wantError(t, domainDo(t, r, "dom-off."+r.ProjectID+".functions.localhost", "GET", "/", nil, nil), 404, "function_not_found")
	})

	t.Run("no deployment", func(t *testing.T) {
		body := map[string]any{"functionId": "dom-empty", "name": "dom-empty", "runtime": "node-18.0", "execute": []string{"any"}}
		if res := c.do("POST", "/v1/functions", body, nil); res.Status != 201 {
			t.Fatalf("create function: %d %s", res.Status, res.Body)
		}
		wantError(t, domainDo(t, r, "dom-empty."+r.ProjectID+".functions.localhost", "GET", "/", nil, nil), 404, "deployment_not_found")
	})
}

func TestFunctionDomainSyncTimeout(t *testing.T) {
	requireImages(t, "fnflow/runtime:node-18.0")
	r := startExecApp(t, func(c *config.Config) { c.Executions.SyncTimeout = time.Second })
	c := newClient(t, r)
	seedFunction(t, r, c, "dom-long", "node-18.0", "index.js", nodeEcho, map[string]any{"timeout": 10})
	host := "dom-long." + r.ProjectID + ".functions.localhost"
	domainDo(t, r, host, "GET", "/", nil, nil) // warm (may itself exceed the cap when cold)
	wantError(t, domainDo(t, r, host, "GET", "/?sleep=2000", nil, nil), 408, "function_synchronous_timeout")
}
