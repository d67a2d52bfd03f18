package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// Client calls the fnflow HTTP API with one project and key.
type Client struct {
	Conn Conn
	HTTP *http.Client
}

// NewClient returns a client for c.
func NewClient(c Conn) *Client {
	return &Client{Conn: c, HTTP: &http.Client{Timeout: 5 * time.Minute}}
}

// APIError is an Appwrite error body.
type APIError struct {
	Status  int
	Code    int    `json:"code"`
	Type    string `json:"type"`
	Message string `json:"message"`
}

func (e *APIError) Error() string {
	if e.Type == "" {
		return fmt.Sprintf("%s (HTTP %d)", e.Message, e.Status)
	}
	return fmt.Sprintf("%s (%s, HTTP %d)", e.Message, e.Type, e.Status)
}

// IsNotFound reports an API 404.
func IsNotFound(err error) bool {
	var ae *APIError
	return errors.As(err, &ae) && ae.Status == http.StatusNotFound
}

// Do sends in (JSON, or nothing when nil) and decodes the answer into out
// (when non-nil). Non-2xx answers become *APIError.
func (c *Client) Do(ctx context.Context, method, path string, in, out any) error {
	var body io.Reader
	if in != nil {
		b, err := json.Marshal(in)
		if err != nil {
			return err
		}
		body = bytes.NewReader(b)
	}
	req, err := c.request(ctx, method, path, body)
	if err != nil {
		return err
	}
	if in != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	return c.send(req, out)
}

func (c *Client) request(ctx context.Context, method, path string, body io.Reader) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, method, c.Conn.APIURL()+path, body)
	if err != nil {
		return nil, fmt.Errorf("endpoint %q: %w", c.Conn.Endpoint, err)
	}
	req.Header.Set("X-Appwrite-Project", c.Conn.Project)
	req.Header.Set("X-Appwrite-Key", c.Conn.Key)
	req.Header.Set("X-Appwrite-Response-Format", "1.9.0")
	req.Header.Set("X-SDK-Name", "fnflow-cli")
	req.Header.Set("X-SDK-Language", "cli")
	req.Header.Set("Accept", "application/json")
	return req, nil
}

func (c *Client) send(req *http.Request, out any) error {
	resp, err := c.HTTP.Do(req)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			return fmt.Errorf("cannot reach fnflow at %s: %v", c.Conn.Endpoint, ue.Err)
		}
		return err
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, 64<<20))
	if err != nil {
		return fmt.Errorf("read answer: %w", err)
	}
	if resp.StatusCode >= 300 {
		ae := &APIError{Status: resp.StatusCode}
		if json.Unmarshal(data, ae) != nil || ae.Message == "" {
			ae.Message = strings.TrimSpace(string(data))
			if ae.Message == "" {
				ae.Message = http.StatusText(resp.StatusCode)
			}
		}
		return ae
	}
	if out == nil || len(data) == 0 {
		return nil
	}
	if err := json.Unmarshal(data, out); err != nil {
		return fmt.Errorf("%s %s: unexpected answer: %w", req.Method, req.URL.Path, err)
	}
	return nil
}

// PathEscape escapes one path segment.
func PathEscape(s string) string { return url.PathEscape(s) }
