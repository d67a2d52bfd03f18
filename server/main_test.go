package server_test

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/fnflow/fnflow/internal/testenv"
)

// temporal is the dev server the integration tests share. It starts on
// first use (testenv.Config), so the pure unit tests of this package run
// without bin/temporal; an integration test without it skips, or fails
// under FNFLOW_TEST_REQUIRE_ALL=1 (./task test, CI).
var temporal = testenv.LazyTemporal("")

func TestMain(m *testing.M) {
	code := m.Run()
	temporal.Stop()
	os.Exit(code)
}

// client talks to a running fnflow as an SDK would.
type client struct {
	t   *testing.T
	r   *testenv.Running
	hdr map[string]string
}

func newClient(t *testing.T, r *testenv.Running) *client {
	return &client{t: t, r: r, hdr: map[string]string{
		"X-Appwrite-Project": r.ProjectID, "X-Appwrite-Key": r.Key, "Content-Type": "application/json",
		"X-Appwrite-Response-Format": "1.9.5",
	}}
}

type response struct {
	Status int
	Body   []byte
	Header http.Header
}

func (r response) JSON(t *testing.T) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(r.Body, &m); err != nil {
		t.Fatalf("response is not a JSON object (%d): %q", r.Status, r.Body)
	}
	return m
}

func (c *client) do(method, path string, body any, hdr map[string]string) response {
	c.t.Helper()
	var rd io.Reader
	switch b := body.(type) {
	case nil:
	case string:
		rd = strings.NewReader(b)
	case []byte:
		rd = bytes.NewReader(b)
	default:
		j, _ := json.Marshal(b)
		rd = bytes.NewReader(j)
	}
	req, err := http.NewRequest(method, c.r.URL+path, rd)
	if err != nil {
		c.t.Fatal(err)
	}
	for k, v := range c.hdr {
		req.Header.Set(k, v)
	}
	for k, v := range hdr {
		if v == "" {
			req.Header.Del(k)
		} else {
			req.Header.Set(k, v)
		}
	}
	// Expect: 100-continue lets the server refuse an oversized body before
	// the client sends it (otherwise the refusal races the upload).
	hc := &http.Client{Timeout: 60 * time.Second, Transport: &http.Transport{ExpectContinueTimeout: 5 * time.Second}}
	if req.ContentLength > 1<<20 {
		req.Header.Set("Expect", "100-continue")
	}
	resp, err := hc.Do(req)
	if err != nil {
		c.t.Fatalf("%s %s: %v", method, path, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		c.t.Fatal(err)
	}
	return response{Status: resp.StatusCode, Body: b, Header: resp.Header}
}

// wantError checks an Appwrite error body with the given status and type.
func wantError(t *testing.T, r response, status int, typ string) {
	t.Helper()
	if r.Status != status {
		t.Fatalf("status %d, want %d: %s", r.Status, status, r.Body)
	}
	var e struct {
		Message *string `json:"message"`
		Code    *int    `json:"code"`
		Type    *string `json:"type"`
		Version *string `json:"version"`
	}
	if err := json.Unmarshal(r.Body, &e); err != nil || e.Message == nil || e.Code == nil || e.Type == nil || e.Version == nil {
		t.Fatalf("not an Appwrite error body: %s", r.Body)
	}
	if *e.Code != status || *e.Type != typ || *e.Message == "" {
		t.Fatalf("error body %s, want code %d type %s", r.Body, status, typ)
	}
}
