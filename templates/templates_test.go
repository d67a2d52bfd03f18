package templates

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"io"
	"slices"
	"testing"

	"github.com/fnflow/fnflow/runtimes"
)

// TestCatalogue: the embedded catalogue loads, and every runtime family
// fnflow builds has the starter template (a new family needs its
// code/<family>/starter directory).
func TestCatalogue(t *testing.T) {
	c, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if len(c.All()) < 3 {
		t.Fatalf("catalogue has %d templates", len(c.All()))
	}
	for _, def := range runtimes.Catalog() {
		if _, ok := c.Build("starter", def.Key); !ok {
			t.Errorf("runtime %s: no templates/code/%s/starter", def.ID, def.Key)
		}
	}
	for i, tp := range c.All() {
		if i > 0 && c.All()[i-1].Score < tp.Score {
			t.Errorf("not sorted by score at %s", tp.ID)
		}
		for _, fam := range c.Families(tp.ID) {
			data, err := c.Archive(tp.ID, fam)
			if err != nil {
				t.Fatalf("%s/%s: %v", fam, tp.ID, err)
			}
			names := archiveNames(t, data)
			b, _ := c.Build(tp.ID, fam)
			if !slices.Contains(names, b.Entrypoint) || slices.Contains(names, "_build.json") {
				t.Errorf("%s/%s archive: %v (entrypoint %s)", fam, tp.ID, names, b.Entrypoint)
			}
		}
	}
	if _, _, err := c.Lookup("node/starter"); err != nil {
		t.Errorf("node/starter: %v", err)
	}
	for _, bad := range []string{"", "node", "node/nope", "cobol/starter", "../node/starter"} {
		if _, _, err := c.Lookup(bad); err == nil {
			t.Errorf("Lookup(%q) found something", bad)
		}
	}
}

func archiveNames(t *testing.T, data []byte) []string {
	t.Helper()
	gz, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	tr := tar.NewReader(gz)
	var names []string
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return names
		}
		if err != nil {
			t.Fatal(err)
		}
		names = append(names, h.Name)
	}
}
