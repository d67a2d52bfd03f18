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

func walk(r io.Reader, lim Limits, fn extractFunc) (Stats, error) {
	var st Stats
	cr := &countingReader{r: r}
	zr, err := gzip.NewReader(cr)
	if err != nil {
		return st, invalidf("the file is not gzip-compressed (%v)", err)
	}
	zr.Multistream(false)
	tr := tar.NewReader(zr)
	kinds := map[string]byte{} // name → type of entries seen so far
	symlinks := map[string]bool{}
	targets := map[string]string{} // symlink name → target
	regular := 0
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return st, invalidf("the archive is not a valid tar.gz file (%v)", err)
		}
		if h.Typeflag == tar.TypeXGlobalHeader {
			continue
		}
		name, err := cleanName(h.Name)
		if err != nil {
			return st, err
		}
		if name == "" {
			continue
		}
		st.Files++
		if lim.MaxFiles > 0 && st.Files > lim.MaxFiles {
			return st, invalidf("the archive has more than %d entries", lim.MaxFiles)
		}
		// No entry may be written through a symlink of the archive.
		for p := path.Dir(name); p != "."; p = path.Dir(p) {
			if symlinks[p] {
				return st, invalidf("entry %q goes through the symlink %q", h.Name, p)
			}
		}
		if prev, seen := kinds[name]; seen && prev != h.Typeflag || seen && h.Typeflag == tar.TypeSymlink {
			return st, invalidf("entry %q appears more than once", h.Name)
		}
		switch h.Typeflag {
		case tar.TypeReg:
			if h.Size < 0 {
				return st, invalidf("entry %q has a negative size", h.Name)
			}
			regular++
			st.UnpackedSize += h.Size
			if lim.MaxBytes > 0 && st.UnpackedSize > lim.MaxBytes {
				return st, invalidf("the archive unpacks to more than %d bytes", lim.MaxBytes)
			}
		case tar.TypeDir:
		case tar.TypeSymlink:
			if !within(name, h.Linkname) {
				return st, invalidf("symlink %q points outside the archive (%q)", h.Name, h.Linkname)
			}
			symlinks[name] = true
			targets[name] = h.Linkname
		case tar.TypeLink:
			target, err := cleanName(h.Linkname)
			if err != nil || target == "" {
				return st, invalidf("hard link %q points outside the archive (%q)", h.Name, h.Linkname)
			}
			if k, ok := kinds[target]; !ok || k != tar.TypeReg {
				return st, invalidf("hard link %q must point to a regular file earlier in the archive (%q)", h.Name, h.Linkname)
			}
		default:
			return st, invalidf("entry %q has an unsupported type (devices, fifos and the like are not allowed)", h.Name)
		}
		kinds[name] = h.Typeflag
		if fn != nil {
			if err := fn(h, name, tr); err != nil {
				return st, err
			}
		} else if _, err := io.Copy(io.Discard, tr); err != nil {
			return st, invalidf("the archive is truncated or corrupt (%v)", err)
		}
		if err := checkRatio(lim, st.UnpackedSize, cr.n); err != nil {
			return st, err
		}
	}
	// Read to the end of the gzip stream so that its checksum is verified.
	if _, err := io.Copy(io.Discard, zr); err != nil {
		return st, invalidf("the archive is truncated or corrupt (%v)", err)
	}
	if err := checkRatio(lim, st.UnpackedSize, cr.n); err != nil {
		return st, err
	}
	if regular == 0 {
		return st, invalidf("the archive contains no files")
	}
	if err := checkLinkChains(targets); err != nil {
		return st, err
	}
	return st, nil
}

// checkLinkChains refuses a symlink that leads out of the root once the
// links it passes through are followed. Each link stays inside the root on
// its own (within), but a path through a link continues from where that
// link points: "d/s -> .." and "t -> d/s/.." lead out although "d/s/.."
// cleans to "d". The resolution follows the archive's own links as the
// kernel would, with the kernel's limit of 40 links.
func checkLinkChains(targets map[string]string) error {
	for name, target := range targets {
		if !resolvesWithin(targets, path.Dir(name), target) {
			return invalidf("symlink %q leads outside the archive through other links (%q)", name, target)
		}
	}
	return nil
}

// resolvesWithin follows target from dir (both relative to the root,
// slash-separated) through the archive's links and reports whether it stays
// inside the root.
func resolvesWithin(targets map[string]string, dir, target string) bool {
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
			return false
		}
		// Continue from the link's directory with its target, then the rest.
		pending = append(strings.Split(link, "/"), pending...)
	}
	return true
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

// Pack writes the contents of dir (files at the archive root) as a
// gzip-compressed tar archive to w. Symlinks are kept as links; other
// special files are skipped.
func Pack(ctx context.Context, dir string, w io.Writer) error {
	zw := gzip.NewWriter(w)
	tw := tar.NewWriter(zw)
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil || rel == "." {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		link := ""
		if info.Mode()&fs.ModeSymlink != 0 {
			if link, err = os.Readlink(p); err != nil {
				return err
			}
		} else if !info.Mode().IsRegular() && !info.IsDir() {
			return nil
		}
		h, err := tar.FileInfoHeader(info, link)
		if err != nil {
			return err
		}
		h.Name = filepath.ToSlash(rel)
		if info.IsDir() {
			h.Name += "/"
		}
		h.Uid, h.Gid, h.Uname, h.Gname = 0, 0, "", ""
		if err := tw.WriteHeader(h); err != nil {
			return err
		}
		if info.Mode().IsRegular() {
			f, err := os.Open(p)
			if err != nil {
				return err
			}
			_, err = io.Copy(tw, f)
			f.Close()
			return err
		}
		return nil
	})
	if err == nil {
		err = tw.Close()
	}
	if err == nil {
		err = zw.Close()
	}
	if err != nil {
		return fmt.Errorf("artifacts: pack %s: %w", dir, err)
	}
	return nil
}
