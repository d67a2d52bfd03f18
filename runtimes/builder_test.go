package runtimes

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/docker/docker/api/types/image"
	"github.com/docker/docker/client"
)

type notFoundError struct{}

func (notFoundError) Error() string { return "no such image" }
func (notFoundError) NotFound()     {}

// imagelessEngine has no images; any other engine call panics (the
// embedded interface is nil), which the tests below must not reach.
type imagelessEngine struct{ EngineAPI }

func (imagelessEngine) ImageInspect(context.Context, string, ...client.ImageInspectOption) (image.InspectResponse, error) {
	return image.InspectResponse{}, notFoundError{}
}

func TestBuildUnknownRuntime(t *testing.T) {
	err := NewBuilder(imagelessEngine{}).Build(context.Background(), []string{"cobol-1.0"}, nil)
	if err == nil || !strings.Contains(err.Error(), `unknown runtime "cobol-1.0"`) {
		t.Errorf("got %v", err)
	}
}

func TestMissingWithoutImages(t *testing.T) {
	missing, err := NewBuilder(imagelessEngine{}).Missing(context.Background())
	if err != nil || len(missing) != len(Catalog()) {
		t.Errorf("Missing() = %v, %v", missing, err)
	}
}

// TestBuildMirrorFailures checks the errors when the Debian mirror cannot
// be read, and when it serves the index but not the packages (a proxy to
// the real mirror that refuses pool/ downloads).
func TestBuildMirrorFailures(t *testing.T) {
	real := DefaultMirror()
	upstream, err := url.Parse(real.Main)
	if err != nil {
		t.Fatal(err)
	}
	upstream.Path = ""
	proxy := &httputil.ReverseProxy{Rewrite: func(r *httputil.ProxyRequest) { r.SetURL(upstream) }}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.Contains(r.URL.Path, "/pool/") {
			http.NotFound(w, r)
			return
		}
		proxy.ServeHTTP(w, r)
	}))
	defer srv.Close()
	mainPath := strings.TrimSuffix(strings.TrimPrefix(real.Main, upstream.String()), "/")

	dead := httptest.NewServer(http.NotFoundHandler())
	dead.Close() // connection refused from now on

	cases := []struct {
		name   string
		mirror Mirror
		want   string
	}{
		{"mirror unreachable", Mirror{Main: dead.URL + "/debian", Keyring: real.Keyring}, "cannot read the Debian package index of bookworm"},
		{"packages not served", Mirror{Main: srv.URL + mainPath, Keyring: real.Keyring}, "cannot download nodejs, npm, busybox-static from the Debian mirror"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b := NewBuilder(imagelessEngine{})
			b.Mirror = c.mirror
			var progress bytes.Buffer
			ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
			defer cancel()
			err := b.Build(ctx, []string{"node-18.0"}, &progress)
			t.Logf("error: %v", err)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("got %v, want an error containing %q\nprogress:\n%s", err, c.want, progress.String())
			}
		})
	}
}

// pruneEngine lists images and records removals.
type pruneEngine struct {
	EngineAPI
	images  []image.Summary
	removed []string
}

func (e *pruneEngine) ImageList(context.Context, image.ListOptions) ([]image.Summary, error) {
	return e.images, nil
}

func (e *pruneEngine) ImageRemove(_ context.Context, id string, _ image.RemoveOptions) ([]image.DeleteResponse, error) {
	e.removed = append(e.removed, id)
	return nil, nil
}

func TestPruneBases(t *testing.T) {
	d, _ := Lookup("node-18.0")
	engine := &pruneEngine{images: []image.Summary{
		{ID: "old-base", RepoTags: []string{BaseImagePrefix + ":bookworm-0123456789ab"}},
		{ID: "current-base", RepoTags: []string{BaseImage(d)}},
		{ID: "runtime", RepoTags: []string{d.Image}, Labels: map[string]string{LabelRuntimeID: d.ID}},
		{ID: "retagged", RepoTags: []string{BaseImagePrefix + ":bookworm-aaaaaaaaaaaa", "mine:latest"}},
		{ID: "untagged"},
	}}
	s := &buildSession{b: &Builder{Images: engine}}
	s.pruneBases(context.Background(), d)
	if strings.Join(engine.removed, ",") != "old-base" {
		t.Errorf("removed %v, want only old-base", engine.removed)
	}
}
