package runtimes

import (
	"strings"
	"testing"
)

func TestReadMessages(t *testing.T) {
	ok := `{"status":"sha256:abc"}` + "\n" + `{"stream":"Step 1/2\n"}`
	lines, err := readMessages(strings.NewReader(ok))
	if err != nil || len(lines) != 2 {
		t.Errorf("ok stream: %q, %v", lines, err)
	}
	failed := `{"stream":"copying\n"}{"errorDetail":{"message":"no space left"},"error":"no space left"}`
	if _, err := readMessages(strings.NewReader(failed)); err == nil || !strings.Contains(err.Error(), "no space left") ||
		!strings.Contains(err.Error(), "copying") {
		t.Errorf("error stream: %v", err)
	}
	if _, err := readMessages(strings.NewReader(`{"status":`)); err == nil {
		t.Error("truncated stream: no error")
	}
}
