package server

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime/multipart"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/gofiber/fiber/v2"
	"go.temporal.io/api/enums/v1"
	"go.temporal.io/api/serviceerror"
	"go.temporal.io/sdk/client"

	"github.com/fnflow/fnflow/artifacts"
	"github.com/fnflow/fnflow/contract"
	"github.com/fnflow/fnflow/models"
	"github.com/fnflow/fnflow/query"
)

// ChunkSize is the fixed size of an upload chunk (all but the last).
const ChunkSize = 5 << 20

// uploadLocks serialises, within this process, the writing of one chunk
// index and the assembly of one deployment. Across processes both steps are
// idempotent: chunk files and the source are written atomically from the
// same bytes, and the build workflow start is deduplicated by its ID.
var uploadLocks sync.Map

func lockUpload(key string) func() {
	mu, _ := uploadLocks.LoadOrStore(key, &sync.Mutex{})
	mu.(*sync.Mutex).Lock()
	return mu.(*sync.Mutex).Unlock
}

func (s *Server) unpackLimits() artifacts.Limits {
	return artifacts.Limits{MaxBytes: s.cfg.Limits.UnpackedSize, MaxFiles: s.cfg.Limits.UnpackedFiles,
		MaxRatio: artifacts.DefaultMaxRatio}
}

// invalidCode is the error for a refused archive: 400 general_argument_invalid
// naming the `code` param and the precise reason.
func invalidCode(err error) error {
	if errors.Is(err, artifacts.ErrInvalidArchive) {
		return invalid("code", "The file is not a safe, valid .tar.gz archive: "+artifacts.Reason(err))
	}
	return err
}

// uploadRequest is a parsed deployment upload.
type uploadRequest struct {
	activate   bool
	entrypoint string
	commands   string
	file       *multipart.FileHeader
	kind       string
}

func (s *Server) parseUpload(c *fiber.Ctx, f *models.Function) (*uploadRequest, error) {
	form, err := c.MultipartForm()
	if err != nil {
		form = &multipart.Form{}
	}
	value := func(name string) (string, bool) {
		if v, ok := form.Value[name]; ok && len(v) > 0 {
			return v[0], true
		}
		return "", false
	}
	u := &uploadRequest{kind: "manual"}
	if strings.EqualFold(c.Get("x-sdk-language"), "cli") {
		u.kind = "cli"
	}
	raw, ok := value("activate")
	if !ok {
		return nil, notOptional("activate")
	}
	if u.activate, ok = query.ParseLooseBool(raw); !ok {
		return nil, invalid("activate", "Value must be a valid boolean")
	}
	u.entrypoint, _ = value("entrypoint")
	if len([]rune(u.entrypoint)) > 1028 {
		return nil, invalid("entrypoint", "Value must be a valid string and at least 1 chars and no longer than 1028 chars")
	}
	if u.entrypoint == "" {
		u.entrypoint = f.Entrypoint
	}
	if u.entrypoint == "" {
		return nil, models.Errorf(models.CodeFunctionEntrypointMissing, "Entrypoint for your Appwrite Function is missing. Please add an entrypoint.")
	}
	var has bool
	if u.commands, has = value("commands"); !has {
		u.commands = f.Commands
	}
	if len([]rune(u.commands)) > 8192 {
		return nil, invalid("commands", "Value must be a valid string and at least 0 chars and no longer than 8192 chars")
	}
	if err := runnableText("entrypoint", u.entrypoint, 1028); err != nil {
		return nil, err
	}
	if err := runnableText("commands", u.commands, 8192); err != nil {
		return nil, err
	}
	files := form.File["code"]
	if len(files) == 0 || files[0].Size == 0 {
		return nil, models.Errorf(models.CodeStorageFileEmpty, "Empty file passed to the endpoint.")
	}
	u.file = files[0]
	name := strings.ToLower(u.file.Filename)
	if !strings.HasSuffix(name, ".tar.gz") && !strings.HasSuffix(name, ".tgz") && !strings.HasSuffix(name, ".gz") {
		return nil, models.Errorf(models.CodeStorageFileTypeUnsupported, "The given file extension is not supported.")
	}
	return u, nil
}

var contentRangeRE = regexp.MustCompile(`^bytes (\d+)-(\d+)/(\d+)$`)

type chunkRange struct{ start, end, size int64 }

func parseContentRange(h string) (chunkRange, error) {
	m := contentRangeRE.FindStringSubmatch(strings.TrimSpace(h))
	bad := models.Errorf(models.CodeStorageInvalidContentRange, "The content range is invalid.")
	if m == nil {
		return chunkRange{}, bad
	}
	var r chunkRange
	var errs [3]error
	r.start, errs[0] = strconv.ParseInt(m[1], 10, 64)
	r.end, errs[1] = strconv.ParseInt(m[2], 10, 64)
	r.size, errs[2] = strconv.ParseInt(m[3], 10, 64)
	if errors.Join(errs[:]...) != nil || r.size <= 0 || r.end < r.start || r.end >= r.size || r.start%ChunkSize != 0 ||
		r.end+1 != min(r.start+ChunkSize, r.size) {
		return chunkRange{}, bad
	}
	return r, nil
}

func (s *Server) createDeployment(c *fiber.Ctx) error {
	ctx := c.UserContext()
	f, err := s.loadFunction(c)
	if err != nil {
		return err
	}
	u, err := s.parseUpload(c, f)
	if err != nil {
		return err
	}
	id := c.Get("x-appwrite-id")
	if id != "" && !models.ValidID(id) {
		return models.Errorf(models.CodeStorageInvalidAppwriteID, "The value for x-appwrite-id header is invalid.")
	}
	if id == "" || id == "unique()" {
		id = models.NewID()
	}
	if cr := c.Get(fiber.HeaderContentRange); cr != "" {
		r, err := parseContentRange(cr)
		if err != nil {
			return err
		}
		if r.size > s.cfg.Limits.CodeSize {
			return models.Errorf(models.CodeStorageInvalidFileSize, "File size not allowed.")
		}
		if u.file.Size != r.end-r.start+1 {
			return models.Errorf(models.CodeStorageInvalidContentRange, "The content range does not match the size of the chunk.")
		}
		d, err := s.uploadChunk(ctx, f, u, id, r)
		if err != nil {
			return err
		}
		return sendModel(c, fiber.StatusAccepted, modelDeployment, renderDeployment(d))
	}
	if u.file.Size > s.cfg.Limits.CodeSize {
		return models.Errorf(models.CodeStorageInvalidFileSize, "File size not allowed.")
	}
	file, err := u.file.Open()
	if err != nil {
		return fmt.Errorf("open upload: %w", err)
	}
	defer file.Close()
	if _, err := artifacts.Validate(file, s.unpackLimits()); err != nil {
		return invalidCode(err)
	}
	if _, err := file.Seek(0, io.SeekStart); err != nil {
		return fmt.Errorf("rewind upload: %w", err)
	}
	d := s.newDeployment(f, id, u.kind, u.entrypoint, u.commands, u.activate)
	d.SourceSize = u.file.Size
	if err := s.createWithSource(ctx, d, file); err != nil {
		return err
	}
	return sendModel(c, fiber.StatusAccepted, modelDeployment, renderDeployment(d))
}

// createWithSource stores a new deployment, then its source, then announces
// it and starts its build. The row comes first: a taken ID is refused
// (409 deployment_already_exists) before anything is written, so a refused
// request never touches another deployment's files. A failure after the
// insert removes only what this request created.
func (s *Server) createWithSource(ctx context.Context, d *models.Deployment, src io.Reader) error {
	d.TotalSize = d.SourceSize // Appwrite: the source until a build adds its output
	if err := s.store.CreateDeployment(ctx, d); err != nil {
		return err
	}
	key := artifacts.SourceKey(d.ProjectID, d.ID)
	n, err := s.arts.Put(ctx, key, src)
	if err != nil {
		return errors.Join(err, s.dropNewDeployment(ctx, d, ""))
	}
	err = s.store.SetDeploymentSource(ctx, d.ProjectID, d.ID, key, n)
	if models.IsCode(err, models.CodeDeploymentNotFound) {
		// Deleted meanwhile: the delete removed the deployment's files.
		return err
	}
	if err != nil {
		return errors.Join(err, s.dropNewDeployment(ctx, d, key))
	}
	d.SourcePath, d.SourceSize, d.TotalSize = key, n, n
	if err := s.deploymentCreated(ctx, d); err != nil {
		return err
	}
	return s.startBuild(ctx, d)
}

// dropNewDeployment removes the row this request inserted and, when set,
// the one artifact key it wrote; nothing else.
func (s *Server) dropNewDeployment(ctx context.Context, d *models.Deployment, key string) error {
	cctx := context.WithoutCancel(ctx)
	var errs []error
	if key != "" {
		errs = append(errs, s.arts.Delete(cctx, key))
	}
	if err := s.store.DeleteDeployment(cctx, d.ProjectID, d.FunctionID, d.ID); err != nil && !models.IsCode(err, models.CodeDeploymentNotFound) {
		errs = append(errs, err)
	}
	return errors.Join(errs...)
}

func (s *Server) newDeployment(f *models.Function, id, kind, entrypoint, commands string, activate bool) *models.Deployment {
	return &models.Deployment{ProjectID: f.ProjectID, ID: id, FunctionID: f.ID, Type: kind, Entrypoint: entrypoint,
		Commands: commands, Activate: activate, Status: models.DeploymentWaiting}
}

func (s *Server) deploymentCreated(ctx context.Context, d *models.Deployment) error {
	if err := s.store.SyncLatestDeployment(ctx, d.ProjectID, d.FunctionID); err != nil {
		return err
	}
	s.publishDeployment(ctx, d, "create")
	return nil
}

// uploadChunk stores one chunk, counts it once and assembles the source
// when every chunk is in.
func (s *Server) uploadChunk(ctx context.Context, f *models.Function, u *uploadRequest, id string, r chunkRange) (*models.Deployment, error) {
	total := int((r.size + ChunkSize - 1) / ChunkSize)
	index := int(r.start / ChunkSize)
	d, err := s.store.GetDeployment(ctx, f.ProjectID, f.ID, id)
	if models.IsCode(err, models.CodeDeploymentNotFound) {
		d = s.newDeployment(f, id, u.kind, u.entrypoint, u.commands, u.activate)
		d.ChunksTotal, d.SourceSize, d.TotalSize = total, r.size, r.size
		if err = s.store.CreateDeployment(ctx, d); err == nil {
			err = s.deploymentCreated(ctx, d)
		} else if models.IsCode(err, models.CodeDeploymentAlreadyExists) {
			// Created meanwhile by a parallel chunk, or the ID belongs to
			// another function's deployment (then it stays untouched).
			d, err = s.store.GetDeployment(ctx, f.ProjectID, f.ID, id)
			if models.IsCode(err, models.CodeDeploymentNotFound) {
				err = models.DeploymentExists()
			}
		}
	}
	if err != nil {
		return nil, err
	}
	if d.ChunksTotal == 0 {
		// A deployment uploaded in one request: not this upload.
		return nil, models.DeploymentExists()
	}
	if d.ChunksTotal != total || d.SourceSize != r.size {
		return nil, models.Errorf(models.CodeStorageInvalidContentRange, "The content range does not match the upload of deployment %s.", id)
	}
	if d.SourcePath != "" { // complete already: a retried chunk
		if d.Status == models.DeploymentWaiting {
			return d, s.startBuild(ctx, d)
		}
		return d, nil
	}
	if err := s.storeChunk(ctx, d, u.file, index); err != nil {
		return nil, err
	}
	if d, err = s.store.GetDeployment(ctx, f.ProjectID, f.ID, id); err != nil {
		return nil, err
	}
	if d.ChunksUploaded < d.ChunksTotal {
		return d, nil
	}
	return s.assemble(ctx, d)
}

func chunkKey(projectID, deploymentID string, index int) string {
	return artifacts.ChunkKey(projectID, deploymentID, index)
}

// storeChunk writes the chunk file first, then counts it, once per index.
func (s *Server) storeChunk(ctx context.Context, d *models.Deployment, fh *multipart.FileHeader, index int) error {
	key := chunkKey(d.ProjectID, d.ID, index)
	defer lockUpload(key)()
	if _, err := s.arts.Size(ctx, key); err == nil {
		return nil // this index was stored and counted already
	} else if !errors.Is(err, artifacts.ErrNotFound) {
		return err
	}
	file, err := fh.Open()
	if err != nil {
		return fmt.Errorf("open chunk: %w", err)
	}
	defer file.Close()
	if _, err := s.arts.Put(ctx, key, file); err != nil {
		return err
	}
	return s.store.CountDeploymentChunk(ctx, d.ProjectID, d.ID)
}

// assemble joins the chunks into the source archive, validates it and
// starts the build. A refused archive removes the deployment.
func (s *Server) assemble(ctx context.Context, d *models.Deployment) (*models.Deployment, error) {
	defer lockUpload("assemble/" + d.ProjectID + "/" + d.ID)()
	d, err := s.store.GetDeployment(ctx, d.ProjectID, d.FunctionID, d.ID)
	if err != nil {
		return nil, err
	}
	if d.SourcePath != "" {
		return d, nil
	}
	readers := make([]io.Reader, 0, d.ChunksTotal)
	for i := 0; i < d.ChunksTotal; i++ {
		cf, err := s.arts.Open(ctx, chunkKey(d.ProjectID, d.ID, i))
		if err != nil {
			return nil, fmt.Errorf("assemble chunk %d: %w", i, err)
		}
		defer cf.Close()
		readers = append(readers, cf)
	}
	key := artifacts.SourceKey(d.ProjectID, d.ID)
	n, err := s.arts.Put(ctx, key, io.MultiReader(readers...))
	if err != nil {
		return nil, err
	}
	refuse := func(e error) (*models.Deployment, error) {
		cctx := context.WithoutCancel(ctx)
		if err := s.arts.Delete(cctx, artifacts.DeploymentPrefix(d.ProjectID, d.ID)); err != nil {
			return nil, errors.Join(e, err)
		}
		if err := s.store.DeleteDeployment(cctx, d.ProjectID, d.FunctionID, d.ID); err != nil {
			return nil, errors.Join(e, err)
		}
		if err := s.store.SyncLatestDeployment(cctx, d.ProjectID, d.FunctionID); err != nil {
			return nil, errors.Join(e, err)
		}
		s.publishDeployment(cctx, d, "delete")
		return nil, e
	}
	if n != d.SourceSize {
		return refuse(models.Errorf(models.CodeStorageInvalidFileSize, "The uploaded chunks add up to %d bytes, not %d.", n, d.SourceSize))
	}
	src, err := s.arts.Open(ctx, key)
	if err != nil {
		return nil, err
	}
	_, verr := artifacts.Validate(src, s.unpackLimits())
	src.Close()
	if verr != nil {
		if errors.Is(verr, artifacts.ErrInvalidArchive) {
			return refuse(invalidCode(verr))
		}
		return nil, verr
	}
	if err := s.arts.Delete(ctx, artifacts.ChunksPrefix(d.ProjectID, d.ID)); err != nil {
		return nil, err
	}
	if err := s.store.SetDeploymentSourcePath(ctx, d.ProjectID, d.ID, key); err != nil {
		return nil, err
	}
	d.SourcePath = key
	if err := s.startBuild(ctx, d); err != nil {
		return nil, err
	}
	return d, nil
}

// startBuild starts the deployment's BuildWorkflow once: a running build is
// reused and a finished one is not started again.
func (s *Server) startBuild(ctx context.Context, d *models.Deployment) error {
	traceDeployment(ctx, d)
	if d.Activate {
		if err := s.store.ClearActivateExcept(ctx, d.ProjectID, d.FunctionID, d.ID); err != nil {
			return err
		}
	}
	opts := client.StartWorkflowOptions{
		ID:                       contract.BuildWorkflowID(d.ProjectID, d.ID),
		TaskQueue:                s.cfg.Temporal.TaskQueue,
		WorkflowIDConflictPolicy: enums.WORKFLOW_ID_CONFLICT_POLICY_USE_EXISTING,
		WorkflowIDReusePolicy:    enums.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE,
		TypedSearchAttributes: contract.SearchAttributes(contract.Attrs{ProjectID: d.ProjectID, FunctionID: d.FunctionID,
			DeploymentID: d.ID, Trigger: contract.TriggerBuild}),
		StaticSummary: contract.BuildSummary(d.FunctionID, d.ID),
	}
	in := contract.BuildInput{ProjectID: d.ProjectID, FunctionID: d.FunctionID, DeploymentID: d.ID,
		TimeoutSeconds: int(s.cfg.Limits.BuildTimeout.Seconds())}
	_, err := s.startWorkflow(ctx, opts, contract.BuildWorkflow, in)
	var started *serviceerror.WorkflowExecutionAlreadyStarted
	if err != nil && !errors.As(err, &started) {
		return s.buildNotStarted(ctx, d, fmt.Errorf("start build workflow: %w", err))
	}
	return nil
}

// runnableText refuses an entrypoint or commands that cannot reach a
// container: a NUL cannot be in its environment or command line, and
// invalid UTF-8 would not be stored as sent. Appwrite's Text validator
// lets both through and the deployment then fails in the engine.
func runnableText(name, v string, max int) error {
	if strings.ContainsRune(v, 0) || !utf8.ValidString(v) {
		return invalid(name, fmt.Sprintf("Value must be a valid string and at least 0 chars and no longer than %d chars, valid UTF-8 without NUL characters", max))
	}
	return nil
}
