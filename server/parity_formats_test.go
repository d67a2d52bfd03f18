package server_test

import (
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/fnflow/fnflow/config"
	"github.com/fnflow/fnflow/internal/testenv"
)

// as sends one request with the given response format.
func (c *client) as(format, method, path string, body any) response {
	c.t.Helper()
	return c.do(method, path, body, map[string]string{"X-Appwrite-Response-Format": format})
}

func has(m map[string]any, keys ...string) bool {
	for _, k := range keys {
		if _, ok := m[k]; !ok {
			return false
		}
	}
	return true
}

func hasAny(m map[string]any, keys ...string) bool {
	for _, k := range keys {
		if _, ok := m[k]; ok {
			return true
		}
	}
	return false
}

// scheduleLater is a whole minute an hour ahead (a delayed execution that
// stays scheduled for the whole test).
func scheduleLater() string {
	return time.Now().UTC().Add(time.Hour).Truncate(time.Minute).Format("2006-01-02T15:04:05.000+00:00")
}

// TestParityResponseFormats reads the Functions models with the response
// formats of older SDKs and checks Appwrite's filters: 1.8 has one
// `specification`, 1.6 has `deployment` and no latestDeployment fields nor
// variable `secret`, 1.5 hides scopes, specification and scheduledAt, 1.3
// has the old execution, deployment and variable field names.
func TestParityResponseFormats(t *testing.T) {
	r := startExecApp(t, nil)
	c := newClient(t, r)
	const fid = "formats"
	did := seedFunction(t, r, c, fid, "node-18.0", "index.js", "module.exports = () => {}", map[string]any{
		"schedule": "*/5 * * * *", "scopes": []string{"users.read"}})
	if res := c.do("POST", "/v1/functions/"+fid+"/variables", map[string]any{"variableId": "v1", "key": "K", "value": "v", "secret": false}, nil); res.Status != 201 {
		t.Fatalf("variable: %d %s", res.Status, res.Body)
	}
	fn := "/v1/functions/" + fid

	cur := c.as("1.9.5", "GET", fn, nil).JSON(t)
	spec := cur["buildSpecification"]
	if spec == nil || hasAny(cur, "specification", "deployment") {
		t.Fatalf("1.9 function: %v", cur)
	}
	f18 := c.as("1.8.0", "GET", fn, nil).JSON(t)
	if f18["specification"] != spec || hasAny(f18, "buildSpecification", "runtimeSpecification") || !has(f18, "scopes", "deploymentId") {
		t.Fatalf("1.8 function: %v", f18)
	}
	l18 := c.as("1.8.0", "GET", "/v1/functions", nil).JSON(t)
	if item := l18["functions"].([]any)[0].(map[string]any); item["specification"] != spec || has(item, "buildSpecification") {
		t.Fatalf("1.8 function list item: %v", item)
	}
	f16 := c.as("1.6.0", "GET", fn, nil).JSON(t)
	if f16["deployment"] != did || hasAny(f16, "deploymentId", "latestDeploymentId", "latestDeploymentStatus") || !has(f16, "scopes", "specification") {
		t.Fatalf("1.6 function: %v", f16)
	}
	f15 := c.as("1.5.0", "GET", fn, nil).JSON(t)
	if hasAny(f15, "scopes", "specification", "buildSpecification") || f15["deployment"] != did {
		t.Fatalf("1.5 function: %v", f15)
	}
	f13 := c.as("1.3.0", "GET", fn, nil).JSON(t)
	if f13["scheduleNext"] == "" || f13["schedulePrevious"] == "" || !has(f13, "scheduleNext", "schedulePrevious") {
		t.Fatalf("1.3 function: %v", f13)
	}

	v16 := c.as("1.6.0", "GET", fn+"/variables", nil).JSON(t)["variables"].([]any)[0].(map[string]any)
	if has(v16, "secret") || v16["resourceId"] != fid {
		t.Fatalf("1.6 variable: %v", v16)
	}
	v13 := c.as("1.3.0", "GET", fn+"/variables/v1", nil).JSON(t)
	if v13["functionId"] != fid || has(v13, "resourceId") {
		t.Fatalf("1.3 variable: %v", v13)
	}

	d16 := c.as("1.6.0", "GET", fn+"/deployments/"+did, nil).JSON(t)
	if !has(d16, "size", "buildTime") || hasAny(d16, "sourceSize", "buildDuration", "totalSize", "screenshotLight") {
		t.Fatalf("1.6 deployment: %v", d16)
	}
	d13 := c.as("1.3.0", "GET", fn+"/deployments", nil).JSON(t)["deployments"].([]any)[0].(map[string]any)
	if !has(d13, "buildStdout", "buildStderr", "size") || hasAny(d13, "buildLogs", "buildSize") {
		t.Fatalf("1.3 deployment: %v", d13)
	}

	ex := c.do("POST", fn+"/executions", map[string]any{"async": true, "scheduledAt": scheduleLater()}, nil)
	if ex.Status != 202 {
		t.Fatalf("scheduled execution: %d %s", ex.Status, ex.Body)
	}
	eid := ex.JSON(t)["$id"].(string)
	e15 := c.as("1.5.0", "GET", fn+"/executions/"+eid, nil).JSON(t)
	if has(e15, "scheduledAt") || e15["status"] != "scheduled" {
		t.Fatalf("1.5 execution: %v", e15)
	}
	e13 := c.as("1.3.0", "GET", fn+"/executions", nil).JSON(t)["executions"].([]any)[0].(map[string]any)
	if !has(e13, "statusCode", "response", "stdout", "stderr") || hasAny(e13, "responseStatusCode", "responseBody", "logs", "errors") {
		t.Fatalf("1.3 execution: %v", e13)
	}
	// An SDK newer than the server is warned, and answered in 1.9.
	res := c.as("1.10.0", "GET", fn, nil)
	if res.Header.Get("X-Appwrite-Warning") == "" || !has(res.JSON(t), "buildSpecification") {
		t.Fatalf("1.10 client: %s %s", res.Header, res.Body)
	}
}

// TestParityRequestFormats sends the params of older SDKs: the 1.4 query
// syntax, `deployment` as a query attribute, one `specification`, variables
// without `secret`, the forced build commands of 1.3 and its `data` body.
func TestParityRequestFormats(t *testing.T) {
	r := startExecApp(t, nil)
	c := newClient(t, r)
	did := seedFunction(t, r, c, "legacy", "node-18.0", "index.js", "module.exports = () => {}", nil)
	seedFunction(t, r, c, "other", "node-18.0", "index.js", "module.exports = () => {}", nil)

	list := func(format string, queries ...string) []any {
		t.Helper()
		v := url.Values{}
		for _, q := range queries {
			v.Add("queries[]", q)
		}
		res := c.as(format, "GET", "/v1/functions?"+v.Encode(), nil)
		if res.Status != 200 {
			t.Fatalf("list %s %v: %d %s", format, queries, res.Status, res.Body)
		}
		return res.JSON(t)["functions"].([]any)
	}
	if l := list("1.4.0", `equal("name", ["legacy"])`); len(l) != 1 || l[0].(map[string]any)["$id"] != "legacy" {
		t.Fatalf("1.4 query syntax: %v", l)
	}
	if l := list("1.4.0", `equal("$id", ["legacy", "other"])`, `limit(1)`); len(l) != 1 {
		t.Fatalf("1.4 limit: %v", l)
	}
	wantError(t, c.as("1.4.0", "GET", "/v1/functions?queries[]=equal", nil), 400, "general_query_invalid")
	if l := list("1.6.0", `{"method":"equal","attribute":"deployment","values":["`+did+`"]}`); len(l) != 1 {
		t.Fatalf("1.6 deployment attribute: %v", l)
	}
	// 1.9 clients have no `deployment` attribute.
	wantError(t, c.as("1.9.5", "GET", "/v1/functions?queries[]="+url.QueryEscape(`{"method":"equal","attribute":"deployment","values":["x"]}`), nil), 400, "general_argument_invalid")

	specs := c.do("GET", "/v1/functions/specifications", nil, nil).JSON(t)["specifications"].([]any)
	slug := specs[len(specs)-1].(map[string]any)["slug"].(string)
	res := c.as("1.8.0", "POST", "/v1/functions", map[string]any{"functionId": "spec18", "name": "s", "runtime": "node-18.0", "specification": slug})
	if res.Status != 201 {
		t.Fatalf("1.8 create: %d %s", res.Status, res.Body)
	}
	f := c.do("GET", "/v1/functions/spec18", nil, nil).JSON(t)
	if f["buildSpecification"] != slug || f["runtimeSpecification"] != slug {
		t.Fatalf("1.8 specification: %v / %v, want %s", f["buildSpecification"], f["runtimeSpecification"], slug)
	}
	res = c.as("1.3.0", "POST", "/v1/functions", map[string]any{"functionId": "cmd13", "name": "c", "runtime": "python-3.11", "commands": "ignored"})
	if res.Status != 201 || res.JSON(t)["commands"] != "pip install --no-cache-dir -r requirements.txt" {
		t.Fatalf("1.3 create commands: %d %s", res.Status, res.Body)
	}
	res = c.as("1.6.0", "POST", "/v1/functions/legacy/variables", map[string]any{"key": "OLD", "value": "v", "secret": true})
	if res.Status != 201 {
		t.Fatalf("1.6 variable: %d %s", res.Status, res.Body)
	}
	vid := res.JSON(t)["$id"].(string)
	if v := c.do("GET", "/v1/functions/legacy/variables/"+vid, nil, nil).JSON(t); v["secret"] != false || v["value"] != "v" {
		t.Fatalf("1.6 variable is not secret: %v", v)
	}
	res = c.as("1.3.0", "POST", "/v1/functions/legacy/executions", map[string]any{"data": "from data", "async": true, "scheduledAt": scheduleLater()})
	if res.Status != 202 {
		t.Fatalf("1.3 execution: %d %s", res.Status, res.Body)
	}
	ex, err := r.App.Store.GetExecution(t.Context(), r.ProjectID, "legacy", res.JSON(t)["$id"].(string))
	if err != nil || string(ex.RequestBody) != "from data" {
		t.Fatalf("1.3 data became body %q (%v)", ex.RequestBody, err)
	}
}

// TestParityRequestBodies: `[]` is no params, `{"headers": []}` no headers,
// form bodies work on JSON routes, header names keep their case, and
// scheduledAt fails as in 1.9.6.
func TestParityRequestBodies(t *testing.T) {
	r := startExecApp(t, func(c *config.Config) {})
	c := newClient(t, r)
	seedFunction(t, r, c, "bodies", "node-18.0", "index.js", "module.exports = () => {}", nil)
	exec := "/v1/functions/bodies/executions"

	res := c.do("POST", "/v1/functions", "[]", nil)
	wantError(t, res, 400, "general_argument_invalid")
	if !strings.Contains(string(res.Body), `Param \"functionId\" is not optional.`) {
		t.Fatalf("[] body: %s", res.Body)
	}
	res = c.do("POST", exec, map[string]any{"headers": []any{}, "async": true, "scheduledAt": scheduleLater()}, nil)
	if res.Status != 202 {
		t.Fatalf("headers []: %d %s", res.Status, res.Body)
	}

	ct, body := multipartBody(t, []formField{{"functionId", "form1"}, {"name", "Form"}, {"runtime", "node-18.0"},
		{"execute[]", "any"}, {"execute[]", "users"}, {"timeout", "20"}, {"enabled", "false"}}, "", nil)
	res = c.do("POST", "/v1/functions", body, map[string]string{"Content-Type": ct})
	if res.Status != 201 {
		t.Fatalf("multipart create: %d %s", res.Status, res.Body)
	}
	if f := res.JSON(t); f["timeout"] != 20.0 || f["enabled"] != false || len(f["execute"].([]any)) != 2 {
		t.Fatalf("multipart function: %v", f)
	}
	form := url.Values{"key": {"FORMKEY"}, "value": {"v"}, "secret": {"false"}}
	res = c.do("POST", "/v1/functions/form1/variables", form.Encode(), map[string]string{"Content-Type": "application/x-www-form-urlencoded"})
	if res.Status != 201 || res.JSON(t)["key"] != "FORMKEY" {
		t.Fatalf("form variable: %d %s", res.Status, res.Body)
	}

	res = c.do("POST", exec, map[string]any{"async": true, "scheduledAt": scheduleLater(),
		"headers": map[string]string{"Content-Type": "text/plain", "X-Custom": "1"}}, nil)
	if res.Status != 202 {
		t.Fatalf("headers: %d %s", res.Status, res.Body)
	}
	hs := res.JSON(t)["requestHeaders"].([]any)
	if len(hs) == 0 || hs[0].(map[string]any)["name"] != "Content-Type" {
		t.Fatalf("request headers lost their case: %v", hs)
	}

	for _, tc := range []struct {
		body map[string]any
		want string
	}{
		{map[string]any{"scheduledAt": ""}, "must run asynchronously"},
		{map[string]any{"scheduledAt": "", "async": true}, "at least 1 minute from now"},
		{map[string]any{"scheduledAt": "next tuesday", "async": true}, "at least 1 minute from now"},
		{map[string]any{"scheduledAt": time.Now().UTC().Add(time.Hour).Truncate(time.Minute).Add(7 * time.Second).Format(time.RFC3339), "async": true}, "whole minute"},
	} {
		res := c.do("POST", exec, tc.body, nil)
		wantError(t, res, 400, "general_bad_request")
		if !strings.Contains(string(res.Body), tc.want) {
			t.Errorf("scheduledAt %v: %s, want %q", tc.body, res.Body, tc.want)
		}
	}
}

// TestParityQueries runs the 1.9 query methods through the list routes on
// the real store, select on deployments, and search's fulltext refusal.
func TestParityQueries(t *testing.T) {
	for _, driver := range []string{"sqlite", "postgres"} {
		t.Run(driver, func(t *testing.T) { parityQueries(t, driver) })
	}
}

func parityQueries(t *testing.T, driver string) {
	r := testenv.StartApp(t, testenv.AppOptions{Temporal: temporal, Driver: driver})
	c := newClient(t, r)
	for _, id := range []string{"alpha", "beta", "gamma"} {
		seedFunction(t, r, c, id, "node-18.0", "index.js", "module.exports = () => {}", map[string]any{"timeout": map[string]int{"alpha": 5, "beta": 10, "gamma": 20}[id]})
	}
	ids := func(queries ...string) string {
		t.Helper()
		v := url.Values{}
		for _, q := range queries {
			v.Add("queries[]", q)
		}
		res := c.do("GET", "/v1/functions?"+v.Encode(), nil, nil)
		if res.Status != 200 {
			t.Fatalf("%v: %d %s", queries, res.Status, res.Body)
		}
		var out []string
		for _, f := range res.JSON(t)["functions"].([]any) {
			out = append(out, f.(map[string]any)["$id"].(string))
		}
		return strings.Join(out, ",")
	}
	for _, tc := range []struct{ q, want string }{
		{`{"method":"contains","attribute":"name","values":["lph","amm"]}`, "alpha,gamma"},
		{`{"method":"notContains","attribute":"name","values":["a_"]}`, "alpha,beta,gamma"},
		{`{"method":"containsAll","attribute":"name","values":["a","l"]}`, "alpha"},
		{`{"method":"containsAny","attribute":"name","values":["bet","gam"]}`, "beta,gamma"},
		{`{"method":"notBetween","attribute":"timeout","values":[6,15]}`, "alpha,gamma"},
		{`{"method":"notStartsWith","attribute":"name","values":["al"]}`, "beta,gamma"},
		{`{"method":"notEndsWith","attribute":"name","values":["ta"]}`, "alpha,gamma"},
		{`{"method":"or","values":[{"method":"equal","attribute":"name","values":["alpha"]},{"method":"greaterThan","attribute":"timeout","values":[15]}]}`, "alpha,gamma"},
		{`{"method":"and","values":[{"method":"startsWith","attribute":"name","values":["g"]},{"method":"or","values":[{"method":"isNull","attribute":"scheduleNext"},{"method":"equal","attribute":"timeout","values":[1]}]}]}`, "gamma"},
	} {
		if got := ids(tc.q); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.q, got, tc.want)
		}
	}
	wantError(t, c.do("GET", "/v1/functions?queries[]="+url.QueryEscape(`{"method":"search","attribute":"name","values":["alpha"]}`), nil, nil), 400, "general_query_invalid")
	// The search param (the internal fulltext attribute) still works.
	if res := c.do("GET", "/v1/functions?search=alpha", nil, nil); res.Status != 200 || res.JSON(t)["total"] != 1.0 {
		t.Fatalf("search param: %d %s", res.Status, res.Body)
	}

	v := url.Values{"queries[]": {`{"method":"select","values":["buildLogs","status"]}`}}
	res := c.do("GET", "/v1/functions/alpha/deployments?"+v.Encode(), nil, nil)
	if res.Status != 200 {
		t.Fatalf("select: %d %s", res.Status, res.Body)
	}
	d := res.JSON(t)["deployments"].([]any)[0].(map[string]any)
	if !has(d, "$id", "$createdAt", "$updatedAt", "buildLogs", "status") || len(d) != 5 {
		t.Fatalf("selected deployment: %v", d)
	}
}
