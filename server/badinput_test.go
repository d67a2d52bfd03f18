package server_test

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/fnflow/fnflow/internal/testenv"
)

// oversizedRequest announces a body of size bytes and sends none of it: the
// server must answer 413 from the Content-Length alone. (Sending the body
// races with the server closing the connection after its answer.)
func oversizedRequest(t *testing.T, r *testenv.Running, path string, size int) response {
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
	fmt.Fprintf(conn, "POST %s HTTP/1.1\r\nHost: %s\r\nContent-Type: application/json\r\nContent-Length: %d\r\n"+
		"X-Appwrite-Project: %s\r\nX-Appwrite-Key: %s\r\n\r\n", path, u.Host, size, r.ProjectID, r.Key)
	res, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatalf("read the answer to an oversized request: %v", err)
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return response{Status: res.StatusCode, Body: body, Header: res.Header}
}

func q(queries ...string) string {
	v := url.Values{}
	for _, s := range queries {
		v.Add("queries[]", s)
	}
	return v.Encode()
}

// TestBadInput: bad requests get Appwrite error bodies with the documented
// status and type; never a 500.
func TestBadInput(t *testing.T) {
	r := testenv.StartApp(t, testenv.AppOptions{Temporal: temporal})
	c := newClient(t, r)
	if resp := c.do("POST", "/v1/functions", map[string]any{"functionId": "exists", "name": "x", "runtime": "node-18.0"}, nil); resp.Status != 201 {
		t.Fatalf("setup: %d %s", resp.Status, resp.Body)
	}
	if resp := c.do("POST", "/v1/functions/exists/variables", map[string]any{"variableId": "v1", "key": "K", "value": "v"}, nil); resp.Status != 201 {
		t.Fatalf("setup: %d %s", resp.Status, resp.Body)
	}
	ro := testenv.StartApp(t, testenv.AppOptions{Temporal: temporal}) // a second project for key mismatch
	readOnly := func() string {
		_, k, err := r.App.Store.CreateAPIKey(t.Context(), r.ProjectID, "ro", []string{"functions.read"}, nil)
		if err != nil {
			t.Fatal(err)
		}
		return k
	}()
	fn := func(extra map[string]any) map[string]any {
		m := map[string]any{"functionId": "unique()", "name": "n", "runtime": "node-18.0"}
		for k, v := range extra {
			m[k] = v
		}
		return m
	}
	long := strings.Repeat("a", 129)
	cases := []struct {
		name   string
		method string
		path   string
		body   any
		hdr    map[string]string
		status int
		typ    string
	}{
		{"missing project", "GET", "/v1/functions", nil, map[string]string{"X-Appwrite-Project": ""}, 401, "general_access_forbidden"},
		{"unknown project", "GET", "/v1/functions", nil, map[string]string{"X-Appwrite-Project": "nope"}, 404, "project_not_found"},
		{"malformed project id", "GET", "/v1/functions", nil, map[string]string{"X-Appwrite-Project": "../etc"}, 404, "project_not_found"},
		{"bad key", "GET", "/v1/functions", nil, map[string]string{"X-Appwrite-Key": "standard_deadbeef"}, 401, "user_unauthorized"},
		{"key of another project", "GET", "/v1/functions", nil, map[string]string{"X-Appwrite-Key": ro.Key}, 401, "user_unauthorized"},
		{"missing scope write", "POST", "/v1/functions", fn(nil), map[string]string{"X-Appwrite-Key": readOnly}, 401, "general_unauthorized_scope"},
		{"missing scope variables", "DELETE", "/v1/functions/exists/variables/v1", nil, map[string]string{"X-Appwrite-Key": readOnly}, 401, "general_unauthorized_scope"},
		{"guest lists functions", "GET", "/v1/functions", nil, map[string]string{"X-Appwrite-Key": ""}, 401, "general_unauthorized_scope"},
		{"bad jwt", "GET", "/v1/functions", nil, map[string]string{"X-Appwrite-Key": "", "X-Appwrite-JWT": "not.a.jwt"}, 401, "user_jwt_invalid"},
		{"no function id", "POST", "/v1/functions", map[string]any{"name": "n", "runtime": "node-18.0"}, nil, 400, "general_argument_invalid"},
		{"bad id chars", "POST", "/v1/functions", fn(map[string]any{"functionId": "bad id!"}), nil, 400, "general_argument_invalid"},
		{"id starts with special", "POST", "/v1/functions", fn(map[string]any{"functionId": "_abc"}), nil, 400, "general_argument_invalid"},
		{"id too long", "POST", "/v1/functions", fn(map[string]any{"functionId": strings.Repeat("x", 37)}), nil, 400, "general_argument_invalid"},
		{"id wrong type", "POST", "/v1/functions", fn(map[string]any{"functionId": 12}), nil, 400, "general_argument_invalid"},
		{"duplicate id", "POST", "/v1/functions", fn(map[string]any{"functionId": "exists"}), nil, 409, "function_already_exists"},
		{"missing name", "POST", "/v1/functions", map[string]any{"functionId": "a1", "runtime": "node-18.0"}, nil, 400, "general_argument_invalid"},
		{"empty name", "POST", "/v1/functions", fn(map[string]any{"name": ""}), nil, 400, "general_argument_invalid"},
		{"oversized name", "POST", "/v1/functions", fn(map[string]any{"name": long}), nil, 400, "general_argument_invalid"},
		{"missing runtime", "POST", "/v1/functions", map[string]any{"functionId": "a2", "name": "n"}, nil, 400, "general_argument_invalid"},
		{"unknown runtime string", "POST", "/v1/functions", fn(map[string]any{"runtime": "cobol-1"}), nil, 400, "general_argument_invalid"},
		{"runtime not offered", "POST", "/v1/functions", fn(map[string]any{"runtime": "php-8.3"}), nil, 404, "function_runtime_unsupported"},
		{"timeout zero", "POST", "/v1/functions", fn(map[string]any{"timeout": 0}), nil, 400, "general_argument_invalid"},
		{"timeout too big", "POST", "/v1/functions", fn(map[string]any{"timeout": 901}), nil, 400, "general_argument_invalid"},
		{"timeout string", "POST", "/v1/functions", fn(map[string]any{"timeout": "15"}), nil, 400, "general_argument_invalid"},
		{"timeout fraction", "POST", "/v1/functions", fn(map[string]any{"timeout": 1.5}), nil, 400, "general_argument_invalid"},
		{"enabled not strict bool", "POST", "/v1/functions", fn(map[string]any{"enabled": "true"}), nil, 400, "general_argument_invalid"},
		{"execute not array", "POST", "/v1/functions", fn(map[string]any{"execute": "any"}), nil, 400, "general_argument_invalid"},
		{"execute bad role", "POST", "/v1/functions", fn(map[string]any{"execute": []string{"admins"}}), nil, 400, "general_argument_invalid"},
		{"execute too many", "POST", "/v1/functions", fn(map[string]any{"execute": make([]string, 101)}), nil, 400, "general_argument_invalid"},
		{"function event rejected", "POST", "/v1/functions", fn(map[string]any{"events": []string{"functions.*"}}), nil, 400, "general_argument_invalid"},
		{"unknown event", "POST", "/v1/functions", fn(map[string]any{"events": []string{"cars.*.create"}}), nil, 400, "general_argument_invalid"},
		{"bad cron", "POST", "/v1/functions", fn(map[string]any{"schedule": "every minute"}), nil, 400, "general_argument_invalid"},
		{"cron six fields", "POST", "/v1/functions", fn(map[string]any{"schedule": "* * * * * *"}), nil, 400, "general_argument_invalid"},
		{"bad specification", "POST", "/v1/functions", fn(map[string]any{"buildSpecification": "s-64vcpu"}), nil, 400, "general_argument_invalid"},
		{"repository without installation", "POST", "/v1/functions", fn(map[string]any{"providerRepositoryId": "r"}), nil, 400, "general_argument_invalid"},
		{"malformed json", "POST", "/v1/functions", `{"functionId": "x",`, nil, 400, "general_argument_invalid"},
		{"json array body", "POST", "/v1/functions", `[1,2]`, nil, 400, "general_argument_invalid"},
		{"unknown function", "GET", "/v1/functions/nope", nil, nil, 404, "function_not_found"},
		{"malformed function id", "GET", "/v1/functions/bad%20id", nil, nil, 404, "function_not_found"},
		{"put without name", "PUT", "/v1/functions/exists", map[string]any{"runtime": "node-18.0"}, nil, 400, "general_argument_invalid"},
		{"put unknown function", "PUT", "/v1/functions/nope", map[string]any{"name": "n"}, nil, 404, "function_not_found"},
		{"delete unknown function", "DELETE", "/v1/functions/nope", nil, nil, 404, "function_not_found"},
		{"bad query json", "GET", "/v1/functions?" + q(`{"method":`), nil, nil, 400, "general_argument_invalid"},
		{"unknown query method", "GET", "/v1/functions?" + q(`{"method":"explode","attribute":"name","values":["a"]}`), nil, nil, 400, "general_argument_invalid"},
		{"unknown query attribute", "GET", "/v1/functions?" + q(`{"method":"equal","attribute":"password","values":["a"]}`), nil, nil, 400, "general_argument_invalid"},
		{"query wrong value type", "GET", "/v1/functions?" + q(`{"method":"equal","attribute":"timeout","values":["x"]}`), nil, nil, 400, "general_argument_invalid"},
		{"limit zero", "GET", "/v1/functions?" + q(`{"method":"limit","values":[0]}`), nil, nil, 400, "general_argument_invalid"},
		{"negative offset", "GET", "/v1/functions?" + q(`{"method":"offset","values":[-1]}`), nil, nil, 400, "general_argument_invalid"},
		{"unknown cursor", "GET", "/v1/functions?" + q(`{"method":"cursorAfter","values":["ghost"]}`), nil, nil, 400, "general_cursor_not_found"},
		{"select on functions", "GET", "/v1/functions?" + q(`{"method":"select","values":["name"]}`), nil, nil, 400, "general_argument_invalid"},
		{"search too long", "GET", "/v1/functions?search=" + strings.Repeat("s", 257), nil, nil, 400, "general_argument_invalid"},
		{"total not boolean", "GET", "/v1/functions?total=maybe", nil, nil, 400, "general_argument_invalid"},
		{"variable missing key", "POST", "/v1/functions/exists/variables", map[string]any{"value": "v"}, nil, 400, "general_argument_invalid"},
		{"variable key too long", "POST", "/v1/functions/exists/variables", map[string]any{"key": strings.Repeat("k", 256), "value": "v"}, nil, 400, "general_argument_invalid"},
		{"variable value too long", "POST", "/v1/functions/exists/variables", map[string]any{"key": "K2", "value": strings.Repeat("v", 8193)}, nil, 400, "general_argument_invalid"},
		{"variable duplicate id", "POST", "/v1/functions/exists/variables", map[string]any{"variableId": "v1", "key": "K3", "value": "v"}, nil, 409, "variable_already_exists"},
		{"variable duplicate key", "POST", "/v1/functions/exists/variables", map[string]any{"key": "K", "value": "v"}, nil, 409, "variable_already_exists"},
		{"variable secret not bool", "POST", "/v1/functions/exists/variables", map[string]any{"key": "K4", "value": "v", "secret": "yes"}, nil, 400, "general_argument_invalid"},
		{"variable update nothing", "PUT", "/v1/functions/exists/variables/v1", map[string]any{}, nil, 400, "general_argument_invalid"},
		{"variable unset secret", "PUT", "/v1/functions/exists/variables/v1", map[string]any{"secret": false}, nil, 400, "variable_cannot_unset_secret"},
		{"variable not found", "GET", "/v1/functions/exists/variables/nope", nil, nil, 404, "variable_not_found"},
		{"variables of unknown function", "GET", "/v1/functions/nope/variables", nil, nil, 404, "function_not_found"},
		{"unknown route", "GET", "/v1/nothing-here", nil, nil, 404, "general_route_not_found"},
		{"unknown method", "PATCH", "/v1/functions", map[string]any{}, nil, 404, "general_route_not_found"},
	}
	t.Run("huge body", func(t *testing.T) {
		wantError(t, oversizedRequest(t, r, "/v1/functions", 33<<20), 413, "general_payload_too_large")
	})
	if len(cases) < 40 {
		t.Fatalf("only %d cases", len(cases))
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := newClient(t, r)
			resp := c.do(tc.method, tc.path, tc.body, tc.hdr)
			wantError(t, resp, tc.status, tc.typ)
		})
	}
	// Unknown body fields are ignored, as Appwrite does, so newer SDKs keep working.
	resp := c.do("POST", "/v1/functions", fn(map[string]any{"functionId": "future", "someNewField": []int{1}}), nil)
	if resp.Status != 201 {
		t.Fatalf("unknown field: %d %s", resp.Status, resp.Body)
	}
	if strings.Contains(r.Logs.String(), "panic") {
		t.Fatalf("a handler panicked:\n%s", r.Logs.String())
	}
}

// TestSecretsNeverExposed: API keys and secret variable values never appear
// in logs or responses.
func TestSecretsNeverExposed(t *testing.T) {
	r := testenv.StartApp(t, testenv.AppOptions{Temporal: temporal})
	c := newClient(t, r)
	const secretValue = "s3cr3t-value-that-must-not-leak"
	c.do("POST", "/v1/functions", map[string]any{"functionId": "f1", "name": "f", "runtime": "node-18.0"}, nil)
	resp := c.do("POST", "/v1/functions/f1/variables", map[string]any{"variableId": "sv", "key": "TOKEN", "value": secretValue}, nil)
	if resp.Status != 201 {
		t.Fatalf("create variable: %d %s", resp.Status, resp.Body)
	}
	c.do("POST", "/v1/project/variables", map[string]any{"variableId": "pv", "key": "PTOKEN", "value": secretValue, "secret": true}, nil)
	var bodies []string
	for _, path := range []string{"/v1/functions/f1/variables", "/v1/functions/f1/variables/sv", "/v1/functions/f1", "/v1/functions",
		"/v1/project/variables", "/v1/project/variables/pv"} {
		resp := c.do("GET", path, nil, nil)
		if resp.Status != 200 {
			t.Fatalf("GET %s: %d %s", path, resp.Status, resp.Body)
		}
		bodies = append(bodies, string(resp.Body))
	}
	// A request with a bad key and one with a JWT must not log them either.
	c.do("GET", "/v1/functions", nil, map[string]string{"X-Appwrite-Key": "standard_wrongwrongwrong"})
	c.do("GET", "/v1/functions", nil, map[string]string{"X-Appwrite-Key": "", "X-Appwrite-JWT": "eyJhbGciOiJIUzI1NiJ9.e30.leakcheck"})
	// The access log has no query strings, bodies or other headers either.
	c.do("GET", "/v1/functions?search=querymarker123", nil, map[string]string{"X-Custom-Marker": "headermarker789"})
	c.do("POST", "/v1/functions", map[string]any{"name": "bodymarker456"}, nil)
	logs := r.Logs.String()
	if !strings.Contains(logs, "http request") {
		t.Fatalf("log capture is empty: %q", logs)
	}
	for _, marker := range []string{"querymarker123", "headermarker789", "bodymarker456"} {
		if strings.Contains(logs, marker) {
			t.Errorf("the server log holds %q from a request", marker)
		}
	}
	for _, secret := range []string{r.Key, secretValue, "standard_wrongwrongwrong", "leakcheck"} {
		if strings.Contains(logs, secret) {
			t.Fatalf("secret %q found in logs", secret[:8])
		}
		for _, b := range bodies {
			if strings.Contains(b, secret) {
				t.Fatalf("secret %q found in a response: %s", secret[:8], b)
			}
		}
	}
	var v map[string]any
	_ = json.Unmarshal([]byte(bodies[1]), &v)
	if v["value"] != "" || v["secret"] != true {
		t.Fatalf("secret variable rendered as %v", v)
	}
}
