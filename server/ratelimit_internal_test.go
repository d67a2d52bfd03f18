package server

import (
	"testing"
	"time"
)

func TestRateLimiterWindows(t *testing.T) {
	l := newRateLimiter(2, time.Minute)
	t0 := time.Unix(1000, 0)
	for i, want := range []bool{true, true, false, false} {
		if ok, _, _ := l.take("a", t0.Add(time.Duration(i)*time.Second)); ok != want {
			t.Fatalf("request %d: allowed=%v, want %v", i, ok, want)
		}
	}
	if ok, _, _ := l.take("b", t0); !ok {
		t.Fatal("another key has its own window")
	}
	ok, remaining, reset := l.take("a", t0.Add(time.Minute))
	if !ok || remaining != 1 || !reset.Equal(t0.Add(2*time.Minute)) {
		t.Fatalf("new window: ok=%v remaining=%d reset=%v", ok, remaining, reset)
	}
}
