package events

import (
	"context"
	"slices"
	"testing"
)

func TestExpand(t *testing.T) {
	got := Expand("functions.f1.executions.e1.create")
	for _, want := range []string{
		"functions.f1.executions.e1.create", "functions.*.executions.*.create", "functions.f1.executions.*.create",
		"functions.*.executions.e1.create", "functions.f1.executions.e1", "functions.*.executions.*", "functions.f1", "functions.*",
	} {
		if !slices.Contains(got, want) {
			t.Errorf("Expand misses %q: %v", want, got)
		}
	}
	if slices.Contains(got, "functions") || slices.Contains(got, "*") {
		t.Errorf("Expand gives a bare resource type: %v", got)
	}
	cases := []struct {
		pattern, name string
		want          bool
	}{
		{"users.*.create", "users.u1.create", true},
		{"users.*", "users.u1.create", true},
		{"users.u1", "users.u1.create", true},
		{"users.u2", "users.u1.create", false},
		{"users.*.delete", "users.u1.create", false},
		{"users.*.sessions.*.create", "users.u1.sessions.s1.create", true},
		{"users.*.create", "users.u1.sessions.s1.create", false},
		{"databases.*.collections.*.documents.*", "databases.d.collections.c.documents.x.update", true},
		{"teams.*", "users.u1.create", false},
	}
	for _, c := range cases {
		if got := Match(c.pattern, c.name); got != c.want {
			t.Errorf("Match(%q, %q) = %v, want %v", c.pattern, c.name, got, c.want)
		}
	}
}

func TestBus(t *testing.T) {
	var nilBus *Bus
	if nilBus.HasSubscribers() {
		t.Fatal("nil bus has subscribers")
	}
	nilBus.Publish(context.Background(), "p", "users.u1.create", nil) // no panic
	b := &Bus{}
	if b.HasSubscribers() {
		t.Fatal("empty bus has subscribers")
	}
	var got []string
	b.Subscribe(func(_ context.Context, e Event) { got = append(got, e.ProjectID+"/"+e.Name) })
	b.Publish(context.Background(), "p", "users.u1.create", nil)
	if !b.HasSubscribers() || len(got) != 1 || got[0] != "p/users.u1.create" {
		t.Fatalf("delivered %v", got)
	}
}
