package models_test

import (
	"strings"
	"testing"

	"github.com/fnflow/fnflow/models"
)

// TestStoredResponseHeadersBounded: a function chooses its response headers
// (up to 10 MiB of them); what an execution keeps for every later read and
// list is one content-type and one content-length of sane size.
func TestStoredResponseHeadersBounded(t *testing.T) {
	hs := models.HeaderList{{Name: "content-length", Value: "2"}}
	for i := 0; i < 1000; i++ {
		hs = append(hs, models.Header{Name: "content-type", Value: "text/plain"})
	}
	got := models.StoredResponseHeaders(hs)
	if len(got) != 2 {
		t.Fatalf("kept %d headers, want 2", len(got))
	}
	big := models.HeaderList{{Name: "content-type", Value: "text/plain; x=" + strings.Repeat("a", 4<<20)}, {Name: "x-other", Value: "v"}}
	if got := models.StoredResponseHeaders(big); len(got) != 0 {
		t.Fatalf("kept a %d-byte content-type", len(got[0].Value))
	}
	normal := models.HeaderList{{Name: "content-length", Value: "12"}, {Name: "content-type", Value: "application/json; charset=utf-8"}, {Name: "x-a", Value: "b"}}
	if got := models.StoredResponseHeaders(normal); len(got) != 2 || got[1].Value != "application/json; charset=utf-8" {
		t.Fatalf("normal headers: %v", got)
	}
}
