package docker

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"net/http"
	"net/http/httptrace"
	"sort"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"time"
)

// Open Runtimes v5 headers.
const (
	headerSecret  = "x-open-runtimes-secret"
	headerTimeout = "x-open-runtimes-timeout"
	headerLogging = "x-open-runtimes-logging"
	headerLogID   = "x-open-runtimes-log-id"
	headerPrefix  = "x-open-runtimes-"
)

// exitSettle is how long a failed call waits for Docker to report the
// container's exit, to tell a crash or an OOM kill from a network error.
const exitSettle = 2 * time.Second

// hopByHop headers are the transport's business, never forwarded.
var hopByHop = map[string]bool{
	"connection": true, "keep-alive": true, "proxy-connection": true, "transfer-encoding": true,
	"upgrade": true, "te": true, "trailer": true, "content-length": true,
}

// invoke sends req to w and releases w's slot. retry says the call failed
// before anything reached user code, so a fresh container may take it.
func (p *Pool) invoke(ctx context.Context, w *warm, req Request) (resp *Response, retry bool, err error) {
	defer p.release(w)
	ctx, endSpan := p.traceCall(ctx, w, req)
	defer func() { endSpan(resp, err) }()
	timeout := req.Timeout
	if timeout <= 0 {
		timeout = DefaultRequestTimeout
	}
	callCtx, cancel := context.WithTimeout(ctx, timeout+p.opts.TimeoutGrace)
	defer cancel()
	// A container that stops mid-call (crash, kill, removal) ends the call
	// at once: at its network address nothing may ever answer again.
	callDone := make(chan struct{})
	defer close(callDone)
	go func() {
		select {
		case <-w.exited:
			cancel()
		case <-callDone:
		}
	}()
	logID := ""
	if req.Logging {
		logID = newLogID()
	}
	hreq, err := w.newRequest(callCtx, req, timeout, logID)
	if err != nil {
		return nil, false, err
	}
	p.injectTrace(callCtx, hreq)
	start := time.Now()
	hresp, stale, err := send(w, hreq)
	if err != nil && stale && callCtx.Err() == nil {
		// A kept-alive connection the runtime had closed (its keep-alive
		// timeout, or it hung up after its last answer): nothing came back,
		// and the request may never have reached it. Once more, on another
		// connection.
		first := err
		if hreq, err = w.newRequest(callCtx, req, timeout, logID); err != nil {
			return nil, false, err
		}
		p.injectTrace(callCtx, hreq)
		if hresp, _, err = send(w, hreq); err != nil {
			// A runtime that died with the first call refuses the second:
			// classify the first failure (crash, OOM, or a hang-up).
			err = first
		}
	}
	if err != nil {
		return p.callFailed(ctx, callCtx, w, timeout, start, err)
	}
	defer hresp.Body.Close()
	body, err := readBody(hresp, p.opts.MaxResponseBytes)
	if errors.Is(err, ErrBodyTooLarge) {
		return nil, false, err
	}
	if err != nil {
		return p.callFailed(ctx, callCtx, w, timeout, start, err)
	}
	out := &Response{
		StatusCode:  hresp.StatusCode,
		Headers:     responseHeaders(hresp.Header),
		Body:        body,
		Duration:    time.Since(start),
		ContainerID: w.id,
	}
	if logID != "" {
		out.Logs, out.Errors = p.executionLogs(w, logID, hresp.Header.Get(headerLogID))
	}
	return out, false, nil
}

// executionLogs collects the logs of the call that was sent logID. The
// runtime's x-open-runtimes-log-id answer names no file: user code can set
// it. It is only compared, for the server log.
func (p *Pool) executionLogs(w *warm, logID, answered string) (logs, errs string) {
	if answered != "" && answered != logID {
		p.log.Warn("runtime answered another log id than the one it was sent; ignored",
			w.logAttrs("log_id", logID, "answered_log_id", truncateForLog(answered, 200))...)
	}
	logs, errs, err := collectLogs(w.logs, logID, p.opts.MaxLogBytes, logReadTimeout)
	if err != nil {
		p.log.Warn("execution logs refused or unreadable", w.logAttrs("log_id", logID, "error", err)...)
		if errs != "" && !strings.HasSuffix(errs, "\n") {
			errs += "\n"
		}
		errs += logsUnreadable
	}
	return logs, errs
}

// truncateForLog cuts a value a container chose before it reaches the
// server log.
func truncateForLog(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}

// newRequest builds the HTTP request to the runtime: the caller's method,
// path, headers and body, plus the Open Runtimes headers. Callers cannot set
// x-open-runtimes-* headers themselves; logID (when logging) is sent as
// x-open-runtimes-log-id. The runtimes authenticate us by
// x-open-runtimes-secret alone; no Authorization header is added, so the
// function never sees the secret in its request headers.
func (w *warm) newRequest(ctx context.Context, req Request, timeout time.Duration, logID string) (*http.Request, error) {
	method := req.Method
	if method == "" {
		method = http.MethodPost
	}
	path := req.Path
	if path == "" {
		path = "/"
	}
	if !strings.HasPrefix(path, "/") {
		return nil, fmt.Errorf("docker: request path %q does not start with /", path)
	}
	hreq, err := http.NewRequestWithContext(ctx, method, w.base+path, bytes.NewReader(req.Body))
	if err != nil {
		return nil, fmt.Errorf("docker: build request: %w", err)
	}
	for _, h := range req.Headers {
		name := strings.ToLower(h.Name)
		switch {
		case strings.HasPrefix(name, headerPrefix) || hopByHop[name]:
		case name == "host":
			hreq.Host = h.Value
		default:
			hreq.Header.Add(h.Name, h.Value)
		}
	}
	hreq.Header.Set(headerSecret, w.secret)
	hreq.Header.Set(headerTimeout, strconv.Itoa(max(1, int(math.Ceil(timeout.Seconds())))))
	logging := "disabled"
	if req.Logging {
		logging = "enabled"
		// Open Runtimes v5: the runtime names its log files after the ID
		// it is sent.
		hreq.Header.Set(headerLogID, logID)
	}
	hreq.Header.Set(headerLogging, logging)
	return hreq, nil
}

// send makes one HTTP call to the runtime. stale reports that it went out
// on a reused connection and nothing at all came back.
func send(w *warm, hreq *http.Request) (*http.Response, bool, error) {
	var reused, answered atomic.Bool
	hreq = hreq.WithContext(httptrace.WithClientTrace(hreq.Context(), &httptrace.ClientTrace{
		GotConn:              func(i httptrace.GotConnInfo) { reused.Store(i.Reused) },
		GotFirstResponseByte: func() { answered.Store(true) },
	}))
	resp, err := w.client.Do(hreq)
	return resp, err != nil && reused.Load() && !answered.Load(), err
}

// callFailed classifies a failed call: the caller gave up, our timeout
// (kill and replace), the container died (OOM or crash; replace), it
// refused the connection or had died before the call started (replace,
// and retry), or it is still running and hung up or answered garbage
// (*BadResponseError: the function's doing; the container stays).
func (p *Pool) callFailed(ctx, callCtx context.Context, w *warm, timeout time.Duration, start time.Time, err error) (*Response, bool, error) {
	switch {
	case ctx.Err() != nil:
		return nil, false, fmt.Errorf("docker: execution on container %s: %w", shortID(w.id), ctx.Err())
	case errors.Is(callCtx.Err(), context.DeadlineExceeded):
		p.retire(w, "execution timeout", true)
		return nil, false, &TimeoutError{Timeout: timeout}
	case errors.Is(err, syscall.ECONNREFUSED):
		p.retire(w, "connection refused", true)
		return nil, true, fmt.Errorf("docker: container %s refused the connection: %w", shortID(w.id), err)
	}
	t := time.NewTimer(exitSettle)
	select {
	case <-w.exited:
	case <-t.C:
	}
	t.Stop()
	cctx, cancel := p.eng.cleanupCtx(ctx)
	defer cancel()
	var exit ContainerState
	var exitErr error
	if w.alive() {
		// Docker's wait stream can lag behind on a loaded host: ask directly.
		st, ierr := p.eng.InspectContainer(cctx, w.id)
		if ierr != nil {
			return nil, false, errors.Join(fmt.Errorf("docker: execution request to container %s: %w", shortID(w.id), err), ierr)
		}
		if st.Running || st.FinishedAt.IsZero() {
			return nil, false, &BadResponseError{ContainerID: w.id, Err: err}
		}
		exit = st
	} else {
		exit, exitErr = w.exit, w.exitErr // written before w.exited was closed
	}
	defer p.retire(w, "exited during execution", true)
	switch {
	case exitErr != nil:
		return nil, false, errors.Join(fmt.Errorf("docker: execution request to container %s: %w", shortID(w.id), err), exitErr)
	case exit.OOMKilled:
		return nil, false, &OutOfMemoryError{LimitMB: w.spec.MemoryMB}
	case !exit.FinishedAt.IsZero() && exit.FinishedAt.Before(start):
		return nil, true, fmt.Errorf("docker: container %s had exited before the call: %w", shortID(w.id), err)
	}
	return nil, false, p.eng.exitError(cctx, exit)
}

// readBody reads at most limit bytes of the body.
func readBody(resp *http.Response, limit int64) ([]byte, error) {
	if resp.ContentLength > limit {
		return nil, &BodyTooLargeError{Limit: limit}
	}
	b, err := io.ReadAll(io.LimitReader(resp.Body, limit+1))
	if err != nil {
		return nil, fmt.Errorf("docker: read response body: %w", err)
	}
	if int64(len(b)) > limit {
		return nil, &BodyTooLargeError{Limit: limit}
	}
	return b, nil
}

// responseHeaders lower-cases names, drops x-open-runtimes-* and hop-by-hop
// headers, and sorts by name for a stable result.
func responseHeaders(h http.Header) []Header {
	out := make([]Header, 0, len(h))
	for name, values := range h {
		n := strings.ToLower(name)
		if strings.HasPrefix(n, headerPrefix) || (hopByHop[n] && n != "content-length") {
			continue
		}
		for _, v := range values {
			out = append(out, Header{Name: n, Value: v})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}
