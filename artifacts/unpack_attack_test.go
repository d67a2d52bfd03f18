package artifacts_test

import (
	"archive/tar"
	"bytes"
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/fnflow/fnflow/artifacts"
)

// TestUnpackRefusesWhatCannotBeExtracted: an archive that Validate accepts
// must unpack (the upload is checked with Validate; the worker and the
// build container unpack it later, where a failure is an internal error,
// not the caller's 400). A file followed by an entry beneath it, and names
// the filesystem cannot hold, are refused up front.
func TestUnpackRefusesWhatCannotBeExtracted(t *testing.T) {
	cases := map[string][]entry{
		"entry beneath a file":      {file("a", "x"), file("a/b", "y")},
		"dir beneath a file":        {file("a", "x"), {name: "a/d/", typ: tar.TypeDir}, file("ok", "z")},
		"entry beneath a hard link": {file("a", "x"), {name: "h", typ: tar.TypeLink, link: "a"}, file("h/b", "y")},
		"component too long":        {file(strings.Repeat("n", 256), "x")},
		"name too long":             {file(strings.Repeat("d/", 2100)+"f", "x")},
	}
	for name, es := range cases {
		t.Run(name, func(t *testing.T) {
			b := tarball(t, es...)
			_, verr := artifacts.Validate(bytes.NewReader(b), artifacts.Limits{})
			if !errors.Is(verr, artifacts.ErrInvalidArchive) {
				t.Errorf("Validate: %v, want ErrInvalidArchive", verr)
			}
			_, uerr := artifacts.Unpack(context.Background(), bytes.NewReader(b), filepath.Join(t.TempDir(), "out"), artifacts.Limits{})
			if !errors.Is(uerr, artifacts.ErrInvalidArchive) {
				t.Errorf("Unpack: %v, want ErrInvalidArchive", uerr)
			}
		})
	}
}
