package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestConfigFileErrors checks that config.yaml mistakes name the key path
// in words: unknown keys with the nearest valid one, wrong types with an
// example of a right value, all reported together.
func TestConfigFileErrors(t *testing.T) {
	cases := []struct {
		name, yaml string
		want       []string
	}{
		{"misspelled key", "docker:\n  idle_timout: 5m\n", []string{"`docker.idle_timout` (line 2): unknown key, did you mean `docker.idle_timeout`?"}},
		{"misspelled section", "dokcer:\n  host: x\n", []string{"`dokcer` (line 1): unknown key, did you mean `docker`?"}},
		{"far key", "limits:\n  zzzzzzzzzz: 1\n", []string{"`limits.zzzzzzzzzz` (line 2): unknown key"}},
		{"bad duration", "docker:\n  idle_timeout: ten min\n", []string{"`docker.idle_timeout` (line 2): \"ten min\" is not a duration (e.g. 10m"}},
		{"bad int", "docker:\n  max_containers: lots\n", []string{"`docker.max_containers` (line 2): \"lots\" is not an integer"}},
		{"bad bool", "temporal:\n  dev_server:\n    enabled: maybe\n", []string{"`temporal.dev_server.enabled` (line 3): \"maybe\" is not a boolean"}},
		{"list for scalar", "server:\n  listen: [a, b]\n", []string{"`server.listen` (line 2): want a single value, got a list"}},
		{"scalar for section", "docker: yes\n", []string{"`docker` (line 1): want a section of keys"}},
		{"several", "docker:\n  idle_timeout: x\nlog:\n  levl: debug\n", []string{"`docker.idle_timeout`", "`log.levl` (line 4): unknown key, did you mean `log.level`?"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "config.yaml")
			if err := os.WriteFile(p, []byte(c.yaml), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := Load(p, nil)
			if err == nil {
				t.Fatal("no error")
			}
			for _, w := range c.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q\nwant it to contain %q", err, w)
				}
			}
			if strings.Contains(err.Error(), "yaml: unmarshal") || strings.Contains(err.Error(), "!!str") {
				t.Errorf("raw YAML decoder error leaked: %q", err)
			}
		})
	}
	p := filepath.Join(t.TempDir(), "config.yaml")
	if err := os.WriteFile(p, []byte("docker:\n  idle_timeout: 10m\n  max_containers: 5\ntemporal:\n  dev_server:\n    enabled: false\nlimits:\n  max_cpus: 2\n  code_size: 1_000_000\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(p, nil); err != nil {
		t.Fatalf("valid file refused: %v", err)
	}
}

func TestEnvErrorsAndWarnings(t *testing.T) {
	_, err := Load("", []string{"FNFLOW_DOCKER_IDLE_TIMEOUT=ten min"})
	if err == nil || err.Error() != `environment variable FNFLOW_DOCKER_IDLE_TIMEOUT: "ten min" is not a duration (e.g. 10m, 30s, 24h)` {
		t.Errorf("got %v", err)
	}
	w := UnknownEnv([]string{"FNFLOW_DOCKER_IDLE_TIMOUT=5m", "FNFLOW_KEY=k", "FNFLOW_ENDPOINT=x", "FNFLOW_TEST_POSTGRES_DSN=x", "FNFLOW_DATABASE_DSN=x", "PATH=/bin"})
	if len(w) != 1 || w[0] != "environment variable FNFLOW_DOCKER_IDLE_TIMOUT sets no configuration key, did you mean FNFLOW_DOCKER_IDLE_TIMEOUT?" {
		t.Errorf("warnings: %q", w)
	}
}

func TestDefaultSpecificationChecked(t *testing.T) {
	for slug, ok := range map[string]bool{"": true, "s-1vcpu-1gb": true, "s-8vcpu-8gb": false, "s-64vcpu": false} {
		c := Default()
		c.Limits.MaxCPUs, c.Limits.MaxMemoryMB = 4, 4096
		c.Limits.DefaultSpecSlug = slug
		err := c.Validate()
		if (err == nil) != ok {
			t.Errorf("%q: %v", slug, err)
		}
		if err != nil && !strings.Contains(err.Error(), "limits.default_specification") {
			t.Errorf("%q: error does not name the key: %v", slug, err)
		}
	}
}
