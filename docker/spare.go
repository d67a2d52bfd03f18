package docker

import (
	"archive/tar"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/docker/docker/api/types/container"
	"golang.org/x/sys/unix"
)

// Spares: pre-started, code-less runtime containers, so that a cold start
// does not wait for `docker run`.
//
// A spare is a runtime container with the same hardening and limits as any
// other (createConfigs), started from an image whose server supports
// specialization (image label LabelSpecialize), but without code and
// without anything of a function: its Docker environment holds only HOME,
// FNFLOW_SPARE=1 and its own random OPEN_RUNTIMES_SECRET; its labels name
// no project, function or deployment; its name is
// fnflow-runtime-spare-<random>. Its code directory is an empty
// size-capped tmpfs volume owned by root (mode 0755: the runtime user reads
// it as it reads the usual read-only bind mount, and cannot write to it).
//
// A cold start (or scale-up) of a deployment whose image has an idle spare
// specializes it instead of creating a container:
//
//  1. the deployment's code (the extracted build output in the code cache)
//     goes into the code volume through the Engine's archive API, as a tar
//     made here: regular files (owner root, permission bits kept), symbolic
//     links as links, directories; nothing else. Files are opened beneath
//     the code directory without following any link (openat2);
//  2. at the same time its CPU and memory limits are updated when the
//     function's specification differs from the spare's;
//  3. POST /__opr/specialize, authenticated with the spare's secret, hands
//     the function's environment (variables, APPWRITE_*, OPEN_RUNTIMES_*)
//     to the server, which sets its process environment and from then on
//     serves (it loads the entrypoint at the first request, as usual). The
//     server accepts this once; a later call is refused. So secrets never
//     sit in a container's Docker configuration;
//  4. the container joins the deployment's key like any cold-started one,
//     and belongs to that deployment until it is removed: it is never handed
//     to another deployment, function or project.
//
// A deployment whose code is bigger than the spare's code volume, or an
// image without spare support, takes the usual path; so does a failed
// specialization (the spare is removed). The pool refills in the
// background. Which images get spares: PoolOptions.SpareImages from the
// start, and any image in use on this worker: one with a serving container,
// or a cold start in the last IdleTimeout.

// Spare defaults.
const (
	// LabelSpecialize ("1") on an image: its server implements
	// POST /__opr/specialize (runtimes.LabelSpecialize).
	LabelSpecialize = "fnflow.runtime.specialize"
	// DefaultSpareCodeBytes and DefaultSpareCodeInodes cap a spare's code
	// volume; a deployment whose code exceeds them gets a usual cold start.
	// Copying is not free (measured: 50 MiB in 2000 files ≈ 270 ms, against
	// ≈ 80 ms for a small function), and each specialized container holds
	// its own copy in memory where bind mounts share the page cache: past
	// 64 MiB the usual start is about as fast and cheaper.
	DefaultSpareCodeBytes  = 64 << 20
	DefaultSpareCodeInodes = 50_000
	// spareRetry holds back an image's refill after a spare failed to start.
	spareRetry    = 30 * time.Second
	specializeURL = "/__opr/specialize"
	envSpare      = "FNFLOW_SPARE"
	// tmpfsPage is what each file and directory of the code volume is
	// counted at least (tmpfs allocates whole pages).
	tmpfsPage = 4096
)

// spareImage is the spare state of one image; guarded by Pool.mu.
type spareImage struct {
	idle      []*warm   // ready spares, oldest first
	starting  int       // spares being started
	lastUsed  time.Time // last cold start of the image (learned images)
	pinned    bool      // in PoolOptions.SpareImages
	supported *bool     // the image's LabelSpecialize, once inspected
	noUntil   time.Time // refill held back after a failure
}

// spareLabel says whether the image's server supports specialization.
func (e *Engine) spareLabel(ctx context.Context, ref string) (bool, error) {
	ctx, cancel := e.callCtx(ctx)
	defer cancel()
	info, err := e.cli.ImageInspect(ctx, ref)
	if err != nil {
		if isNotFound(err) {
			return false, &ImageNotFoundError{Image: ref, Err: err}
		}
		return false, fmt.Errorf("docker: inspect image %s: %w", ref, err)
	}
	return info.Config != nil && info.Config.Labels[LabelSpecialize] == "1", nil
}

// ExpectImage says a deployment of image is about to need a container (its
// build is starting): the image counts as in use and gets its spares now,
// so the deployment's first instance (the pre-warm when it turns ready)
// specializes a spare instead of paying a full cold start. No-op with
// spares off or for images whose server cannot be specialized.
func (p *Pool) ExpectImage(image string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.wantSpareLocked(image)
}

// wantSpareLocked marks image as in use (a cold start) and refills it.
// p.mu must be held.
func (p *Pool) wantSpareLocked(image string) {
	if p.opts.Spares <= 0 {
		return
	}
	si := p.spares[image]
	if si == nil {
		si = &spareImage{}
		p.spares[image] = si
	}
	si.lastUsed = time.Now()
	p.refillLocked(image, si)
}

// refillLocked starts the spares image lacks, room permitting. p.mu must
// be held.
func (p *Pool) refillLocked(image string, si *spareImage) {
	if p.closed || p.opts.Spares <= 0 || (si.supported != nil && !*si.supported) || time.Now().Before(si.noUntil) {
		return
	}
	for n := p.opts.Spares - len(si.idle) - si.starting; n > 0; n-- {
		if p.totalLocked() >= p.opts.MaxContainers {
			return // spares never evict anything
		}
		si.starting++
		p.wg.Add(1)
		go p.startSpare(image)
	}
}

// totalLocked counts every container of the pool, spares included.
func (p *Pool) totalLocked() int {
	n := p.instancesLocked() + len(p.draining) + len(p.starting)
	for _, si := range p.spares {
		n += len(si.idle) + si.starting
	}
	return n
}

// dropSpareLocked removes one idle spare (the oldest) to make room for a
// serving container. p.mu must be held.
func (p *Pool) dropSpareLocked() bool {
	for _, si := range p.spares {
		if len(si.idle) > 0 {
			w := si.idle[0]
			si.idle = si.idle[1:]
			p.destroyAsync(w, false)
			return true
		}
	}
	return false
}

// startSpare starts one spare of image (a slot counted in
// spareImage.starting and p.wg) and adds it to the idle spares.
func (p *Pool) startSpare(image string) {
	defer p.wg.Done()
	ctx, cancel := context.WithTimeout(p.base, p.opts.ReadyTimeout)
	defer cancel()
	var w *warm
	p.mu.Lock()
	si := p.spares[image]
	checked := si.supported != nil
	p.mu.Unlock()
	ok, err := true, error(nil)
	if !checked {
		ok, err = p.eng.spareLabel(ctx, image)
	}
	if err == nil && ok {
		w, err = p.bootWarm(ctx, &warm{spec: RuntimeSpec{Image: image}, secret: randomHex(32), spare: true,
			exited: make(chan struct{})}, p.spareSpec(image))
	}
	p.mu.Lock()
	si = p.spares[image]
	si.starting--
	if err == nil && !checked {
		si.supported = &ok
	}
	keep := err == nil && ok && !p.closed
	if keep {
		si.idle = append(si.idle, w)
	} else if err != nil {
		si.noUntil = time.Now().Add(spareRetry)
	}
	p.mu.Unlock()
	var notFound *ImageNotFoundError
	switch {
	case w != nil && !keep: // started as the pool closed
		cctx, cancel := p.eng.cleanupCtx(ctx)
		defer cancel()
		if err := w.destroy(cctx, p.eng, false); err != nil {
			p.log.Warn("cannot remove a spare runtime container", "container_id", shortID(w.id), "error", err)
		}
	case errors.As(err, &notFound) || p.base.Err() != nil: // image missing, or pool closed
		p.log.Debug("no spare", "image", image, "error", err)
	case err != nil:
		p.log.Warn("starting a spare runtime container failed", "image", image, "error", err)
	case !ok:
		p.log.Info("image has no spare support; no spares for it", "image", image)
	default:
		p.log.Debug("spare runtime container ready", "container_id", shortID(w.id), "image", image)
	}
}

// spareSpec is the container of a spare: no code, no function, no owner.
func (p *Pool) spareSpec(image string) ContainerSpec {
	return ContainerSpec{
		Role: RoleRuntime, Image: image, Spare: true,
		Env: []string{"HOME=/tmp", envSpare + "=1"}, // the secret is added by bootWarm
		Mounts: []Mount{
			{Target: CodeMountPath, Volume: &TmpfsVolume{SizeBytes: p.opts.SpareCodeBytes, Inodes: p.opts.SpareCodeInodes, RootOwned: true}},
			{Target: LogsMountPath, Volume: logsVolume(p.opts.MaxLogBytes)},
		},
		CPUs: p.opts.SpareCPUs, MemoryMB: p.opts.SpareMemoryMB, TmpMB: p.opts.SpareTmpMB, PublishPort: RuntimePort,
	}
}

// takeSpare hands out an idle live spare of image, or nil. p.mu must be
// held. The caller owns it from then on.
func (p *Pool) takeSpareLocked(image string) *warm {
	si := p.spares[image]
	if si == nil {
		return nil
	}
	for len(si.idle) > 0 {
		w := si.idle[0]
		si.idle = si.idle[1:]
		if w.alive() {
			return w
		}
		p.destroyAsync(w, false)
	}
	return nil
}

// sweepSparesLocked removes dead spares and those of images no longer in
// use (no serving container, no cold start for IdleTimeout; pinned images
// always are), and refills the others. p.mu must be held.
func (p *Pool) sweepSparesLocked(now time.Time) {
	serving := map[string]bool{}
	for _, w := range p.allLocked() {
		serving[w.spec.Image] = true
	}
	for image, si := range p.spares {
		live := si.idle[:0]
		for _, w := range si.idle {
			if w.alive() {
				live = append(live, w)
			} else {
				p.destroyAsync(w, false)
			}
		}
		si.idle = live
		if !si.pinned && !serving[image] && now.Sub(si.lastUsed) >= p.opts.IdleTimeout {
			for _, w := range si.idle {
				p.destroyAsync(w, true)
			}
			si.idle = nil
			if si.starting == 0 {
				delete(p.spares, image)
			}
			continue
		}
		p.refillLocked(image, si)
	}
}

// startFor starts a container for spec: a spare specialized for it when
// one is idle and fits, otherwise a new one (startWarm).
func (p *Pool) startFor(ctx context.Context, spec RuntimeSpec, key string) (*warm, error) {
	if p.opts.Spares <= 0 {
		return p.startWarm(ctx, spec, key)
	}
	// A limit can be changed, not lifted: a spec without one takes a new container.
	limitsFit := (spec.CPUs > 0 || p.opts.SpareCPUs <= 0) && (spec.MemoryMB > 0 || p.opts.SpareMemoryMB <= 0)
	p.mu.Lock()
	p.wantSpareLocked(spec.Image)
	si := p.spares[spec.Image]
	idle := si != nil && len(si.idle) > 0
	p.mu.Unlock()
	if !idle || !limitsFit || startupEnv(spec.Env) != "" {
		return p.startWarm(ctx, spec, key)
	}
	code, err := scanCode(spec.CodeDir)
	if err != nil {
		p.log.Warn("cannot list the code for a spare; starting a new container", spec.logAttrs("error", err)...)
		return p.startWarm(ctx, spec, key)
	}
	if code.bytes > p.opts.SpareCodeBytes || code.inodes >= p.opts.SpareCodeInodes {
		return p.startWarm(ctx, spec, key) // does not fit the spare's code volume
	}
	p.mu.Lock()
	w := p.takeSpareLocked(spec.Image)
	p.wantSpareLocked(spec.Image) // refill
	p.mu.Unlock()
	if w == nil {
		return p.startWarm(ctx, spec, key) // taken meanwhile
	}
	began := time.Now()
	traceEvent(ctx, EventSpareClaimed, w)
	if err := p.specialize(ctx, w, spec, key, code); err != nil {
		traceEvent(ctx, EventSpecializeFail, w)
		cctx, cancel := p.eng.cleanupCtx(ctx)
		defer cancel()
		err = errors.Join(err, w.destroy(cctx, p.eng, false))
		if ctx.Err() != nil {
			return nil, err
		}
		p.log.Warn("specializing a spare failed; starting a new container", w.logAttrs("error", err)...)
		return p.startWarm(ctx, spec, key)
	}
	w.specializeTook = time.Since(began)
	traceEvent(ctx, EventSpecialized, w)
	return w, nil
}

// specialize turns spare w into a container of spec: code, limits,
// environment (see the top of this file).
func (p *Pool) specialize(ctx context.Context, w *warm, spec RuntimeSpec, key string, code codeTree) error {
	w.key, w.spec, w.spare, w.claimed = key, spec, false, time.Now()
	updated := make(chan error, 1)
	go func() {
		if spec.CPUs == p.opts.SpareCPUs && spec.MemoryMB == p.opts.SpareMemoryMB {
			updated <- nil
			return
		}
		updated <- p.eng.updateLimits(ctx, w.id, spec.CPUs, spec.MemoryMB)
	}()
	copyErr := p.eng.copyCode(ctx, w.id, code)
	if err := errors.Join(copyErr, <-updated); err != nil {
		return err
	}
	env := map[string]string{}
	for _, kv := range spec.containerEnv(w.secret) {
		k, v, _ := strings.Cut(kv, "=")
		if k != "OPEN_RUNTIMES_SECRET" {
			env[k] = v
		}
	}
	body, err := json.Marshal(map[string]any{"env": env})
	if err != nil {
		return fmt.Errorf("docker: specialize: %w", err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, w.base+specializeURL, bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("docker: specialize: %w", err)
	}
	req.Header.Set(headerSecret, w.secret)
	req.Header.Set("content-type", "application/json")
	resp, err := w.client.Do(req)
	if err != nil {
		return fmt.Errorf("docker: specialize container %s: %w", shortID(w.id), err)
	}
	defer resp.Body.Close()
	msg, _ := io.ReadAll(io.LimitReader(resp.Body, 1024))
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("docker: specialize container %s: answered %d %q", shortID(w.id), resp.StatusCode, msg)
	}
	return nil
}

// claimedBy is the owner of a specialized spare of the pool (zero for an
// idle spare or an unknown container).
func (p *Pool) claimedBy(id string) Owner {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, w := range p.allLocked() {
		if w.id == id && !w.claimed.IsZero() {
			return w.spec.owner()
		}
	}
	for w := range p.draining {
		if w.id == id && !w.claimed.IsZero() {
			return w.spec.owner()
		}
	}
	return Owner{}
}

// startupEnv names a variable of env that the interpreter or the C
// library read only when the process starts (NODE_OPTIONS, PYTHONPATH,
// LD_PRELOAD, LANG, ...): setting it in a running spare's server would not
// act as it does in a fresh container, so such a function takes the usual
// start. "" when there is none. (TZ is fine: node re-reads it when set,
// the python server calls time.tzset.)
func startupEnv(env map[string]string) string {
	for k := range env {
		switch {
		case strings.HasPrefix(k, "NODE_"), strings.HasPrefix(k, "PYTHON"), strings.HasPrefix(k, "LD_"),
			strings.HasPrefix(k, "UV_"), strings.HasPrefix(k, "MALLOC_"), strings.HasPrefix(k, "GLIBC_"),
			strings.HasPrefix(k, "LC_"), k == "LANG", k == "LANGUAGE", k == "OPENSSL_CONF", k == "PATH":
			return k
		}
	}
	return ""
}

// updateLimits sets a running container's CPU and memory limits (0 keeps
// the current one: Docker cannot lift a limit).
func (e *Engine) updateLimits(ctx context.Context, id string, cpus float64, memoryMB int) error {
	mem, swap, err := memoryLimits(memoryMB)
	if err != nil {
		return err
	}
	ctx, cancel := e.callCtx(ctx)
	defer cancel()
	r := container.Resources{NanoCPUs: nanoCPUs(cpus, e.hostCPUs), Memory: mem, MemorySwap: swap}
	if _, err := e.cli.ContainerUpdate(ctx, id, container.UpdateConfig{Resources: r}); err != nil {
		return fmt.Errorf("docker: update limits of container %s: %w", shortID(id), err)
	}
	return nil
}

// codeTree is a deployment's extracted code, listed for a spare.
type codeTree struct {
	dir     string
	entries []codeEntry
	bytes   int64 // what it takes on a tmpfs, roughly
	inodes  int
}

type codeEntry struct {
	rel  string
	mode fs.FileMode
	size int64
	mod  time.Time
	link string
}

// scanCode lists the code directory without following links. The tree is
// the code cache's (written by fnflow only, see activities.CodeDir); the
// host still never follows a link in it.
func scanCode(dir string) (codeTree, error) {
	t := codeTree{dir: dir}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if path == dir {
			return nil
		}
		rel, err := filepath.Rel(dir, path)
		if err != nil {
			return err
		}
		info, err := d.Info() // lstat
		if err != nil {
			return err
		}
		e := codeEntry{rel: filepath.ToSlash(rel), mode: info.Mode(), size: info.Size(), mod: info.ModTime()}
		switch {
		case info.Mode().IsRegular():
			t.bytes += (info.Size() + tmpfsPage - 1) / tmpfsPage * tmpfsPage
		case info.IsDir():
			t.bytes += tmpfsPage
		case info.Mode()&fs.ModeSymlink != 0:
			if e.link, err = os.Readlink(path); err != nil {
				return err
			}
			t.bytes += tmpfsPage
		default:
			return nil // no special files (the unpacker makes none)
		}
		t.inodes++
		t.entries = append(t.entries, e)
		return nil
	})
	if err != nil {
		return codeTree{}, fmt.Errorf("docker: list code %s: %w", dir, err)
	}
	return t, nil
}

// copyCode writes the code tree into the container's code volume.
func (e *Engine) copyCode(ctx context.Context, id string, t codeTree) error {
	pr, pw := io.Pipe()
	go func() { pw.CloseWithError(t.writeTar(pw)) }()
	defer pr.Close()
	cctx, cancel := e.callCtx(ctx)
	defer cancel()
	if err := e.cli.CopyToContainer(cctx, id, CodeMountPath, pr, container.CopyToContainerOptions{}); err != nil {
		return fmt.Errorf("docker: copy code into container %s: %w", shortID(id), err)
	}
	return nil
}

// writeTar writes the tree as a tar: owner root, permission bits only.
func (t codeTree) writeTar(w io.Writer) error {
	root, err := os.OpenFile(t.dir, os.O_RDONLY|unix.O_DIRECTORY|unix.O_NOFOLLOW, 0)
	if err != nil {
		return err
	}
	defer root.Close()
	tw := tar.NewWriter(w)
	for _, e := range t.entries {
		h := &tar.Header{Name: e.rel, Mode: int64(e.mode.Perm()), ModTime: e.mod, Uid: 0, Gid: 0, Format: tar.FormatPAX}
		switch {
		case e.mode.IsDir():
			h.Typeflag, h.Name = tar.TypeDir, e.rel+"/"
		case e.mode&fs.ModeSymlink != 0:
			h.Typeflag, h.Linkname = tar.TypeSymlink, e.link
		default:
			h.Typeflag, h.Size = tar.TypeReg, e.size
		}
		if err := tw.WriteHeader(h); err != nil {
			return err
		}
		if h.Typeflag == tar.TypeReg {
			if err := copyBeneath(tw, root, e.rel, e.size); err != nil {
				return err
			}
		}
	}
	return tw.Close()
}

// copyBeneath copies the regular file rel under root, opened without
// following any link, exactly size bytes.
func copyBeneath(w io.Writer, root *os.File, rel string, size int64) error {
	fd, err := ignoringEINTR(func() (int, error) {
		return unix.Openat2(int(root.Fd()), rel, &unix.OpenHow{
			Flags:   unix.O_RDONLY | unix.O_NOFOLLOW | unix.O_NONBLOCK | unix.O_CLOEXEC,
			Resolve: unix.RESOLVE_BENEATH | unix.RESOLVE_NO_SYMLINKS | unix.RESOLVE_NO_MAGICLINKS | unix.RESOLVE_NO_XDEV,
		})
	})
	if err != nil {
		return fmt.Errorf("open %s: %w", rel, err)
	}
	f := os.NewFile(uintptr(fd), rel)
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return err
	}
	if !st.Mode().IsRegular() || st.Size() != size {
		return fmt.Errorf("%s changed while copying", rel)
	}
	n, err := io.Copy(w, io.LimitReader(f, size))
	if err == nil && n != size {
		err = fmt.Errorf("%s: short read", rel)
	}
	return err
}
