package artifacts

import (
	"archive/tar"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"time"
)

// Builds never give the host a directory to walk: the source goes into the
// build container as a tar stream (BuildSource) and the output comes back
// as the tar stream the Docker daemon makes inside the container
// (PackOutput). Both are rewritten entry by entry here, with the checks of
// an upload, so what is stored is always a tree the safe unpacker accepts.

// OutputStats describes a packed build output.
type OutputStats struct {
	Stats
	// Dropped names (up to maxDropped) the special files (fifos, devices,
	// sockets) left out of the output; DroppedCount counts all of them.
	Dropped      []string
	DroppedCount int
}

const maxDropped = 10

// headerAllowance is the tar stream overhead counted per entry when the
// length of a container's output stream is bounded: a header block, a PAX
// record for a long name or link target, and padding.
const headerAllowance = 16 << 10

// ErrOutputTooLarge is wrapped by PackOutput's error (with ErrInvalidArchive)
// when the stream from the container is longer than its limits allow.
var ErrOutputTooLarge = errors.New("build output too large")

// BuildSource reads an uploaded source archive (tar.gz), checks it as
// Unpack does and writes it to w as an uncompressed tar whose entries
// belong to uid:gid, with plain modes (0755 directories, 0644 or 0755
// files) and nothing else: no owners' names, extended attributes or
// special files. It is what a build container receives.
func BuildSource(ctx context.Context, r io.Reader, w io.Writer, lim Limits, uid, gid int) (Stats, error) {
	c := newChecker(lim, "the archive")
	cr := &countingReader{r: taggingReader{ctxReader{ctx, r}}}
	zr, err := gzip.NewReader(cr)
	if err != nil {
		return c.st, streamError(c, err)
	}
	zr.Multistream(false)
	tw := tar.NewWriter(taggingWriter{w})
	if err := repack(tar.NewReader(zr), tw, c, uid, gid, nil, func() error {
		return checkRatio(lim, c.st.UnpackedSize, cr.n)
	}); err != nil {
		return c.st, err
	}
	if _, err := io.Copy(io.Discard, zr); err != nil {
		return c.st, streamError(c, err)
	}
	if err := c.finish(); err != nil {
		return c.st, err
	}
	if err := tw.Close(); err != nil {
		return c.st, fmt.Errorf("artifacts: build source: %w", err)
	}
	return c.st, nil
}

// PackOutput reads the tar stream of a build directory (as the Docker
// daemon makes it inside the build container), checks every entry as an
// upload is checked, and writes the output archive (tar.gz, entries owned
// by 0:0 with plain modes) to w. Fifos, devices and sockets are left out
// and named in the stats; a symlink or hard link leaving the directory, a
// name through a symlink, too many entries or bytes refuse the whole output
// (ErrInvalidArchive, with a reason for the user). The stream itself is
// bounded: lim.MaxBytes of content plus headerAllowance per entry.
func PackOutput(ctx context.Context, r io.Reader, w io.Writer, lim Limits) (OutputStats, error) {
	c := newChecker(lim, "the build directory")
	c.dropSpecial = true
	var out OutputStats
	src := io.Reader(taggingReader{ctxReader{ctx, r}})
	if lim.MaxBytes > 0 && lim.MaxFiles > 0 {
		src = &boundedReader{r: src, left: lim.MaxBytes + int64(lim.MaxFiles+2)*headerAllowance}
	}
	zw := gzip.NewWriter(taggingWriter{w})
	tw := tar.NewWriter(zw)
	err := repack(tar.NewReader(src), tw, c, 0, 0, func(name string) {
		out.DroppedCount++
		if len(out.Dropped) < maxDropped {
			out.Dropped = append(out.Dropped, name)
		}
	}, nil)
	out.Stats = c.st
	if errors.Is(err, ErrOutputTooLarge) {
		return out, invalidf("%s is larger than the limits allow (%d bytes, %d entries)", c.where, lim.MaxBytes, lim.MaxFiles)
	}
	if err != nil {
		return out, err
	}
	if err := c.finish(); err != nil {
		return out, err
	}
	if err := tw.Close(); err != nil {
		return out, fmt.Errorf("artifacts: pack output: %w", err)
	}
	if err := zw.Close(); err != nil {
		return out, fmt.Errorf("artifacts: pack output: %w", err)
	}
	return out, nil
}

// repack copies every entry the checker keeps from tr to tw with a fresh
// header. after runs after each entry (the ratio check of uploads).
func repack(tr *tar.Reader, tw *tar.Writer, c *checker, uid, gid int, dropped func(string), after func() error) error {
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return streamError(c, err)
		}
		name, verdict, err := c.check(h)
		if err != nil {
			return err
		}
		switch verdict {
		case entrySkip:
			continue
		case entryDrop:
			if dropped != nil {
				dropped(name)
			}
			continue
		}
		nh := &tar.Header{Name: name, Typeflag: h.Typeflag, Uid: uid, Gid: gid, ModTime: h.ModTime.Truncate(time.Second)}
		switch h.Typeflag {
		case tar.TypeDir:
			nh.Name, nh.Mode = name+"/", 0o755
		case tar.TypeReg:
			nh.Mode, nh.Size = 0o644, h.Size
			if h.Mode&0o111 != 0 {
				nh.Mode = 0o755
			}
		case tar.TypeSymlink:
			nh.Mode, nh.Linkname = 0o777, h.Linkname
		case tar.TypeLink:
			target, _ := cleanName(h.Linkname) // checked
			nh.Mode, nh.Linkname = 0o644, target
		}
		if err := tw.WriteHeader(nh); err != nil {
			return fmt.Errorf("artifacts: repack %s: %w", name, err)
		}
		if h.Typeflag == tar.TypeReg {
			if _, err := io.CopyN(tw, tr, h.Size); err != nil {
				return streamError(c, err)
			}
		}
		if after != nil {
			if err := after(); err != nil {
				return err
			}
		}
	}
}

// boundedReader fails with ErrOutputTooLarge once more than left bytes
// were asked for.
type boundedReader struct {
	r    io.Reader
	left int64
}

func (b *boundedReader) Read(p []byte) (int, error) {
	if b.left <= 0 {
		return 0, ErrOutputTooLarge
	}
	if int64(len(p)) > b.left {
		p = p[:b.left]
	}
	n, err := b.r.Read(p)
	b.left -= int64(n)
	return n, err
}

// streamError sorts a failure while repacking a stream: the stream too
// long, the stream unreadable or the destination unwritable (a cancelled
// context, a broken connection, a full disk: not the archive's fault, so no
// ErrInvalidArchive), or a malformed archive.
func streamError(c *checker, err error) error {
	if errors.Is(err, ErrOutputTooLarge) {
		return err
	}
	var re readError
	if errors.As(err, &re) {
		return fmt.Errorf("artifacts: read %s: %w", c.where, re.err)
	}
	var we writeError
	if errors.As(err, &we) {
		return fmt.Errorf("artifacts: write: %w", we.err)
	}
	return invalidf("%s is not a valid tar stream, or is truncated (%v)", c.where, err)
}

// readError marks a failure of the underlying reader.
type readError struct{ err error }

func (e readError) Error() string { return e.err.Error() }
func (e readError) Unwrap() error { return e.err }

// taggingReader wraps the underlying reader's errors (io.EOF aside) in
// readError, so that they stay apart from format errors.
type taggingReader struct{ r io.Reader }

func (t taggingReader) Read(p []byte) (int, error) {
	n, err := t.r.Read(p)
	if err != nil && !errors.Is(err, io.EOF) {
		return n, readError{err}
	}
	return n, err
}

// writeError marks a failure of the destination writer.
type writeError struct{ err error }

func (e writeError) Error() string { return e.err.Error() }
func (e writeError) Unwrap() error { return e.err }

type taggingWriter struct{ w io.Writer }

func (t taggingWriter) Write(p []byte) (int, error) {
	n, err := t.w.Write(p)
	if err != nil {
		return n, writeError{err}
	}
	return n, nil
}
