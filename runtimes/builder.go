package runtimes

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	cerrdefs "github.com/containerd/errdefs"
	"github.com/docker/docker/api/types/container"
	"github.com/docker/docker/api/types/filters"
	"github.com/docker/docker/api/types/image"
	"github.com/docker/docker/api/types/network"
	"github.com/docker/docker/client"
	ocispec "github.com/opencontainers/image-spec/specs-go/v1"
)

// EngineAPI is the part of the Docker Engine API the builder uses;
// *client.Client implements it.
type EngineAPI interface {
	ImageInspect(ctx context.Context, imageID string, opts ...client.ImageInspectOption) (image.InspectResponse, error)
	ImageImport(ctx context.Context, source image.ImportSource, ref string, options image.ImportOptions) (io.ReadCloser, error)
	ImageRemove(ctx context.Context, imageID string, options image.RemoveOptions) ([]image.DeleteResponse, error)
	ImageList(ctx context.Context, options image.ListOptions) ([]image.Summary, error)
	ContainerCreate(ctx context.Context, config *container.Config, hostConfig *container.HostConfig, networkingConfig *network.NetworkingConfig, platform *ocispec.Platform, containerName string) (container.CreateResponse, error)
	CopyToContainer(ctx context.Context, containerID, dstPath string, content io.Reader, options container.CopyToContainerOptions) error
	ContainerStart(ctx context.Context, containerID string, options container.StartOptions) error
	ContainerWait(ctx context.Context, containerID string, condition container.WaitCondition) (<-chan container.WaitResponse, <-chan error)
	ContainerLogs(ctx context.Context, containerID string, options container.LogsOptions) (io.ReadCloser, error)
	ContainerCommit(ctx context.Context, containerID string, options container.CommitOptions) (container.CommitResponse, error)
	ContainerRemove(ctx context.Context, containerID string, options container.RemoveOptions) error
}

// Deadlines of the Docker calls.
const (
	inspectTimeout = 30 * time.Second
	importTimeout  = 10 * time.Minute
	layerTimeout   = 5 * time.Minute
	removeTimeout  = time.Minute
)

// Builder builds runtime images locally: a base image imported from a
// Debian root filesystem (cached by BaseHash), then the runtime server layer
// (labelled with ImageHash). Images whose label matches are not rebuilt.
type Builder struct {
	Images      EngineAPI
	Definitions []Definition // the runtimes it knows; NewBuilder sets Catalog()
	Mirror      Mirror       // zero value: DefaultMirror()
	TempDir     string       // scratch space for root filesystems; empty: os.TempDir()
	Force       bool         // rebuild even images that are up to date
}

// NewBuilder returns a builder for the built-in catalog.
func NewBuilder(engine EngineAPI) *Builder {
	return &Builder{Images: engine, Definitions: Catalog()}
}

// Build makes the images of the given runtime IDs (every runtime when ids is
// empty), writing one progress line per step. Runtimes that use a
// configured upstream image are skipped. It tries every runtime and returns
// the errors together.
func (b *Builder) Build(ctx context.Context, ids []string, progress io.Writer) error {
	if progress == nil {
		progress = io.Discard
	}
	defs, err := b.selectDefs(ids)
	if err != nil {
		return err
	}
	mirror := b.Mirror
	if mirror.Main == "" {
		mirror = DefaultMirror()
	}
	scratch, err := os.MkdirTemp(b.TempDir, "fnflow-runtimes-")
	if err != nil {
		return fmt.Errorf("scratch directory: %w", err)
	}
	defer os.RemoveAll(scratch)
	s := &buildSession{b: b, mirror: mirror, scratch: scratch, apt: map[string]*aptSuite{}, out: progress}

	var errs []error
	for _, d := range defs {
		if d.Upstream {
			fmt.Fprintf(progress, "[%s] uses the configured image %s: nothing to build\n", d.ID, d.Image)
			continue
		}
		if err := s.buildRuntime(ctx, d); err != nil {
			fmt.Fprintf(progress, "[%s] FAILED: %v\n", d.ID, err)
			errs = append(errs, fmt.Errorf("runtime %s: %w", d.ID, err))
		}
	}
	return errors.Join(errs...)
}

// Missing returns the IDs of runtimes whose image is absent or out of date
// (for upstream images: absent).
func (b *Builder) Missing(ctx context.Context) ([]string, error) {
	var missing []string
	for _, d := range b.Definitions {
		ok, err := b.upToDate(ctx, d)
		if err != nil {
			return nil, err
		}
		if !ok {
			missing = append(missing, d.ID)
		}
	}
	return missing, nil
}

func (b *Builder) upToDate(ctx context.Context, d Definition) (bool, error) {
	info, found, err := b.inspect(ctx, d.Image)
	if err != nil || !found {
		return false, err
	}
	if d.Upstream {
		return true, nil
	}
	want, err := ImageHash(d)
	if err != nil {
		return false, err
	}
	return imageLabel(info, LabelRuntimeHash) == want, nil
}

func (b *Builder) selectDefs(ids []string) ([]Definition, error) {
	if len(ids) == 0 {
		return slices.Clone(b.Definitions), nil
	}
	var defs []Definition
	for _, id := range ids {
		d, ok := Find(b.Definitions, id)
		if !ok {
			return nil, fmt.Errorf("unknown runtime %q (known: %s)", id, strings.Join(definitionIDs(b.Definitions), ", "))
		}
		defs = append(defs, d)
	}
	return defs, nil
}

// inspect returns found=false, and no error, for an image that does not exist.
// A daemon busy with something else (removing large images, say) can hold
// an inspect past its deadline: it is asked again, up to three times.
func (b *Builder) inspect(ctx context.Context, ref string) (image.InspectResponse, bool, error) {
	var info image.InspectResponse
	var err error
	for attempt := 1; attempt <= 3; attempt++ {
		ictx, cancel := context.WithTimeout(ctx, inspectTimeout)
		info, err = b.Images.ImageInspect(ictx, ref)
		cancel()
		if err == nil || ctx.Err() != nil || !errors.Is(err, context.DeadlineExceeded) {
			break
		}
	}
	if cerrdefs.IsNotFound(err) {
		return info, false, nil
	}
	if err != nil {
		return info, false, fmt.Errorf("inspecting image %s: %w", ref, err)
	}
	return info, true, nil
}

func imageLabel(info image.InspectResponse, key string) string {
	if info.Config == nil {
		return ""
	}
	return info.Config.Labels[key]
}

// buildSession shares apt package indexes and downloads between the
// runtimes of one Build call.
type buildSession struct {
	b       *Builder
	mirror  Mirror
	scratch string
	apt     map[string]*aptSuite
	out     io.Writer
}

func (s *buildSession) buildRuntime(ctx context.Context, d Definition) error {
	start := time.Now()
	hash, err := ImageHash(d)
	if err != nil {
		return err
	}
	current, found, err := s.b.inspect(ctx, d.Image)
	if err != nil {
		return err
	}
	if found && !s.b.Force && imageLabel(current, LabelRuntimeHash) == hash {
		fmt.Fprintf(s.out, "[%s] up to date: %s (%s, hash %s)\n", d.ID, d.Image, humanBytes(current.Size), hash[:12])
		return nil
	}
	if err := s.ensureBase(ctx, d); err != nil {
		return err
	}
	if err := s.buildLayer(ctx, d, hash); err != nil {
		return err
	}
	built, _, err := s.b.inspect(ctx, d.Image)
	if err != nil {
		return err
	}
	if found && current.ID != built.ID {
		s.removeQuietly(ctx, current.ID) // the old image, unless a container still uses it
	}
	s.pruneBases(ctx, d)
	fmt.Fprintf(s.out, "[%s] built %s in %s (%s, hash %s)\n", d.ID, d.Image, since(start), humanBytes(built.Size), hash[:12])
	return nil
}

func (s *buildSession) ensureBase(ctx context.Context, d Definition) error {
	tag, hash := BaseImage(d), BaseHash(d)
	info, found, err := s.b.inspect(ctx, tag)
	if err != nil {
		return err
	}
	if found && !s.b.Force && imageLabel(info, LabelBaseHash) == hash {
		fmt.Fprintf(s.out, "[%s] base %s cached (%s)\n", d.ID, tag, humanBytes(info.Size))
		return nil
	}
	fmt.Fprintf(s.out, "[%s] base %s: Debian %s, packages %s\n", d.ID, tag, d.Suite, strings.Join(d.Packages, " "))
	start := time.Now()
	step := func(name string, fn func() (string, error)) error {
		t := time.Now()
		detail, err := fn()
		if err != nil {
			return err
		}
		fmt.Fprintf(s.out, "[%s]   %s: %s (%s)\n", d.ID, name, detail, since(t))
		return nil
	}
	var apt *aptSuite
	if err := step("apt index "+d.Suite, func() (string, error) {
		if apt = s.apt[d.Suite]; apt != nil {
			return "already read", nil
		}
		var err error
		apt, err = newAptSuite(ctx, s.scratch, d.Suite, s.mirror)
		s.apt[d.Suite] = apt
		return s.mirror.Main, err
	}); err != nil {
		return err
	}
	root, err := os.MkdirTemp(s.scratch, "rootfs-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(root)
	rootInfo, err := makeRootfs(ctx, apt, d.Packages, root, step)
	if err != nil {
		return err
	}
	err = step("docker import", func() (string, error) {
		if err := s.importTree(ctx, root, tag, baseImageChanges(d, rootInfo)); err != nil {
			return "", err
		}
		info, _, err := s.b.inspect(ctx, tag)
		return humanBytes(info.Size) + " image", err
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(s.out, "[%s] base %s ready in %s\n", d.ID, tag, since(start))
	return nil
}

func (s *buildSession) importTree(ctx context.Context, root, tag string, changes []string) error {
	ctx, cancel := context.WithTimeout(ctx, importTimeout)
	defer cancel()
	pr, pw := io.Pipe()
	go func() { pw.CloseWithError(writeTree(pw, root)) }()
	resp, err := s.b.Images.ImageImport(ctx, image.ImportSource{Source: pr, SourceName: "-"}, tag, image.ImportOptions{Changes: changes})
	if err != nil {
		pr.CloseWithError(err)
		return fmt.Errorf("docker import %s: %w", tag, err)
	}
	defer resp.Close()
	if _, err := readMessages(resp); err != nil {
		return fmt.Errorf("docker import %s: %w", tag, err)
	}
	return nil
}

func (s *buildSession) removeQuietly(ctx context.Context, id string) {
	ctx, cancel := context.WithTimeout(ctx, removeTimeout)
	defer cancel()
	_, _ = s.b.Images.ImageRemove(ctx, id, image.RemoveOptions{PruneChildren: true})
}

// pruneBases removes older bases made for the same suite and packages
// (their hash differs because the recipe changed), unless still in use.
func (s *buildSession) pruneBases(ctx context.Context, d Definition) {
	ctx, cancel := context.WithTimeout(ctx, removeTimeout)
	defer cancel()
	list, err := s.b.Images.ImageList(ctx, image.ListOptions{Filters: filters.NewArgs(filters.Arg("label", LabelBaseFor+"="+baseFor(d)))})
	if err != nil {
		return
	}
	keep := BaseImage(d)
	for _, img := range list {
		// Runtime images inherit the base's labels: only ever touch images
		// whose every tag is a base tag.
		isBase := len(img.RepoTags) > 0 && img.Labels[LabelRuntimeID] == ""
		for _, tag := range img.RepoTags {
			isBase = isBase && strings.HasPrefix(tag, BaseImagePrefix+":") && tag != keep
		}
		if isBase {
			s.removeQuietly(ctx, img.ID)
		}
	}
}

func since(t time.Time) string {
	return time.Since(t).Round(10 * time.Millisecond).String()
}
