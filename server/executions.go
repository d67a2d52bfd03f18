package server

import (
	"bufio"
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/gofiber/fiber/v2"
	"go.temporal.io/api/serviceerror"
	"go.temporal.io/sdk/client"

	"github.com/fnflow/fnflow/contract"
	"github.com/fnflow/fnflow/internal/syncwait"
	"github.com/fnflow/fnflow/models"
	"github.com/fnflow/fnflow/query"
)

func (s *Server) registerExecutions(r fiber.Router) {
	read, write := s.scope("executions.read", "execution.read"), s.scope("executions.write", "execution.write")
	r.Get("/:functionId/executions", read, s.listExecutions)
	r.Post("/:functionId/executions", write, s.rateLimit(s.execLimiter, executionRoute), s.createExecution)
	r.Get("/:functionId/executions/:executionId", read, s.getExecution)
	r.Delete("/:functionId/executions/:executionId", write, s.deleteExecution)
	r.Post("/:functionId/executions/:executionId/replay", write, s.rateLimit(s.execLimiter, executionRoute), s.replayExecution)
}

// Limits of the create parameters (Appwrite 1.9).
const (
	maxExecutionBody    = 10 << 20
	maxExecutionHeaders = 100
	maxHeadersBytes     = 16384
)

var (
	headerKeyRe      = regexp.MustCompile(`^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?$`)
	executionMethods = []string{"GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD"}
	// storedRequestHeaders are the request headers an execution shows.
	storedRequestHeaders = []string{"content-type", "agent", "content-length", "host", "x-appwrite-client-ip"}
)

// executionRequest is the parsed create body.
type executionRequest struct {
	body        string
	async       bool
	path        string
	method      string
	headers     models.HeaderList
	scheduledAt *time.Time
}

func (s *Server) parseExecution(c *fiber.Ctx) (*executionRequest, error) {
	p, err := parseBody(c)
	if err != nil {
		return nil, err
	}
	r := &executionRequest{}
	if r.body, err = p.binaryText("body", maxExecutionBody, ""); err != nil {
		return nil, err
	}
	if r.async, err = p.looseBool("async", false); err != nil {
		return nil, err
	}
	if r.path, err = p.text("path", optional, 2048, emptyOK, "/"); err != nil {
		return nil, err
	}
	if !models.ValidHeaderValue(r.path) || strings.Contains(r.path, "\t") {
		return nil, invalid("path", "Value must be a valid path without control characters")
	}
	if !strings.HasPrefix(r.path, "/") {
		r.path = "/" + r.path
	}
	if r.method, err = p.text("method", optional, 16, nonEmpty, "POST"); err != nil {
		return nil, err
	}
	if !slices.Contains(executionMethods, r.method) {
		return nil, invalid("method", "Value must be one of ("+strings.Join(executionMethods, ", ")+")")
	}
	hdrs, _, err := p.object("headers")
	if err != nil {
		return nil, err
	}
	if r.headers, err = checkExecutionHeaders(hdrs); err != nil {
		return nil, err
	}
	// Appwrite checks any scheduledAt that is not null, "" included.
	when, err := p.text("scheduledAt", optional, 100, emptyOK, "")
	if err != nil {
		return nil, err
	}
	if p.has("scheduledAt") {
		t, err := s.checkScheduledAt(when, r.async)
		if err != nil {
			return nil, err
		}
		r.scheduledAt = &t
	}
	return r, nil
}

func checkExecutionHeaders(m map[string]any) (models.HeaderList, error) {
	const desc = "Value must be a valid object: at most 100 headers of less than 16384 bytes in total; keys may use only letters, digits and hyphens, must start and end with a letter or digit and must not start with x-appwrite-; values must not contain control characters (NUL, CR, LF, ...)."
	if len(m) > maxExecutionHeaders {
		return nil, invalid("headers", desc)
	}
	out := models.HeaderList{}
	size := 0
	for k, v := range m {
		if !headerKeyRe.MatchString(k) || strings.HasPrefix(strings.ToLower(k), "x-appwrite-") {
			return nil, invalid("headers", desc)
		}
		val, ok := v.(string)
		if !ok {
			b, _ := json.Marshal(v)
			val = string(b)
		}
		if !models.ValidHeaderValue(val) {
			return nil, invalid("headers", desc)
		}
		size += len(k) + len(val)
		// The caller's case is kept, as Appwrite keeps it (stored request
		// headers, what the function receives).
		out = append(out, models.Header{Name: k, Value: val})
	}
	if size >= maxHeadersBytes {
		return nil, invalid("headers", desc)
	}
	slices.SortFunc(out, func(a, b models.Header) int {
		return cmp.Or(strings.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name)), strings.Compare(a.Name, b.Name))
	})
	return out, nil
}

// checkScheduledAt: delayed executions must be async and lie at least
// executions.min_schedule_lead ahead. Appwrite also wants whole minutes
// (zero seconds and milliseconds); we ask for that only when the configured
// lead is 60 s or more (the Appwrite default), so that tests and
// installations with a shorter lead can schedule to the second.
func (s *Server) checkScheduledAt(v string, async bool) (time.Time, error) {
	if !async {
		return time.Time{}, models.Errorf(models.CodeGeneralBadRequest, "Scheduled executions must run asynchronously. Set scheduledAt to a future date, or set async to true.")
	}
	// Appwrite 1.9.6 answers every failure (malformed, too soon, not a
	// whole minute) with this general_bad_request; ours also names the
	// whole-minute rule when that is what failed.
	bad := models.Errorf(models.CodeGeneralBadRequest, "Execution schedule must be a valid date, and at least %s from now.", leadText(s.cfg.Executions.MinScheduleLead))
	var t time.Time
	var err error
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05.000-0700", "2006-01-02 15:04:05", "2006-01-02T15:04:05"} {
		if t, err = time.Parse(layout, v); err == nil {
			break
		}
	}
	if err != nil {
		return time.Time{}, bad
	}
	lead := s.cfg.Executions.MinScheduleLead
	if lead >= time.Minute && (t.Second() != 0 || t.Nanosecond() != 0) {
		return time.Time{}, models.Errorf(models.CodeGeneralBadRequest, "Execution schedule must be a valid date, and at least %s from now. It must also be a whole minute (seconds and milliseconds zero).", leadText(s.cfg.Executions.MinScheduleLead))
	}
	if time.Until(t) < lead {
		return time.Time{}, bad
	}
	return t.UTC(), nil
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

func leadText(d time.Duration) string {
	if d == time.Minute {
		return "1 minute"
	}
	return d.String()
}

// runnableFunction applies Appwrite's checks, in order.
func (s *Server) runnableFunction(c *fiber.Ctx) (*models.Function, *models.Deployment, error) {
	pr := principalOf(c)
	f, err := s.loadFunction(c)
	if err != nil {
		return nil, nil, err
	}
	if !f.Enabled && !pr.isAdmin() {
		return nil, nil, models.Errorf(models.CodeFunctionNotFound, "Function with the requested ID could not be found.")
	}
	d, err := s.activeDeployment(c.UserContext(), f)
	if err != nil {
		return nil, nil, err
	}
	if !pr.canExecute(f.Execute) {
		return nil, nil, models.Errorf(models.CodeUserUnauthorized, "To execute function using client SDK, the function needs to allow the caller's role in its execute permissions.")
	}
	return f, d, nil
}

// activeDeployment checks that f can run (known runtime, an active ready
// deployment) and returns that deployment.
func (s *Server) activeDeployment(ctx context.Context, f *models.Function) (*models.Deployment, error) {
	if _, ok := s.runtimes[f.Runtime]; !ok {
		return nil, models.Errorf(models.CodeFunctionRuntimeUnsupported, "Runtime \"%s\" is not supported", f.Runtime)
	}
	return s.store.ActiveDeployment(ctx, f)
}

// heldBodyMax bounds the request body of an async execution whose checked
// values are held for its run (syncwait.Hold): held values that no run
// takes stay in memory for a minute.
const heldBodyMax = 64 << 10

func (s *Server) createExecution(c *fiber.Ctx) error {
	req, err := s.parseExecution(c)
	if err != nil {
		return err
	}
	f, d, err := s.runnableFunction(c)
	if err != nil {
		return err
	}
	key, err := idempotencyKey(c)
	if err != nil {
		return err
	}
	pr := principalOf(c)
	e, answered, err := s.runExecution(c.UserContext(), execCall{pr: pr, f: f, d: d, req: req, clientIP: c.IP(), idemKey: key})
	if err != nil {
		return err
	}
	return s.answerExecution(c, e, f, req.async, answered)
}

// answerExecution answers a create or replay: 202 with the stored row for
// an async call, 201 with the whole response for a sync one.
func (s *Server) answerExecution(c *fiber.Ctx, e *models.Execution, f *models.Function, async bool, answered func()) error {
	pr := principalOf(c)
	if async {
		return sendModel(c, fiber.StatusAccepted, modelExecution, s.renderStored(e, f, pr.isAdmin()))
	}
	out := s.renderStored(e, f, pr.isAdmin())
	out.ResponseHeaders = append(out.ResponseHeaders, models.Header{Name: "x-appwrite-execution-id", Value: e.ID})
	answered()
	return sendSyncExecution(c, fiber.StatusCreated, out, e.ResponseBody)
}

// execCall is one execution a caller asked for, already checked: the
// createExecution route and function domains both run it.
type execCall struct {
	pr       *principal
	f        *models.Function
	d        *models.Deployment
	req      *executionRequest
	clientIP string
	// idemKey is the caller's x-fnflow-idempotency-key ("" none).
	idemKey string
	// replay is the execution replayed (its request is run again).
	replay *models.Execution
}

// runExecution stores the execution and starts its workflow (with eager
// start when synchronous). An async or scheduled call returns the stored
// row at once. A sync call waits up to executions.sync_timeout and returns
// the finished execution with the whole response (body and every header);
// the caller answers with it, then calls answered (which trims the stored
// row when the run happened in another process and stored the whole
// response for this caller to read).
func (s *Server) runExecution(ctx context.Context, x execCall) (*models.Execution, func(), error) {
	f, d, req, pr := x.f, x.d, x.req, x.pr
	nothing := func() {}
	e := &models.Execution{ProjectID: f.ProjectID, ID: models.NewID(), FunctionID: f.ID, DeploymentID: d.ID,
		Trigger: models.TriggerHTTP, Status: models.ExecutionWaiting, RequestMethod: req.method,
		RequestPath: req.path, RequestBody: []byte(req.body), UserID: pr.userID}
	if pr.kind == kindUser {
		e.Permissions = models.StringList{`read("user:` + pr.userID + `")`}
	}
	// The stored request headers keep what the function must receive later
	// (async and delayed runs); reads show only storedRequestHeaders.
	e.RequestHeaders = append(req.headers, models.Header{Name: "x-appwrite-client-ip", Value: x.clientIP})
	if pr.jwt != "" {
		tok, err := s.functionJWT(pr.jwt, f.ProjectID)
		if err != nil {
			return nil, nil, err
		}
		e.RequestHeaders = append(e.RequestHeaders, models.Header{Name: "x-appwrite-user-jwt", Value: tok})
	}
	if x.replay != nil {
		replayRequest(e, x.replay)
	}
	sync := !req.async
	if sync && f.MaxConcurrency == 0 {
		// Its caller waits: the row is processing from the start, and the
		// run (in this process) needs no write to mark it so. (One that
		// queues for a concurrency slot is waiting until it gets one.)
		e.Status = models.ExecutionProcessing
	}
	if req.scheduledAt != nil {
		e.Status, e.Trigger, e.ScheduledAt = models.ExecutionScheduled, models.TriggerSchedule, req.scheduledAt
	}
	opts := s.executionStart(e, sync)
	t0 := time.Now()
	if x.idemKey != "" {
		created, firstID, err := s.store.CreateExecutionOnce(ctx, e, callerIdemKey(pr, x.clientIP, x.idemKey))
		if err != nil {
			return nil, nil, err
		}
		if !created {
			return s.firstExecution(ctx, f, firstID, sync)
		}
	} else if err := s.store.CreateExecution(ctx, e); err != nil {
		return nil, nil, err
	}
	traceExecution(ctx, e)
	s.publishExecution(ctx, e, "create")
	tCreated := time.Now()
	var handed <-chan *models.Execution
	release := nothing
	if sync {
		// Registered before the start: with eager start the run may record
		// its result before ExecuteWorkflow returns.
		created := *e
		handed, release = s.waiters.AwaitPrepared(e.ID, &syncwait.Prepared{Execution: &created, Function: f, Deployment: d})
	} else if s.holdAsync && opts.EnableEagerStart && f.MaxConcurrency == 0 && len(e.RequestBody) <= heldBodyMax {
		// An async run started eagerly runs in this process's worker a
		// moment later: its first attempt takes the row, function and
		// deployment from here instead of reading them back.
		created := *e
		s.waiters.Hold(e.ID, &syncwait.Prepared{Execution: &created, Function: f, Deployment: d}, time.Minute)
	}
	in := contract.ExecutionInput{ProjectID: f.ProjectID, FunctionID: f.ID, ExecutionID: e.ID, Timeout: f.Timeout, Sync: sync}
	if req.scheduledAt == nil {
		// The workflow runs now: it takes the policy from here instead of
		// reading the function again. A delayed one reads it when it
		// fires, so an update meanwhile applies.
		in.Policy = s.executionPolicy(f, e)
	}
	run, err := s.startWorkflow(ctx, opts, contract.ExecutionWorkflow, in)
	var already *serviceerror.WorkflowExecutionAlreadyStarted
	if errors.As(err, &already) {
		// Started by a request with the same idempotency key that found
		// this row unstarted (firstExecution): await that run.
		run, err = s.temporal.GetWorkflow(ctx, opts.ID, ""), nil
	}
	tStarted := time.Now()
	if err != nil {
		release()
		return nil, nil, s.executionNotStarted(ctx, e, fmt.Errorf("start execution workflow: %w", err))
	}
	if !sync {
		s.log.Debug("async execution", "execution_id", e.ID, "create_ms", ms(tCreated.Sub(t0)),
			"start_ms", ms(tStarted.Sub(tCreated)))
		return e, nothing, nil
	}
	waitCtx, cancel := context.WithTimeout(ctx, s.cfg.Executions.SyncTimeout)
	defer cancel()
	done, fromStore, err := s.awaitSync(waitCtx, run, handed)
	if err != nil {
		var dl *serviceerror.DeadlineExceeded
		if waitCtx.Err() != nil || errors.Is(err, context.DeadlineExceeded) || errors.As(err, &dl) {
			// The run goes on and records its result; trim what only a
			// waiting caller would have seen once it is there.
			go s.trimWhenDone(run, e, handed, release, time.Duration(f.Timeout)*time.Second+contract.RunGrace)
			return nil, nil, models.Errorf(models.CodeFunctionSynchronousTimeout, "Synchronous function execution timed out. Use asynchronous execution instead, or ensure the execution duration doesn't exceed %d seconds.", int(s.cfg.Executions.SyncTimeout.Seconds()))
		}
		release()
		return nil, nil, fmt.Errorf("execution workflow %s: %w", opts.ID, err)
	}
	release()
	tRan := time.Now()
	if fromStore {
		if done, err = s.store.GetExecution(ctx, e.ProjectID, e.FunctionID, e.ID); err != nil {
			return nil, nil, err
		}
	}
	s.log.Debug("sync execution", "execution_id", e.ID, "create_ms", ms(tCreated.Sub(t0)),
		"workflow_ms", ms(tRan.Sub(tCreated)), "start_ms", ms(tStarted.Sub(tCreated)), "read_ms", ms(time.Since(tRan)), "duration_ms", done.Duration*1000)
	if !fromStore {
		return done, nothing, nil
	}
	return done, func() { s.trimSyncResult(done) }, nil
}

// executionPolicy is what the execution's workflow would otherwise read of
// f when it starts (activities.LoadExecutionPolicy).
func (s *Server) executionPolicy(f *models.Function, e *models.Execution) *contract.ExecutionPolicy {
	return &contract.ExecutionPolicy{Found: true, Retries: f.Retries, RetryDelaySeconds: f.RetryDelay,
		MaxConcurrency: f.MaxConcurrency, FailureFunctionID: f.FailureFunctionID, FailureHook: e.FailureOf != "",
		SyncTimeoutSeconds: int(s.cfg.Executions.SyncTimeout.Seconds())}
}

// awaitSync waits for a sync execution: the recorded execution handed over
// by a run in this process, or the workflow's end (fromStore: the row holds
// the whole response; read it).
func (s *Server) awaitSync(ctx context.Context, run client.WorkflowRun, handed <-chan *models.Execution) (*models.Execution, bool, error) {
	select {
	case e := <-handed:
		return e, false, nil
	default:
	}
	gctx, cancel := context.WithCancel(ctx)
	defer cancel()
	ended := make(chan error, 1)
	go func() { ended <- run.Get(gctx, nil) }()
	select {
	case e := <-handed:
		return e, false, nil
	case err := <-ended:
		// A run in this process hands over before its workflow can end.
		select {
		case e := <-handed:
			return e, false, nil
		default:
		}
		return nil, true, err
	}
}

// trimWhenDone trims the stored result of a sync execution whose caller
// gave up waiting, once the run has recorded it (a run in this process that
// still finds the waiter stores it trimmed already).
func (s *Server) trimWhenDone(run client.WorkflowRun, e *models.Execution, handed <-chan *models.Execution, release func(), within time.Duration) {
	defer release()
	ctx, cancel := context.WithTimeout(context.Background(), within)
	defer cancel()
	if _, fromStore, err := s.awaitSync(ctx, run, handed); err != nil {
		s.log.Warn("awaiting a timed out sync execution", "project_id", e.ProjectID, "function_id", e.FunctionID, "execution_id", e.ID, "error", err)
		return
	} else if !fromStore {
		return
	}
	s.trimSyncResult(e)
}

// trimSyncResult drops what only the synchronous caller may see (the body,
// headers other than content-type and content-length) once it has it.
func (s *Server) trimSyncResult(e *models.Execution) {
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if err := s.store.TrimExecutionResponse(ctx, e.ProjectID, e.ID); err != nil {
			s.log.Warn("trimming a sync execution", "project_id", e.ProjectID, "function_id", e.FunctionID, "execution_id", e.ID, "error", err)
		}
	}()
}

// renderStored renders an execution as reads show it: filtered request
// headers, no response body, and the status reads report (ShownStatus:
// waiting/processing records that outlived stuckAfter read as failed).
func (s *Server) renderStored(e *models.Execution, f *models.Function, showLogs bool) executionJSON {
	v := *e
	v.RequestHeaders = models.HeaderList{}
	for _, h := range e.RequestHeaders {
		if slices.Contains(storedRequestHeaders, strings.ToLower(h.Name)) {
			v.RequestHeaders = append(v.RequestHeaders, h)
		}
	}
	v.ResponseBody = nil
	if f != nil {
		v.Status = v.ShownStatus(s.stuckAfter(f), time.Now())
	}
	return renderExecution(&v, showLogs)
}

// stuckAfter is how long a waiting or processing execution of f may go
// without an update before reads report it failed: the function's timeout
// plus executions.stuck_grace_period. The grace covers a worker crash: the
// run is retried after its heartbeat times out, and must not read as failed
// meanwhile.
func (s *Server) stuckAfter(f *models.Function) time.Duration {
	return time.Duration(f.Timeout)*time.Second + s.cfg.Executions.StuckGracePeriod
}

func (s *Server) publishExecution(ctx context.Context, e *models.Execution, action string) {
	if s.events == nil {
		return
	}
	s.events.Publish(ctx, e.ProjectID, "functions."+e.FunctionID+".executions."+e.ID+"."+action, e)
}

func executionID(c *fiber.Ctx) (string, error) {
	return pathID(c, "executionId", models.CodeExecutionNotFound, "Execution")
}

func (s *Server) loadExecution(c *fiber.Ctx) (*models.Function, *models.Execution, error) {
	f, err := s.loadFunction(c)
	if err != nil {
		return nil, nil, err
	}
	id, err := executionID(c)
	if err != nil {
		return nil, nil, err
	}
	e, err := s.store.GetExecution(c.UserContext(), f.ProjectID, f.ID, id)
	if err != nil {
		return nil, nil, err
	}
	pr := principalOf(c)
	if !pr.isAdmin() && (pr.userID == "" || e.UserID != pr.userID) {
		return nil, nil, models.Errorf(models.CodeExecutionNotFound, "Execution with the requested ID could not be found.")
	}
	return f, e, nil
}

func (s *Server) getExecution(c *fiber.Ctx) error {
	f, e, err := s.loadExecution(c)
	if err != nil {
		return err
	}
	return sendModel(c, fiber.StatusOK, modelExecution, s.renderStored(e, f, principalOf(c).isAdmin()))
}

func (s *Server) listExecutions(c *fiber.Ctx) error {
	opts, err := listOptions(c, query.ExecutionsResource)
	if err != nil {
		return err
	}
	f, err := s.loadFunction(c)
	if err != nil {
		return err
	}
	pr := principalOf(c)
	if !pr.isAdmin() {
		if pr.userID == "" {
			// Guests can read no execution (only their creator can).
			return sendModel(c, fiber.StatusOK, modelExecutionList, fiber.Map{"total": 0, "executions": []executionJSON{}})
		}
		// Users see the executions they created, filtered in the query so
		// that paging and total are right.
		opts.Filters = append(opts.Filters, models.Query{Method: models.QueryEqual, Attribute: "userId", Values: []any{pr.userID}})
	}
	// Lists show no request or response body: never read them. Logs and
	// errors (up to limits.log_chars each) show to admins only (as
	// Appwrite); a page larger than outputChunk reads them outputChunk rows
	// at a time while the answer streams (streamExecutions), so the API's
	// memory does not grow with the limit (Appwrite has no maximum limit).
	opts.Omit = []string{"request_body", "response_body"}
	admin := pr.isAdmin()
	stream := admin && opts.Limit > outputChunk
	if !admin || stream {
		opts.Omit = append(opts.Omit, "logs", "errors")
	}
	// Filters on status see what reads show (models.Execution.ShownStatus).
	es, total, err := s.store.ListExecutionsShown(c.UserContext(), f.ProjectID, f.ID, opts, s.stuckAfter(f))
	if err != nil {
		return err
	}
	if stream && len(es) > 0 {
		return s.streamExecutions(c, f, es, total)
	}
	out := make([]executionJSON, 0, len(es))
	for i := range es {
		out = append(out, s.renderStored(&es[i], f, admin))
	}
	return sendModel(c, fiber.StatusOK, modelExecutionList, fiber.Map{"total": total, "executions": out})
}

// outputChunk is how many executions' logs and errors a list answer holds
// in memory at once.
const outputChunk = 25

// streamExecutions answers an admin's list of es (read without logs and
// errors) as a stream: the logs and errors of outputChunk rows at a time
// are read, rendered (response format included) and written. A store
// failure on the first chunk is an error answer; a later one ends the
// stream early (logged), which the client sees as a truncated body.
func (s *Server) streamExecutions(c *fiber.Ctx, f *models.Function, es []models.Execution, total int64) error {
	ctx := context.WithoutCancel(c.UserContext())
	rewrites := listItemRewrites(c.Get("X-Appwrite-Response-Format"), modelExecutionList)
	chunk := func(start int) ([]byte, error) {
		rows := es[start:min(len(es), start+outputChunk)]
		ids := make([]string, len(rows))
		for i := range rows {
			ids[i] = rows[i].ID
		}
		outs, err := s.store.ExecutionOutputs(ctx, f.ProjectID, ids)
		if err != nil {
			return nil, err
		}
		var b bytes.Buffer
		for i := range rows {
			e := rows[i]
			e.Logs, e.Errors = outs[e.ID].Logs, outs[e.ID].Errors
			raw, err := json.Marshal(s.renderStored(&e, f, true))
			if err == nil && len(rewrites) > 0 {
				var o *object
				if o, err = decodeObject(raw); err == nil {
					for _, r := range rewrites {
						r(o)
					}
					raw, err = json.Marshal(o)
				}
			}
			if err != nil {
				return nil, err
			}
			if start+i > 0 {
				b.WriteByte(',')
			}
			b.Write(raw)
		}
		return b.Bytes(), nil
	}
	first, err := chunk(0)
	if err != nil {
		return err
	}
	c.Status(fiber.StatusOK).Type("json")
	c.Context().SetBodyStreamWriter(func(w *bufio.Writer) {
		fmt.Fprintf(w, `{"total":%d,"executions":[`, total)
		w.Write(first)
		for start := outputChunk; start < len(es); start += outputChunk {
			if w.Flush() != nil {
				return // the client went away
			}
			part, err := chunk(start)
			if err != nil {
				s.log.Error("listing executions: reading their logs failed; the answer is cut short", "project_id", f.ProjectID,
					"function_id", f.ID, "error", err)
				return
			}
			w.Write(part)
		}
		w.WriteString("]}")
	})
	return nil
}

func (s *Server) deleteExecution(c *fiber.Ctx) error {
	if !principalOf(c).isAdmin() {
		return models.Errorf(models.CodeGeneralUnauthorizedScope, "User (role: users) missing scopes ([\"executions.write\"])")
	}
	_, e, err := s.loadExecution(c)
	if err != nil {
		return err
	}
	switch e.Status {
	case models.ExecutionCompleted, models.ExecutionFailed:
	case models.ExecutionScheduled, models.ExecutionWaiting:
		// Cancel (fnflow: waiting ones too, in a concurrency queue or not
		// yet picked up; scheduled ones delayed or between retries).
		// Terminating a workflow still in its start delay removes it before
		// it runs; one waiting for a concurrency slot or a retry timer ends
		// there (its slot, if granted, is freed by the semaphore's check).
		// If it was marked processing meanwhile, its run finds the row gone
		// when it records.
		err := s.temporal.TerminateWorkflow(c.UserContext(), contract.ExecutionWorkflowID(e.ProjectID, e.ID), "",
			e.Status+" execution deleted")
		var nf *serviceerror.NotFound
		if err != nil && !errors.As(err, &nf) {
			return fmt.Errorf("cancel scheduled execution %s: %w", e.ID, err)
		}
	default:
		return models.Errorf(models.CodeExecutionInProgress, "Can't delete ongoing execution. Please wait for execution to finish before deleting it.")
	}
	if err := s.store.DeleteExecution(c.UserContext(), e.ProjectID, e.FunctionID, e.ID); err != nil {
		return err
	}
	s.publishExecution(c.UserContext(), e, "delete")
	return c.SendStatus(fiber.StatusNoContent)
}
