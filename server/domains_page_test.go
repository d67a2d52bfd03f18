package server_test

import (
	"strings"
	"testing"
)

// nodeEmptyStatus answers ?status=N with an empty body.
const nodeEmptyStatus = `module.exports = async (context) => {
  const s = Number((context.req.query || {}).status || 200);
  if (context.req.path === '/body') return context.res.text('own error page', s);
  return context.res.send('', s);
};
`

const browserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"

func wantHTMLPage(t *testing.T, res response, status int, contains ...string) {
	t.Helper()
	body := string(res.Body)
	if res.Status != status || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/html") ||
		!strings.HasPrefix(body, "<!DOCTYPE html>") {
		t.Fatalf("want an HTML page with %d, got %d %v %q", status, res.Status, res.Header, body)
	}
	for _, c := range contains {
		if !strings.Contains(body, c) {
			t.Errorf("page lacks %q:\n%s", c, body)
		}
	}
}

// TestFunctionDomainHTMLPages: on a function domain a browser (Accept
// text/html) gets an HTML page for an unknown function, a function without
// an active deployment, a refused execution, and a function's empty 4xx/5xx
// answer; API clients keep the JSON error body and the empty answer.
func TestFunctionDomainHTMLPages(t *testing.T) {
	requireImages(t, "fnflow/runtime:node-18.0")
	r := startExecApp(t, nil)
	c := newClient(t, r)
	seedFunction(t, r, c, "page-fn", "node-18.0", "index.js", nodeEmptyStatus, nil)
	seedFunction(t, r, c, "page-private", "node-18.0", "index.js", nodeEmptyStatus, map[string]any{"execute": []string{"users"}})
	c.createFunction("page-nodeploy", "node-18.0", "index.js", "")
	host := func(fid string) string { return fid + "." + r.ProjectID + ".functions.localhost" }
	html := map[string]string{"Accept": browserAccept}
	api := map[string]string{"Accept": "*/*"}

	// Unknown function (the host names nothing).
	wantHTMLPage(t, domainDo(t, r, host("nope"), "GET", "/", nil, html), 404, "function_not_found", "404")
	res := domainDo(t, r, host("nope"), "GET", "/", nil, api)
	wantError(t, res, 404, "function_not_found")
	// No active deployment.
	wantHTMLPage(t, domainDo(t, r, host("page-nodeploy"), "GET", "/", nil, html), 404, "deployment_not_found")
	wantError(t, domainDo(t, r, host("page-nodeploy"), "GET", "/", nil, nil), 404, "deployment_not_found")
	// Execution not permitted.
	wantHTMLPage(t, domainDo(t, r, host("page-private"), "GET", "/", nil, html), 401, "function_execute_permission_missing")
	wantError(t, domainDo(t, r, host("page-private"), "GET", "/", nil, map[string]string{"Accept": "application/json"}), 401,
		"function_execute_permission_missing")

	// The function's empty 4xx/5xx: a page for a browser, as is for others.
	for _, status := range []string{"404", "500"} {
		res := domainDo(t, r, host("page-fn"), "GET", "/?status="+status, nil, html)
		wantHTMLPage(t, res, map[string]int{"404": 404, "500": 500}[status], res.Header.Get("X-Appwrite-Execution-Id"))
		if res.Header.Get("X-Appwrite-Execution-Id") == "" {
			t.Fatalf("no execution id on the page answer: %v", res.Header)
		}
		res = domainDo(t, r, host("page-fn"), "GET", "/?status="+status, nil, api)
		if res.Status != map[string]int{"404": 404, "500": 500}[status] || len(res.Body) != 0 {
			t.Fatalf("API client got %d %q", res.Status, res.Body)
		}
	}
	// A body of its own, or a success, is never replaced.
	if res := domainDo(t, r, host("page-fn"), "GET", "/body?status=404", nil, html); res.Status != 404 || string(res.Body) != "own error page" {
		t.Fatalf("own body replaced: %d %q", res.Status, res.Body)
	}
	if res := domainDo(t, r, host("page-fn"), "GET", "/?status=204", nil, html); res.Status != 204 || len(res.Body) != 0 {
		t.Fatalf("empty success replaced: %d %q", res.Status, res.Body)
	}
	// Accept text/html;q=0 is a refusal of HTML.
	wantError(t, domainDo(t, r, host("nope"), "GET", "/", nil, map[string]string{"Accept": "text/html;q=0, application/json"}), 404, "function_not_found")
}
