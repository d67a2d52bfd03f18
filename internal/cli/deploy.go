package cli

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// ChunkSize is the API's fixed upload chunk size: code over it is sent in
// chunks with Content-Range, as the Appwrite SDKs do.
const ChunkSize = 5 << 20

// Deployer deploys functions, writing progress and build logs to Out.
type Deployer struct {
	Client *Client
	Out    io.Writer
	// Poll is how often the build is checked (default 500ms).
	Poll time.Duration
}

// BuildFailedError is a build that ended failed or canceled.
type BuildFailedError struct{ ID, Status string }

func (e *BuildFailedError) Error() string {
	return fmt.Sprintf("deployment %s %s", e.ID, e.Status)
}

// Deploy creates or updates f and its variables, uploads the folder, follows
// the build and activates it. It returns the ready deployment.
func (d *Deployer) Deploy(ctx context.Context, dir string, f *FunctionSettings) (*Deployment, error) {
	if err := d.upsertFunction(ctx, f); err != nil {
		return nil, err
	}
	if err := d.upsertVars(ctx, f); err != nil {
		return nil, err
	}
	ig := &Ignore{}
	ig.Add(f.Ignore...)
	if err := ig.AddFile(filepath.Join(dir, ".gitignore")); err != nil {
		return nil, err
	}
	code, files, skipped, err := Pack(dir, ig)
	if err != nil {
		return nil, fmt.Errorf("pack %s: %w", dir, err)
	}
	for _, s := range skipped {
		fmt.Fprintf(d.Out, "skipped %s (not a regular file)\n", s)
	}
	fmt.Fprintf(d.Out, "packed %d files (%s)\n", files, humanBytes(int64(len(code))))
	dep, err := d.upload(ctx, f, code)
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(d.Out, "deployment %s: building\n", dep.ID)
	dep, err = d.follow(ctx, f.ID, dep.ID)
	if err != nil {
		return nil, err
	}
	var fn Function
	if err := d.Client.Do(ctx, "PATCH", fnPath(f.ID, "deployment"), map[string]any{"deploymentId": dep.ID}, &fn); err != nil {
		return nil, fmt.Errorf("activate: %w", err)
	}
	return dep, nil
}

func (d *Deployer) upsertFunction(ctx context.Context, f *FunctionSettings) error {
	body := map[string]any{
		"name": orDefault(f.Name, f.ID), "runtime": f.Runtime, "execute": nonNilS(f.Execute), "events": nonNilS(f.Events),
		"scopes": nonNilS(f.Scopes), "schedule": f.Schedule, "entrypoint": f.Entrypoint, "commands": f.Commands,
		"enabled": f.Enabled == nil || *f.Enabled, "logging": f.Logging == nil || *f.Logging,
	}
	if f.Timeout > 0 {
		body["timeout"] = f.Timeout
	}
	build, run := f.BuildSpecification, f.RuntimeSpecification
	if build == "" {
		build = f.Specification
	}
	if run == "" {
		run = f.Specification
	}
	if build != "" {
		body["buildSpecification"] = build
	}
	if run != "" {
		body["runtimeSpecification"] = run
	}
	_, err := d.Client.GetFunction(ctx, f.ID)
	switch {
	case IsNotFound(err):
		body["functionId"] = f.ID
		if err := d.Client.Do(ctx, "POST", "/functions", body, nil); err != nil {
			return fmt.Errorf("create function %s: %w", f.ID, err)
		}
		fmt.Fprintf(d.Out, "created function %s (%s)\n", f.ID, f.Runtime)
	case err != nil:
		return err
	default:
		if err := d.Client.Do(ctx, "PUT", fnPath(f.ID), body, nil); err != nil {
			return fmt.Errorf("update function %s: %w", f.ID, err)
		}
		fmt.Fprintf(d.Out, "updated function %s (%s)\n", f.ID, f.Runtime)
	}
	return nil
}

// upsertVars creates or updates each of f.Vars (as secrets); variables not
// listed are left alone.
func (d *Deployer) upsertVars(ctx context.Context, f *FunctionSettings) error {
	if len(f.Vars) == 0 {
		return nil
	}
	var list struct {
		Variables []Variable `json:"variables"`
	}
	if err := d.Client.Do(ctx, "GET", fnPath(f.ID, "variables")+queryString(`{"method":"limit","values":[100]}`), nil, &list); err != nil {
		return fmt.Errorf("variables: %w", err)
	}
	have := map[string]string{}
	for _, v := range list.Variables {
		have[v.Key] = v.ID
	}
	for k, v := range f.Vars {
		var err error
		if id, ok := have[k]; ok {
			err = d.Client.Do(ctx, "PUT", fnPath(f.ID, "variables", PathEscape(id)), map[string]any{"key": k, "value": v}, nil)
		} else {
			err = d.Client.Do(ctx, "POST", fnPath(f.ID, "variables"), map[string]any{"variableId": "unique()", "key": k, "value": v, "secret": true}, nil)
		}
		if err != nil {
			return fmt.Errorf("variable %s: %w", k, err)
		}
	}
	fmt.Fprintf(d.Out, "set %d variable(s)\n", len(f.Vars))
	return nil
}

// upload sends code in one request, or in ChunkSize chunks with a progress line.
func (d *Deployer) upload(ctx context.Context, f *FunctionSettings, code []byte) (*Deployment, error) {
	size := len(code)
	var dep Deployment
	for start := 0; start == 0 || start < size; start += ChunkSize {
		end := min(start+ChunkSize, size)
		var body bytes.Buffer
		mw := multipart.NewWriter(&body)
		_ = mw.WriteField("activate", "true")
		if f.Entrypoint != "" {
			_ = mw.WriteField("entrypoint", f.Entrypoint)
		}
		if f.Commands != "" {
			_ = mw.WriteField("commands", f.Commands)
		}
		part, err := mw.CreateFormFile("code", "code.tar.gz")
		if err != nil {
			return nil, err
		}
		_, _ = part.Write(code[start:end])
		_ = mw.Close()
		req, err := d.Client.request(ctx, "POST", fnPath(f.ID, "deployments"), &body)
		if err != nil {
			return nil, err
		}
		req.Header.Set("Content-Type", mw.FormDataContentType())
		if size > ChunkSize {
			req.Header.Set("Content-Range", fmt.Sprintf("bytes %d-%d/%d", start, end-1, size))
			if dep.ID != "" {
				req.Header.Set("X-Appwrite-Id", dep.ID)
			}
		}
		if err := d.send(req, &dep); err != nil {
			return nil, fmt.Errorf("upload: %w", err)
		}
		if size > ChunkSize {
			line := fmt.Sprintf("uploading %s / %s (%d%%)", humanBytes(int64(end)), humanBytes(int64(size)), end*100/size)
			if isTerminal(d.Out) { // one line, rewritten in place
				fmt.Fprint(d.Out, "\r"+line)
				if end == size {
					fmt.Fprintln(d.Out)
				}
			} else {
				fmt.Fprintln(d.Out, line)
			}
		}
	}
	return &dep, nil
}

// send retries the API's lock contention answer (429 with Retry-After).
func (d *Deployer) send(req *http.Request, out any) error {
	body, _ := io.ReadAll(req.Body)
	for attempt := 0; ; attempt++ {
		req.Body = io.NopCloser(bytes.NewReader(body))
		err := d.Client.send(req, out)
		ae, ok := err.(*APIError)
		if !ok || ae.Status != http.StatusTooManyRequests || attempt >= 5 {
			return err
		}
		select {
		case <-req.Context().Done():
			return req.Context().Err()
		case <-time.After(time.Second):
		}
	}
}

// follow prints the build log as it grows until the deployment is ready,
// failed or canceled.
func (d *Deployer) follow(ctx context.Context, fnID, depID string) (*Deployment, error) {
	poll := d.Poll
	if poll == 0 {
		poll = 500 * time.Millisecond
	}
	printed := 0
	for {
		var dep Deployment
		if err := d.Client.Do(ctx, "GET", fnPath(fnID, "deployments", PathEscape(depID)), nil, &dep); err != nil {
			return nil, err
		}
		if len(dep.BuildLogs) > printed {
			io.WriteString(d.Out, dep.BuildLogs[printed:])
			printed = len(dep.BuildLogs)
		} else if len(dep.BuildLogs) < printed { // the log was rewritten: print it again
			io.WriteString(d.Out, dep.BuildLogs)
			printed = len(dep.BuildLogs)
		}
		switch dep.Status {
		case "ready":
			if printed > 0 && !strings.HasSuffix(dep.BuildLogs, "\n") {
				fmt.Fprintln(d.Out)
			}
			fmt.Fprintf(d.Out, "deployment %s: ready in %ds\n", dep.ID, dep.BuildDuration)
			return &dep, nil
		case "failed", "canceled":
			if printed > 0 && !strings.HasSuffix(dep.BuildLogs, "\n") {
				fmt.Fprintln(d.Out)
			}
			return &dep, &BuildFailedError{ID: dep.ID, Status: dep.Status}
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(poll):
		}
	}
}

func humanBytes(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}

func orDefault(s, d string) string {
	if s == "" {
		return d
	}
	return s
}

func nonNilS(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
