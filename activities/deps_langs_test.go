package activities

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"testing"
)

// TestFilterTreeKeepsParentsOfNestedDir: the cache of a nested dependency
// directory (ruby's vendor/bundle) keeps its parent directory entries, so a
// restore gives the build a writable vendor/ (a later mkdir vendor/cache
// works); a tree without the directory gives no cache at all.
func TestFilterTreeKeepsParentsOfNestedDir(t *testing.T) {
	build := func(entries ...*tar.Header) []byte {
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		tw := tar.NewWriter(zw)
		for _, h := range entries {
			if err := tw.WriteHeader(h); err != nil {
				t.Fatal(err)
			}
		}
		tw.Close()
		zw.Close()
		return buf.Bytes()
	}
	dir := func(name string) *tar.Header { return &tar.Header{Typeflag: tar.TypeDir, Name: name, Mode: 0o755} }
	out := build(dir("./"), dir("./vendor/"), dir("./vendor/cache/"), dir("./vendor/bundle/"), dir("./vendor/bundle/ruby/"), dir("./lib/"))
	var got bytes.Buffer
	if err := filterTree(bytes.NewReader(out), &got, "vendor/bundle"); err != nil {
		t.Fatal(err)
	}
	zr, err := gzip.NewReader(&got)
	if err != nil {
		t.Fatal(err)
	}
	tr := tar.NewReader(zr)
	var names []string
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		names = append(names, h.Name)
	}
	want := []string{"./vendor/", "./vendor/bundle/", "./vendor/bundle/ruby/"}
	if len(names) != len(want) {
		t.Fatalf("entries %v, want %v", names, want)
	}
	for i := range want {
		if names[i] != want[i] {
			t.Fatalf("entries %v, want %v", names, want)
		}
	}
	got.Reset()
	if err := filterTree(bytes.NewReader(build(dir("./"), dir("./vendor/"), dir("./lib/"))), &got, "vendor/bundle"); err != nil || got.Len() != 0 {
		t.Fatalf("no vendor/bundle: %d bytes written, %v", got.Len(), err)
	}
}
