package docker

import (
	"archive/tar"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"time"

	"github.com/docker/docker/api/types/filters"
	"github.com/docker/docker/api/types/image"
)

// fakeImageLabel marks images built from internal/fakeruntime.
const fakeImageLabel = "fnflowtest.image"

// ensureFakeImage compiles internal/fakeruntime as a static binary and
// imports it as a FROM-scratch style image tagged by the binary's hash. An
// image with that tag is reused; older fake images are removed.
func ensureFakeImage(ctx context.Context, eng *Engine) (string, error) {
	bin, err := buildFakeRuntime(ctx)
	if err != nil {
		return "", err
	}
	sum := sha256.Sum256(bin)
	tag := "fnflow-test/fakeruntime:" + hex.EncodeToString(sum[:])[:12]
	ok, err := eng.ImageExists(ctx, tag)
	if err != nil || ok {
		return tag, err
	}
	if err := removeStaleFakeImages(ctx, eng); err != nil {
		return "", err
	}
	layer, err := fakeRootfs(bin)
	if err != nil {
		return "", err
	}
	rc, err := eng.cli.ImageImport(ctx, image.ImportSource{Source: bytes.NewReader(layer), SourceName: "-"}, tag, image.ImportOptions{
		Changes: []string{`CMD ["/fakeruntime"]`, "ENV PATH=/bin", "LABEL " + fakeImageLabel + "=fakeruntime"},
	})
	if err != nil {
		return "", fmt.Errorf("import fake image: %w", err)
	}
	defer rc.Close()
	dec := json.NewDecoder(rc)
	for {
		var msg struct {
			Error string `json:"error"`
		}
		if err := dec.Decode(&msg); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			return "", fmt.Errorf("read import answer: %w", err)
		}
		if msg.Error != "" {
			return "", fmt.Errorf("import fake image: %s", msg.Error)
		}
	}
	return tag, nil
}

func buildFakeRuntime(ctx context.Context) ([]byte, error) {
	dir, err := os.MkdirTemp("", "fakeruntime")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	out := filepath.Join(dir, "fakeruntime")
	goBin, err := exec.LookPath("go")
	if err != nil {
		return nil, fmt.Errorf("go toolchain not on PATH: %w", err)
	}
	cmd := exec.CommandContext(ctx, goBin, "build", "-trimpath", "-ldflags=-s -w", "-o", out, "./internal/fakeruntime")
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0", "GOOS=linux")
	if b, err := cmd.CombinedOutput(); err != nil {
		return nil, fmt.Errorf("go build fakeruntime: %w: %s", err, b)
	}
	return os.ReadFile(out)
}

// fakeRootfs is the image's only layer: the binary, /bin/sh pointing to it,
// and no /tmp (so the tmpfs gets mode 1777).
func fakeRootfs(bin []byte) ([]byte, error) {
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	now := time.Now()
	entries := []struct {
		hdr  tar.Header
		data []byte
	}{
		{tar.Header{Name: "fakeruntime", Mode: 0o755, Size: int64(len(bin)), Typeflag: tar.TypeReg, ModTime: now}, bin},
		{tar.Header{Name: "bin/", Mode: 0o755, Typeflag: tar.TypeDir, ModTime: now}, nil},
		{tar.Header{Name: "bin/sh", Linkname: "/fakeruntime", Mode: 0o777, Typeflag: tar.TypeSymlink, ModTime: now}, nil},
	}
	for _, e := range entries {
		if err := tw.WriteHeader(&e.hdr); err != nil {
			return nil, err
		}
		if _, err := tw.Write(e.data); err != nil {
			return nil, err
		}
	}
	if err := tw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func removeStaleFakeImages(ctx context.Context, eng *Engine) error {
	imgs, err := eng.cli.ImageList(ctx, image.ListOptions{Filters: filters.NewArgs(filters.Arg("label", fakeImageLabel+"=fakeruntime"))})
	if err != nil {
		return fmt.Errorf("list fake images: %w", err)
	}
	for _, img := range imgs {
		// The engine may be shared with other checkouts: an image still in
		// use (conflict) is theirs to remove.
		if _, err := eng.cli.ImageRemove(ctx, img.ID, image.RemoveOptions{}); err != nil && !isGone(err) {
			return fmt.Errorf("remove stale fake image %s: %w", img.ID, err)
		}
	}
	return nil
}
