package server

import (
	"testing"

	"github.com/fnflow/fnflow/config"
)

func TestDomainTarget(t *testing.T) {
	cfg := config.Default()
	cfg.Server.Domains = map[string]string{"Hooks.Example.com": "p1/fn1"}
	s := New(Deps{Config: cfg})
	for _, tc := range []struct {
		host, project, function string
		ok                      bool
	}{
		{"fn1.p1.functions.localhost", "p1", "fn1", true},
		{"fn1.p1.functions.localhost:8080", "p1", "fn1", true},
		{"Fn1.p1.FUNCTIONS.localhost.", "p1", "Fn1", true},
		{"fn1.my.project.functions.localhost", "my.project", "fn1", true},
		{"fn1.functions.localhost", "", "fn1", true},
		{"functions.localhost", "", "", false},
		{"xfunctions.localhost", "", "", false},
		{"127.0.0.1:8080", "", "", false},
		{"localhost", "", "", false},
		{"hooks.example.com", "p1", "fn1", true},
		{"HOOKS.example.com:443", "p1", "fn1", true},
		{"other.example.com", "", "", false},
	} {
		p, f, ok := s.domainTarget(tc.host)
		if p != tc.project || f != tc.function || ok != tc.ok {
			t.Errorf("%s: got %q %q %v, want %q %q %v", tc.host, p, f, ok, tc.project, tc.function, tc.ok)
		}
	}
	cfg.Server.DomainSuffix = ""
	if _, _, ok := New(Deps{Config: cfg}).domainTarget("fn1.p1.functions.localhost"); ok {
		t.Error("generated domains should be off with an empty suffix")
	}
}
