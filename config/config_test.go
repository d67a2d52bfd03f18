package config

import (
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
)

// The repository's config.yaml documents the defaults: it must parse and
// match Default() exactly.
func TestRepoConfigMatchesDefaults(t *testing.T) {
	cfg, err := Load("../config.yaml", nil)
	if err != nil {
		t.Fatal(err)
	}
	want := Default()
	// YAML's `[]` and `{}` decode to empty, non-nil values where Default()
	// has nil: the same meaning ("every built-in runtime", "no override").
	// Compare the contents, then let DeepEqual compare everything else.
	if !slices.Equal(cfg.Runtimes.Enabled, want.Runtimes.Enabled) {
		t.Fatalf("runtimes.enabled: config.yaml %q, Default() %q", cfg.Runtimes.Enabled, want.Runtimes.Enabled)
	}
	if !maps.Equal(cfg.Runtimes.Images, want.Runtimes.Images) {
		t.Fatalf("runtimes.images: config.yaml %v, Default() %v", cfg.Runtimes.Images, want.Runtimes.Images)
	}
	if len(cfg.Runtimes.Enabled) == 0 {
		cfg.Runtimes.Enabled = want.Runtimes.Enabled
	}
	if len(cfg.Runtimes.Images) == 0 {
		cfg.Runtimes.Images = want.Runtimes.Images
	}
	if !slices.Equal(cfg.Docker.SpareRuntimes, want.Docker.SpareRuntimes) {
		t.Fatalf("docker.spare_runtimes: config.yaml %q, Default() %q", cfg.Docker.SpareRuntimes, want.Docker.SpareRuntimes)
	}
	if len(cfg.Docker.SpareRuntimes) == 0 { // [] in the file, nil in Default()
		cfg.Docker.SpareRuntimes = want.Docker.SpareRuntimes
	}
	if !reflect.DeepEqual(cfg, want) {
		t.Fatalf("config.yaml differs from Default():\n got %+v\nwant %+v", cfg, want)
	}
	if err := cfg.Validate(); err != nil {
		t.Fatal(err)
	}
}

func TestEnvOverrides(t *testing.T) {
	cfg, err := Load(filepath.Join(t.TempDir(), "none.yaml"), nil)
	if err == nil {
		t.Fatal("an explicit missing file must fail")
	}
	cfg, err = Load("", []string{
		"FNFLOW_DATABASE_DRIVER=postgres", "FNFLOW_DATABASE_DSN=postgres://u:p@h/db",
		"FNFLOW_DOCKER_IDLE_TIMEOUT=90s", "FNFLOW_TEMPORAL_DEV_SERVER_ENABLED=false",
		"FNFLOW_RUNTIMES_ENABLED=node-18.0, python-3.11", "FNFLOW_RUNTIMES_IMAGES=node-18.0=img:1",
		"FNFLOW_LIMITS_MAX_CPUS=1.5", "UNRELATED=1",
	})
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Database.Driver != "postgres" || cfg.Docker.IdleTimeout != 90*time.Second || cfg.Temporal.DevServer.Enabled ||
		len(cfg.Runtimes.Enabled) != 2 || cfg.Runtimes.Images["node-18.0"] != "img:1" || cfg.Limits.MaxCPUs != 1.5 {
		t.Fatalf("overrides not applied: %+v", cfg)
	}
	if _, err := Load("", []string{"FNFLOW_DOCKER_MAX_CONTAINERS=lots"}); err == nil || !strings.Contains(err.Error(), "FNFLOW_DOCKER_MAX_CONTAINERS") {
		t.Fatalf("bad integer: %v", err)
	}
}

func TestValidateMessagesNameTheKey(t *testing.T) {
	cfg := Default()
	cfg.Database.Driver = "mysql"
	cfg.Server.Listen = "8080"
	cfg.Temporal.Retention = time.Hour
	cfg.Log.Format = "xml"
	err := cfg.Validate()
	for _, key := range []string{"database.driver", "server.listen", "temporal.retention", "log.format"} {
		if err == nil || !strings.Contains(err.Error(), key) {
			t.Fatalf("want a message naming %s, got %v", key, err)
		}
	}
}

func TestUnknownYAMLKeyRejected(t *testing.T) {
	p := filepath.Join(t.TempDir(), "c.yaml")
	if err := os.WriteFile(p, []byte("server:\n  lisen: 1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(p, nil); err == nil || !strings.Contains(err.Error(), "lisen") {
		t.Fatalf("typo must be reported: %v", err)
	}
}

func TestValidateDomains(t *testing.T) {
	cfg := Default()
	cfg.Server.Domains = map[string]string{"hooks.example.com": "p1/fn1"}
	if err := cfg.Validate(); err != nil {
		t.Fatalf("valid domains refused: %v", err)
	}
	for _, bad := range []map[string]string{{"hooks.example.com": "fn1"}, {"hooks.example.com:80": "p1/fn1"}, {"h": "p1/"}} {
		cfg.Server.Domains = bad
		if err := cfg.Validate(); err == nil || !strings.Contains(err.Error(), "server.domains") {
			t.Fatalf("%v: got %v", bad, err)
		}
	}
	cfg.Server.Domains = nil
	cfg.Server.DomainSuffix = ".functions.localhost"
	if err := cfg.Validate(); err == nil || !strings.Contains(err.Error(), "server.domain_suffix") {
		t.Fatalf("leading dot: got %v", err)
	}
	if cfg, err := Load("", []string{"FNFLOW_SERVER_DOMAINS=a.example=p1/f1,b.example=p2/f2"}); err != nil || cfg.Server.Domains["b.example"] != "p2/f2" {
		t.Fatalf("env override: %v %v", cfg.Server.Domains, err)
	}
}

func TestValidateEgress(t *testing.T) {
	cfg, err := Load("", []string{"FNFLOW_DOCKER_EGRESS=none", "FNFLOW_DOCKER_BUILD_EGRESS=none", "FNFLOW_DOCKER_INTERNAL_NETWORK=fn-int"})
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Docker.Egress != "none" || cfg.Docker.BuildEgress != "none" || cfg.Docker.InternalNetwork != "fn-int" {
		t.Fatalf("env overrides: %+v", cfg.Docker)
	}
	if err := cfg.Validate(); err != nil {
		t.Fatalf("valid egress refused: %v", err)
	}
	for _, c := range []struct {
		mutate func(*Docker)
		key    string
	}{
		{func(d *Docker) { d.Egress = "off" }, "docker.egress"},
		{func(d *Docker) { d.Egress = "None" }, "docker.egress"},
		{func(d *Docker) { d.BuildEgress = "" }, "docker.build_egress"},
		{func(d *Docker) { d.Egress, d.InternalNetwork = "none", "bridge" }, "docker.internal_network"},
		{func(d *Docker) { d.BuildEgress, d.InternalNetwork = "none", "" }, "docker.internal_network"},
		{func(d *Docker) { d.Egress, d.InternalNetwork = "none", d.Network }, "docker.internal_network"},
	} {
		cfg := Default()
		c.mutate(&cfg.Docker)
		err := cfg.Validate()
		if err == nil || !strings.Contains(err.Error(), c.key+": ") {
			t.Errorf("%+v: want a message naming %s, got %v", cfg.Docker, c.key, err)
		}
	}
	cfg = Default()
	cfg.Docker.Egress = "off"
	if err := cfg.Validate(); err == nil || !strings.Contains(err.Error(), `must be all (`) || !strings.Contains(err.Error(), `or none (`) {
		t.Errorf("the message must say what the values mean: %v", err)
	}
	cfg = Default()
	cfg.Docker.InternalNetwork = "bridge" // unused while every egress is all
	if err := cfg.Validate(); err != nil {
		t.Errorf("internal_network checked although unused: %v", err)
	}
}

func TestTracingSettings(t *testing.T) {
	cfg, err := Load("", []string{"FNFLOW_TRACING_ENABLED=true", "FNFLOW_TRACING_ENDPOINT=https://otel.example:4318",
		"FNFLOW_TRACING_PROTOCOL=grpc", "FNFLOW_TRACING_SAMPLE_RATIO=0.25", "FNFLOW_TRACING_SERVICE_NAME=edge-api"})
	if err != nil {
		t.Fatal(err)
	}
	want := Tracing{Enabled: true, Endpoint: "https://otel.example:4318", Protocol: "grpc", SampleRatio: 0.25, ServiceName: "edge-api"}
	if cfg.Tracing != want {
		t.Fatalf("tracing overrides: got %+v, want %+v", cfg.Tracing, want)
	}
	if err := cfg.Validate(); err != nil {
		t.Fatal(err)
	}
	for key, set := range map[string]func(*Tracing){
		"tracing.protocol":     func(tr *Tracing) { tr.Protocol = "http/json" },
		"tracing.endpoint":     func(tr *Tracing) { tr.Endpoint = "127.0.0.1:4318" },
		"tracing.sample_ratio": func(tr *Tracing) { tr.SampleRatio = 1.5 },
	} {
		c := Default()
		set(&c.Tracing)
		if err := c.Validate(); err == nil || !strings.Contains(err.Error(), key) {
			t.Fatalf("want a message naming %s, got %v", key, err)
		}
	}
}
