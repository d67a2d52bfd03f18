package artifacts_test

import (
	"archive/tar"
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/fnflow/fnflow/artifacts"
)

// A python venv made by a build holds bin/python3 -> /usr/bin/python3 and
// bin/python -> python3: accepted in build outputs (ContainerLinks), packed
// and unpacked as links, never followed; refused everywhere else.
func TestContainerLinksAcceptAbsoluteTargetsOfBuildOutputsOnly(t *testing.T) {
	in := plainTar(t, dir("./"), reg("./main.py"), dir("./runtime-env/"), dir("./runtime-env/bin/"),
		link(tar.TypeSymlink, "./runtime-env/bin/python3", "/usr/bin/python3"),
		link(tar.TypeSymlink, "./runtime-env/bin/python", "python3"),
		link(tar.TypeSymlink, "./runtime-env/lib64", "lib"))
	var out bytes.Buffer
	if _, err := artifacts.PackOutput(context.Background(), bytes.NewReader(in), &out, lim); !errors.Is(err, artifacts.ErrInvalidArchive) {
		t.Fatalf("without ContainerLinks: %v, want a refusal", err)
	}
	cl := lim
	cl.ContainerLinks = true
	out.Reset()
	if _, err := artifacts.PackOutput(context.Background(), bytes.NewReader(in), &out, cl); err != nil {
		t.Fatal(err)
	}
	if _, err := artifacts.Unpack(context.Background(), bytes.NewReader(out.Bytes()), filepath.Join(t.TempDir(), "x"), lim); !errors.Is(err, artifacts.ErrInvalidArchive) {
		t.Fatalf("unpack without ContainerLinks: %v, want a refusal", err)
	}
	dest := filepath.Join(t.TempDir(), "out")
	if _, err := artifacts.Unpack(context.Background(), bytes.NewReader(out.Bytes()), dest, cl); err != nil {
		t.Fatal(err)
	}
	if target, err := os.Readlink(filepath.Join(dest, "runtime-env", "bin", "python3")); err != nil || target != "/usr/bin/python3" {
		t.Fatalf("link %q %v", target, err)
	}

	// Entries through an absolute link, and relative escapes, stay refused.
	for name, bad := range map[string][]byte{
		"through": plainTar(t, reg("./main.py"), link(tar.TypeSymlink, "./etc", "/etc"), reg("./etc/passwd")),
		"escape":  plainTar(t, reg("./main.py"), link(tar.TypeSymlink, "./up", "../../etc")),
		"chain":   plainTar(t, reg("./main.py"), link(tar.TypeSymlink, "./d", "."), link(tar.TypeSymlink, "./e", "d/../..")),
	} {
		out.Reset()
		if _, err := artifacts.PackOutput(context.Background(), bytes.NewReader(bad), &out, cl); !errors.Is(err, artifacts.ErrInvalidArchive) {
			t.Errorf("%s: %v, want a refusal", name, err)
		}
	}
}
