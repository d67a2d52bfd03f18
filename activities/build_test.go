package activities

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestBuildLogKeepsTheTailWithinTheCap(t *testing.T) {
	l := &buildLog{max: 200}
	if _, dirty := l.take(); dirty {
		t.Fatal("empty log is dirty")
	}
	l.write([]byte("first line\n"))
	if s, dirty := l.take(); !dirty || s != "first line\n" {
		t.Fatalf("take %q %v", s, dirty)
	}
	if _, dirty := l.take(); dirty {
		t.Fatal("dirty after take")
	}
	for i := 0; i < 100; i++ {
		l.write([]byte("0123456789\n"))
	}
	l.write([]byte("last\n"))
	s, _ := l.take()
	if len(s) > 200 || !strings.HasPrefix(s, "[WARNING] Logs truncated.") || !strings.HasSuffix(s, "last\n") {
		t.Fatalf("truncated log (%d bytes): %q", len(s), s)
	}
}

func TestCapLogMakesTextSafe(t *testing.T) {
	s := capLog("a\x00b\xff\xfe"+strings.Repeat("é", 100), 51)
	if !utf8.ValidString(s) || strings.Contains(s, "\x00") || len(s) > 51 {
		t.Fatalf("capLog: %q", s)
	}
}
