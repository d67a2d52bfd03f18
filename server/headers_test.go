package server_test

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/textproto"
	"strings"
	"testing"
	"time"

	"github.com/fnflow/fnflow/internal/testenv"
)

// rawResponse is a response as it came over the wire: the header lines
// exactly as sent (canonical names) and the bytes that followed the head.
type rawResponse struct {
	status int
	header textproto.MIMEHeader
	rest   []byte
}

// rawDo sends one HTTP/1.1 request on a fresh connection and reads what
// the server wrote until it closes the connection (Connection: close), so
// a body sent on a 204 or a Content-Length the client library would drop
// is seen.
func rawDo(t *testing.T, r *testenv.Running, host, method, path string, hdr map[string]string) rawResponse {
	t.Helper()
	conn, err := net.DialTimeout("tcp", strings.TrimPrefix(r.URL, "http://"), 10*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	_ = conn.SetDeadline(time.Now().Add(60 * time.Second))
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s HTTP/1.1\r\nHost: %s\r\nConnection: close\r\n", method, path, host)
	for k, v := range hdr {
		fmt.Fprintf(&b, "%s: %s\r\n", k, v)
	}
	b.WriteString("\r\n")
	if _, err := io.WriteString(conn, b.String()); err != nil {
		t.Fatal(err)
	}
	br := bufio.NewReader(conn)
	tp := textproto.NewReader(br)
	line, err := tp.ReadLine()
	if err != nil {
		t.Fatalf("%s %s: status line: %v", method, path, err)
	}
	var status int
	if _, err := fmt.Sscanf(line, "HTTP/1.1 %d", &status); err != nil {
		t.Fatalf("status line %q", line)
	}
	h, err := tp.ReadMIMEHeader()
	if err != nil {
		t.Fatalf("%s %s: header: %v", method, path, err)
	}
	rest, _ := io.ReadAll(br)
	return rawResponse{status: status, header: h, rest: rest}
}

// TestAppwriteResponseHeaders: the API sends the headers Appwrite 1.9 sends
// (Server, X-Content-Type-Options on every API response; X-Appwrite-Warning
// for an SDK newer than the server; the no-cache trio on errors; a
// Content-Type on a 204, which the Python SDK reads on every response) while
// a 204 stays a 204 (no body, no Content-Length), and a function domain
// answers with the function's own headers only.
func TestAppwriteResponseHeaders(t *testing.T) {
	requireImages(t, "fnflow/runtime:node-18.0")
	r := startExecApp(t, nil)
	c := newClient(t, r)
	seedFunction(t, r, c, "hdr", "node-18.0", "index.js", nodeDomainEcho, nil)
	api := map[string]string{"X-Appwrite-Project": r.ProjectID, "X-Appwrite-Key": r.Key}
	host := strings.TrimPrefix(r.URL, "http://")
	security := func(t *testing.T, res rawResponse) {
		t.Helper()
		if res.header.Get("Server") != "Appwrite" || res.header.Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("security headers missing: %v", res.header)
		}
	}
	noCache := func(res rawResponse) bool {
		return res.header.Get("Cache-Control") == "no-cache, no-store, must-revalidate" &&
			res.header.Get("Expires") == "0" && res.header.Get("Pragma") == "no-cache"
	}

	t.Run("success", func(t *testing.T) {
		res := rawDo(t, r, host, "GET", "/v1/functions/hdr", api)
		security(t, res)
		if res.status != 200 || !strings.HasPrefix(res.header.Get("Content-Type"), "application/json") || noCache(res) {
			t.Fatalf("get function: %d %v", res.status, res.header)
		}
	})

	t.Run("error", func(t *testing.T) {
		res := rawDo(t, r, host, "GET", "/v1/functions/missing", api)
		security(t, res)
		if res.status != 404 || !strings.HasPrefix(res.header.Get("Content-Type"), "application/json") || !noCache(res) {
			t.Fatalf("missing function: %d %v", res.status, res.header)
		}
		// An unknown route and an unknown project are errors too.
		for _, p := range []string{"/v1/nowhere", "/v1/functions"} {
			h := map[string]string{"X-Appwrite-Project": "nosuchproject"}
			res := rawDo(t, r, host, "GET", p, h)
			security(t, res)
			if res.status != 404 || !noCache(res) {
				t.Fatalf("%s: %d %v", p, res.status, res.header)
			}
		}
	})

	t.Run("newer SDK warned", func(t *testing.T) {
		for format, warn := range map[string]bool{"1.9.5": false, "1.9.6": false, "1.9.7": true, "1.10.0": true, "2": true} {
			h := map[string]string{"X-Appwrite-Project": r.ProjectID, "X-Appwrite-Key": r.Key, "X-Appwrite-Response-Format": format}
			res := rawDo(t, r, host, "GET", "/v1/functions", h)
			got := res.header.Get("X-Appwrite-Warning")
			if res.status != 200 || (got != "") != warn || (warn && !strings.Contains(got, "built for Appwrite "+format+".")) {
				t.Fatalf("format %s: %d warning %q", format, res.status, got)
			}
		}
	})

	t.Run("no content", func(t *testing.T) {
		if res := c.do("POST", "/v1/functions/hdr/variables", map[string]any{"key": "K", "value": "v"}, nil); res.Status != 201 {
			t.Fatalf("create variable: %d %s", res.Status, res.Body)
		}
		vid := c.do("GET", "/v1/functions/hdr/variables", nil, nil).JSON(t)["variables"].([]any)[0].(map[string]any)["$id"].(string)
		res := rawDo(t, r, host, "DELETE", "/v1/functions/hdr/variables/"+vid, api)
		security(t, res)
		if res.status != http.StatusNoContent || res.header.Get("Content-Type") != "text/html" {
			t.Fatalf("delete variable: %d %v", res.status, res.header)
		}
		if _, ok := res.header["Content-Length"]; ok || len(res.rest) != 0 {
			t.Fatalf("204 with a length or a body: %v %q", res.header, res.rest)
		}
	})

	t.Run("function domain", func(t *testing.T) {
		res := rawDo(t, r, "hdr."+r.ProjectID+".functions.localhost", "GET", "/x", nil)
		if res.status != 200 || res.header.Get("X-Custom-Out") != "yes" || res.header.Get("X-Appwrite-Execution-Id") == "" {
			t.Fatalf("domain: %d %v", res.status, res.header)
		}
		// Appwrite's router answers before its security hook: no Server:
		// Appwrite, no nosniff, no no-cache trio.
		if res.header.Get("Server") == "Appwrite" || res.header.Get("X-Content-Type-Options") != "" || noCache(res) {
			t.Fatalf("API headers on a function's response: %v", res.header)
		}
	})
}
