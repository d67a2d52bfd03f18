package artifacts

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// ErrNotFound is returned for a missing key.
var ErrNotFound = errors.New("artifact not found")

// Store keeps artifacts by key.
type Store interface {
	// Put writes r under key atomically (readers never see a partial file).
	Put(ctx context.Context, key string, r io.Reader) (int64, error)
	// Open reads key; the caller closes it.
	Open(ctx context.Context, key string) (File, error)
	// Size reports the size of key.
	Size(ctx context.Context, key string) (int64, error)
	// Delete removes key, or every key under the prefix "dir/" form; missing keys are fine.
	Delete(ctx context.Context, key string) error
	// LocalPath returns a path on this host for key when the store is local.
	LocalPath(key string) (string, bool)
}

// File is an open artifact.
type File interface {
	io.ReadSeekCloser
	io.ReaderAt
}

// Local stores artifacts under a directory.
type Local struct {
	root string
}

// NewLocal makes the directory if needed.
func NewLocal(root string) (*Local, error) {
	abs, err := filepath.Abs(root)
	if err != nil {
		return nil, fmt.Errorf("storage.dir: %w", err)
	}
	if err := os.MkdirAll(abs, 0o755); err != nil {
		return nil, fmt.Errorf("storage.dir: cannot create %s: %w", abs, err)
	}
	return &Local{root: abs}, nil
}

// Root is the directory holding the artifacts.
func (l *Local) Root() string { return l.root }

func (l *Local) path(key string) (string, error) {
	clean := filepath.Clean("/" + key)
	if key == "" || strings.Contains(key, "..") || clean == "/" {
		return "", fmt.Errorf("artifacts: invalid key %q", key)
	}
	return filepath.Join(l.root, clean), nil
}

// Put implements Store.
func (l *Local) Put(ctx context.Context, key string, r io.Reader) (int64, error) {
	p, err := l.path(key)
	if err != nil {
		return 0, err
	}
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return 0, fmt.Errorf("artifacts: %w", err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(p), ".put-*")
	if err != nil {
		return 0, fmt.Errorf("artifacts: %w", err)
	}
	defer os.Remove(tmp.Name())
	n, err := io.Copy(tmp, ctxReader{ctx, r})
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return 0, fmt.Errorf("artifacts: write %s: %w", key, err)
	}
	if err := os.Rename(tmp.Name(), p); err != nil {
		return 0, fmt.Errorf("artifacts: %w", err)
	}
	return n, nil
}

// Open implements Store.
func (l *Local) Open(_ context.Context, key string) (File, error) {
	p, err := l.path(key)
	if err != nil {
		return nil, err
	}
	f, err := os.Open(p)
	if errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("%w: %s", ErrNotFound, key)
	}
	if err != nil {
		return nil, fmt.Errorf("artifacts: %w", err)
	}
	return f, nil
}

// Size implements Store.
func (l *Local) Size(_ context.Context, key string) (int64, error) {
	p, err := l.path(key)
	if err != nil {
		return 0, err
	}
	st, err := os.Stat(p)
	if errors.Is(err, os.ErrNotExist) {
		return 0, fmt.Errorf("%w: %s", ErrNotFound, key)
	}
	if err != nil {
		return 0, fmt.Errorf("artifacts: %w", err)
	}
	return st.Size(), nil
}

// Delete implements Store.
func (l *Local) Delete(_ context.Context, key string) error {
	p, err := l.path(strings.TrimSuffix(key, "/"))
	if err != nil {
		return err
	}
	if err := os.RemoveAll(p); err != nil {
		return fmt.Errorf("artifacts: delete %s: %w", key, err)
	}
	return nil
}

// LocalPath implements Store.
func (l *Local) LocalPath(key string) (string, bool) {
	p, err := l.path(key)
	return p, err == nil
}

type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (c ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(p)
}
