package artifacts

import (
	"archive/tar"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// ErrInvalidArchive marks an archive refused by Validate or Unpack. The
// error text after the prefix is safe to show to users.
var ErrInvalidArchive = errors.New("invalid archive")

// Limits bound what an archive may unpack to. Zero values mean no limit.
type Limits struct {
	// MaxBytes is the total size of all regular files.
	MaxBytes int64
	// MaxFiles is the number of entries (files, directories, links).
	MaxFiles int
	// MaxRatio is the largest unpacked/compressed size ratio accepted once
	// more than RatioFloor bytes have been unpacked.
	MaxRatio int64
	// ContainerLinks accepts symlinks with absolute targets (a python
	// venv's bin/python3 -> /usr/bin/python3). Only for build outputs: their
	// links are resolved inside the runtime container, where an absolute
	// target names a file of the runtime image; the host never follows a
	// link of a code directory (it unpacks it here and mounts it read-only).
	// Entries through a link and relative targets leaving the root stay
	// refused.
	ContainerLinks bool
}

// RatioFloor is the unpacked size below which the compression ratio is not
// checked: tiny, very compressible sources are normal.
const RatioFloor = 1 << 20

// DefaultMaxRatio is a compression ratio no source tree reaches (text
// compresses about 5-10x) but gzip bombs (~1000x) do.
const DefaultMaxRatio = 200

// Stats describes a validated archive.
type Stats struct {
	Files        int   // entries of any kind
	UnpackedSize int64 // total size of regular files
}

func invalidf(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrInvalidArchive, fmt.Sprintf(format, args...))
}

// Reason returns the user-facing part of an ErrInvalidArchive error.
func Reason(err error) string {
	return strings.TrimPrefix(err.Error(), ErrInvalidArchive.Error()+": ")
}

// Validate reads a whole gzip-compressed tar archive and checks it would
// unpack safely within lim, writing nothing.
func Validate(r io.Reader, lim Limits) (Stats, error) {
	return walk(r, lim, nil)
}

// Unpack extracts a gzip-compressed tar archive into dest, which must not
// exist yet (an existing dest is replaced). The archive is extracted into a
// temporary sibling directory and renamed into place only when it was valid
// as a whole, so a refused archive leaves nothing behind.
func Unpack(ctx context.Context, r io.Reader, dest string, lim Limits) (Stats, error) {
	parent := filepath.Dir(dest)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return Stats{}, fmt.Errorf("artifacts: unpack: %w", err)
	}
	tmp, err := os.MkdirTemp(parent, ".unpack-*")
	if err != nil {
		return Stats{}, fmt.Errorf("artifacts: unpack: %w", err)
	}
	ok := false
	defer func() {
		if !ok {
			_ = os.RemoveAll(tmp)
		}
	}()
	if err := os.Chmod(tmp, 0o755); err != nil {
		return Stats{}, fmt.Errorf("artifacts: unpack: %w", err)
	}
	st, err := walk(ctxReader{ctx, r}, lim, func(h *tar.Header, name string, body io.Reader) error {
		return extract(tmp, h, name, body)
	})
	if err != nil {
		return st, err
	}
	if err := os.RemoveAll(dest); err != nil {
		return st, fmt.Errorf("artifacts: unpack: %w", err)
	}
	if err := os.Rename(tmp, dest); err != nil {
		return st, fmt.Errorf("artifacts: unpack: %w", err)
	}
	ok = true
	return st, nil
}

type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// cleanName checks and normalises an entry name: relative, no "..", no
// empty result. "." (the root itself) returns "".
func cleanName(name string) (string, error) {
	if name == "" || strings.ContainsRune(name, 0) {
		return "", invalidf("an entry has an empty or malformed name")
	}
	if strings.HasPrefix(name, "/") || filepath.IsAbs(name) {
		return "", invalidf("entry %q has an absolute path", name)
	}
	for _, part := range strings.Split(strings.TrimRight(name, "/"), "/") {
		if part == ".." {
			return "", invalidf("entry %q leaves the archive root", name)
		}
	}
	c := path.Clean(name)
	if c == "." {
		return "", nil
	}
	return c, nil
}

// within reports whether a link target, relative to the entry's directory,
// stays inside the root.
func within(entry, target string) bool {
	if target == "" || strings.HasPrefix(target, "/") {
		return false
	}
	j := path.Clean(path.Join(path.Dir(entry), target))
	return j != ".." && !strings.HasPrefix(j, "../")
}

type extractFunc func(h *tar.Header, name string, body io.Reader) error

// checker applies the entry rules every reader of an archive shares: clean
// relative names, no entry through a symlink of the archive, links that
// stay inside, no duplicates that change kind, only directories, regular
// files and links, and the size and count limits. It reads headers only.
type checker struct {
	lim Limits
	// where names the tree in messages: "the archive" for uploads, "the
	// build directory" for build outputs.
	where string
	// dropSpecial makes fifos, devices and the like a verdict (entryDrop)
	// instead of a refusal: a build's leftovers, not part of its code.
	dropSpecial bool
	kinds       map[string]byte // name → type of entries seen so far (parents count as directories)
	symlinks    map[string]bool
	targets     map[string]string // symlink name → target
	regular     int
	st          Stats
}

func newChecker(lim Limits, where string) *checker {
	return &checker{lim: lim, where: where, kinds: map[string]byte{}, symlinks: map[string]bool{}, targets: map[string]string{}}
}

// Verdicts of checker.check.
const (
	entryKeep = iota // a file, directory or link to write
	entrySkip        // nothing to write: the root itself, a global header
	entryDrop        // a special file left out (dropSpecial only)
)

// check decides about one header. The name it returns is clean and
// relative (slash-separated).
func (c *checker) check(h *tar.Header) (string, int, error) {
	if h.Typeflag == tar.TypeXGlobalHeader {
		return "", entrySkip, nil
	}
	name, err := cleanName(h.Name)
	if err != nil {
		return "", 0, err
	}
	if name == "" {
		return "", entrySkip, nil
	}
	if err := nameFits(name); err != nil {
		return "", 0, err
	}
	c.st.Files++
	if c.lim.MaxFiles > 0 && c.st.Files > c.lim.MaxFiles {
		return "", 0, invalidf("%s has more than %d entries", c.where, c.lim.MaxFiles)
	}
	// No entry may be written through a symlink of the archive.
	for p := path.Dir(name); p != "."; p = path.Dir(p) {
		if c.symlinks[p] {
			return "", 0, invalidf("entry %q goes through the symlink %q", h.Name, p)
		}
	}
	if prev, seen := c.kinds[name]; seen && prev != h.Typeflag || seen && h.Typeflag == tar.TypeSymlink {
		return "", 0, invalidf("entry %q appears more than once", h.Name)
	}
	switch h.Typeflag {
	case tar.TypeReg:
		if h.Size < 0 {
			return "", 0, invalidf("entry %q has a negative size", h.Name)
		}
		c.regular++
		c.st.UnpackedSize += h.Size
		if c.lim.MaxBytes > 0 && c.st.UnpackedSize > c.lim.MaxBytes {
			return "", 0, invalidf("%s holds more than %d bytes", c.where, c.lim.MaxBytes)
		}
	case tar.TypeDir:
	case tar.TypeSymlink:
		if c.lim.ContainerLinks && strings.HasPrefix(h.Linkname, "/") && !strings.ContainsRune(h.Linkname, 0) {
			c.symlinks[name] = true
			c.targets[name] = h.Linkname
			break
		}
		if !within(name, h.Linkname) {
			return "", 0, invalidf("symlink %q points outside %s (%q)", h.Name, c.where, h.Linkname)
		}
		c.symlinks[name] = true
		c.targets[name] = h.Linkname
	case tar.TypeLink:
		target, err := cleanName(h.Linkname)
		if err != nil || target == "" {
			return "", 0, invalidf("hard link %q points outside %s (%q)", h.Name, c.where, h.Linkname)
		}
		if k, ok := c.kinds[target]; !ok || k != tar.TypeReg {
			return "", 0, invalidf("hard link %q must point to a regular file earlier in %s (%q)", h.Name, c.where, h.Linkname)
		}
	default:
		if c.dropSpecial {
			c.st.Files--
			return name, entryDrop, nil
		}
		return "", 0, invalidf("entry %q has an unsupported type (devices, fifos and the like are not allowed)", h.Name)
	}
	// An entry beneath a file or a hard link cannot be written (the
	// worker's unpack and the build container's would fail on it later).
	for p := path.Dir(name); p != "."; p = path.Dir(p) {
		if k, seen := c.kinds[p]; seen {
			if k != tar.TypeDir {
				return "", 0, invalidf("entry %q lies beneath %q, which is not a directory", h.Name, p)
			}
			break
		}
	}
	c.kinds[name] = h.Typeflag
	// Parents written implicitly are directories: a later entry may not
	// turn one into a symlink or a file.
	for p := path.Dir(name); p != "."; p = path.Dir(p) {
		if _, seen := c.kinds[p]; seen {
			break
		}
		c.kinds[p] = tar.TypeDir
	}
	return name, entryKeep, nil
}

// Name limits: a component must fit NAME_MAX (255 bytes) and a whole name
// must leave room under PATH_MAX (4096) for the directory it is unpacked
// into (the worker's code directory, the build workspace).
const (
	maxNameComponent = 255
	maxNameLength    = 3072
)

// nameFits refuses a clean name the filesystem could not hold.
func nameFits(name string) error {
	if len(name) > maxNameLength {
		return invalidf("entry %q… has a name longer than %d bytes", name[:64], maxNameLength)
	}
	for _, part := range strings.Split(name, "/") {
		if len(part) > maxNameComponent {
			return invalidf("entry %q… has a path component longer than %d bytes", part[:64], maxNameComponent)
		}
	}
	return nil
}

// finish checks the archive as a whole once every entry passed.
func (c *checker) finish() error {
	if c.regular == 0 {
		return invalidf("%s contains no files", c.where)
	}
	for name, target := range c.targets {
		if strings.HasPrefix(target, "/") && c.lim.ContainerLinks {
			continue
		}
		if !resolvesWithin(c.targets, path.Dir(name), target, c.lim.ContainerLinks) {
			return invalidf("symlink %q leads outside %s through other links (%q)", name, c.where, target)
		}
	}
	return nil
}

func walk(r io.Reader, lim Limits, fn extractFunc) (Stats, error) {
	c := newChecker(lim, "the archive")
	cr := &countingReader{r: r}
	zr, err := gzip.NewReader(cr)
	if err != nil {
		return c.st, invalidf("the file is not gzip-compressed (%v)", err)
	}
	zr.Multistream(false)
	tr := tar.NewReader(zr)
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return c.st, invalidf("the archive is not a valid tar.gz file (%v)", err)
		}
		name, verdict, err := c.check(h)
		if err != nil {
			return c.st, err
		}
		if verdict != entryKeep {
			continue
		}
		if fn != nil {
			if err := fn(h, name, tr); err != nil {
				return c.st, err
			}
		} else if _, err := io.Copy(io.Discard, tr); err != nil {
			return c.st, invalidf("the archive is truncated or corrupt (%v)", err)
		}
		if err := checkRatio(lim, c.st.UnpackedSize, cr.n); err != nil {
			return c.st, err
		}
	}
	// Read to the end of the gzip stream so that its checksum is verified.
	if _, err := io.Copy(io.Discard, zr); err != nil {
		return c.st, invalidf("the archive is truncated or corrupt (%v)", err)
	}
	if err := checkRatio(lim, c.st.UnpackedSize, cr.n); err != nil {
		return c.st, err
	}
	return c.st, c.finish()
}

func checkRatio(lim Limits, unpacked, compressed int64) error {
	if lim.MaxRatio <= 0 || unpacked <= RatioFloor {
		return nil
	}
	if compressed < 1 {
		compressed = 1
	}
	if unpacked/compressed > lim.MaxRatio {
		return invalidf("the archive's compression ratio exceeds %d:1", lim.MaxRatio)
	}
	return nil
}

func extract(root string, h *tar.Header, name string, body io.Reader) error {
	dst := filepath.Join(root, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		return fmt.Errorf("artifacts: unpack %s: %w", name, err)
	}
	switch h.Typeflag {
	case tar.TypeDir:
		if err := os.MkdirAll(dst, 0o755); err != nil {
			return fmt.Errorf("artifacts: unpack %s: %w", name, err)
		}
	case tar.TypeSymlink:
		if err := os.Symlink(h.Linkname, dst); err != nil {
			return fmt.Errorf("artifacts: unpack %s: %w", name, err)
		}
	case tar.TypeLink:
		target := filepath.Join(root, filepath.FromSlash(path.Clean(h.Linkname)))
		_ = os.Remove(dst)
		if err := os.Link(target, dst); err != nil {
			return fmt.Errorf("artifacts: unpack %s: %w", name, err)
		}
	default:
		mode := fs.FileMode(0o644)
		if h.Mode&0o111 != 0 {
			mode = 0o755
		}
		// O_EXCL after removing: never write through an existing link.
		_ = os.Remove(dst)
		f, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, mode)
		if err != nil {
			return fmt.Errorf("artifacts: unpack %s: %w", name, err)
		}
		_, err = io.Copy(f, io.LimitReader(body, h.Size))
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			if errors.Is(err, io.ErrUnexpectedEOF) || strings.Contains(err.Error(), "gzip") || strings.Contains(err.Error(), "tar") {
				return invalidf("the archive is truncated or corrupt (%v)", err)
			}
			return fmt.Errorf("artifacts: unpack %s: %w", name, err)
		}
	}
	return nil
}

// resolvesWithin follows target from dir (both relative to the root,
// slash-separated) through the archive's links, as the kernel would (at most
// 40 links), and reports whether it stays inside the root. Each link stays
// inside on its own (within), but a path through a link continues from
// where that link points: "d/s -> .." and "t -> d/s/.." lead out although
// "d/s/.." cleans to "d".
// With containerLinks, a path reaching an absolute link ends in the
// runtime image's files: it is accepted.
func resolvesWithin(targets map[string]string, dir, target string, containerLinks bool) bool {
	cur := []string{} // components of the current directory below the root
	if dir != "." {
		cur = strings.Split(dir, "/")
	}
	pending := strings.Split(target, "/")
	for hops := 0; len(pending) > 0; {
		p := pending[0]
		pending = pending[1:]
		switch p {
		case "", ".":
			continue
		case "..":
			if len(cur) == 0 {
				return false
			}
			cur = cur[:len(cur)-1]
			continue
		}
		next := append(append([]string{}, cur...), p)
		link, isLink := targets[strings.Join(next, "/")]
		if !isLink {
			cur = next
			continue
		}
		if hops++; hops > 40 {
			return false // a loop: the kernel refuses it (ELOOP)
		}
		if strings.HasPrefix(link, "/") {
			return containerLinks
		}
		// Continue from the link's directory with its target, then the rest.
		pending = append(strings.Split(link, "/"), pending...)
	}
	return true
}
