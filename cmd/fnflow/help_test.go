package main

import (
	"context"
	"regexp"
	"strings"
	"testing"
)

// TestHelpAndUsageErrors pins what people read: --help on every level exits
// 0 with that command's own usage on stdout; a usage mistake prints one
// error line and the usage of the command concerned on stderr, exit 2.
func TestHelpAndUsageErrors(t *testing.T) {
	home := t.TempDir()
	vars := map[string]string{"HOME": home}
	cases := []struct {
		name string
		args []string
		code int
	}{
		{"help_root", []string{"--help"}, 0},
		{"help_root_command", []string{"help"}, 0},
		{"help_project", []string{"project", "--help"}, 0},
		{"help_project_list", []string{"project", "list", "--help"}, 0},
		{"help_key_create", []string{"key", "create", "-h"}, 0},
		{"help_runtimes_build", []string{"help", "runtimes", "build"}, 0},
		{"help_serve", []string{"serve", "--help"}, 0},
		{"help_init", []string{"init", "--help"}, 0},
		{"help_deploy", []string{"deploy", "--help"}, 0},
		{"help_exec", []string{"exec", "--help"}, 0},
		{"help_logs", []string{"logs", "--help"}, 0},
		{"help_functions_list", []string{"functions", "list", "--help"}, 0},
		{"help_executions_list", []string{"executions", "list", "--help"}, 0},
		{"help_login", []string{"login", "--help"}, 0},
		{"help_single_dash", []string{"key", "list", "-help"}, 0},
		{"err_help_unknown_topic", []string{"help", "projects"}, 2},
		{"err_unknown_short_flag", []string{"logs", "hello", "-fz"}, 2},
		{"err_no_command", nil, 2},
		{"err_unknown_command", []string{"projct"}, 2},
		{"err_unknown_subcommand", []string{"key", "revok"}, 2},
		{"err_missing_subcommand", []string{"functions"}, 2},
		{"err_unknown_flag", []string{"project", "list", "--bogus"}, 2},
		{"err_unknown_legacy_flag", []string{"project", "list", "-bogus"}, 2},
		{"err_flag_value", []string{"logs", "hello", "--tail", "many"}, 2},
		{"err_missing_argument", []string{"exec"}, 2},
		{"err_extra_argument", []string{"version", "now"}, 2},
		{"err_required_flag", []string{"key", "create"}, 2},
		{"err_bad_header", []string{"exec", "hello", "-H", "no-colon"}, 2},
		{"err_no_connection", []string{"functions", "list"}, 1},
		{"err_init_runtime", []string{"init", "--runtime", "cobol", home + "/x"}, 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := runCLI(context.Background(), vars, "", c.args...)
			if r.code != c.code {
				t.Errorf("exit %d, want %d\n%s", r.code, c.code, r)
			}
			if c.code == 0 && (r.stderr != "" || !strings.Contains(r.stdout, "Usage:")) {
				t.Errorf("help wrote to stderr: %q", r.stderr)
			}
			if c.code != 0 {
				if r.stdout != "" {
					t.Errorf("an error wrote to stdout: %q", r.stdout)
				}
				if n := strings.Count("\n"+r.stderr, "\nfnflow: "); n != 1 || strings.Contains(r.stderr, "Error:") {
					t.Errorf("error printed %d times or cobra's own error text leaked:\n%s", n, r.stderr)
				}
			}
			if c.code == 2 && !strings.Contains(r.stderr, "Usage:") {
				t.Errorf("usage error without usage:\n%s", r.stderr)
			}
			golden(t, c.name, strings.ReplaceAll(r.String(), home, "$HOME"))
		})
	}
}

// TestHelpIsThatCommands checks that each command's help shows its own
// flags (before, project list --help showed project create's).
func TestHelpIsThatCommands(t *testing.T) {
	r := runCLI(context.Background(), nil, "", "project", "list", "--help")
	if strings.Contains(r.stdout, "--name") || strings.Contains(r.stdout, "--if-missing") || !strings.Contains(r.stdout, "List projects") {
		t.Errorf("project list --help shows another command's flags:\n%s", r.stdout)
	}
}

func TestVersion(t *testing.T) {
	re := regexp.MustCompile(`^fnflow \S+ \(commit [^,)]+(, modified)?, go[0-9.]+\S*\)\n$`)
	for _, args := range [][]string{{"version"}, {"--version"}} {
		r := runCLI(context.Background(), nil, "", args...)
		if r.code != 0 || !re.MatchString(r.stdout) || r.stderr != "" {
			t.Errorf("%v: %s", args, r)
		}
	}
}
