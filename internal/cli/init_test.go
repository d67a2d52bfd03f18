package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestInitTemplates: `fnflow init --template` writes the catalogue's code
// for the runtime and an appwrite.json with the template's settings.
func TestInitTemplates(t *testing.T) {
	for _, tc := range []struct{ runtime, template, file, runtimeID, schedule string }{
		{"node", "", "src/main.js", "node-18.0", ""},
		{"node-20.0", "json-echo", "src/main.js", "node-20.0", ""},
		{"python", "scheduled-report", "src/main.py", "python-3.11", "0 * * * *"},
		{"python-3.13", "json-echo", "src/main.py", "python-3.13", ""},
	} {
		dir := filepath.Join(t.TempDir(), "fn")
		f, err := Init(dir, tc.runtime, "", tc.template)
		if err != nil {
			t.Fatalf("%s %s: %v", tc.runtime, tc.template, err)
		}
		if f.Runtime != tc.runtimeID || f.Entrypoint != tc.file || f.Schedule != tc.schedule || f.ID != "fn" {
			t.Errorf("%s %s: settings %+v", tc.runtime, tc.template, f)
		}
		for _, name := range []string{tc.file, ".gitignore", "appwrite.json"} {
			if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
				t.Errorf("%s %s: %v", tc.runtime, tc.template, err)
			}
		}
		if _, err := os.Stat(filepath.Join(dir, "_build.json")); err == nil {
			t.Errorf("%s %s: _build.json copied", tc.runtime, tc.template)
		}
		located, err := FindSettings(dir)
		if err != nil || len(located.Project.Functions) != 1 || located.Project.Functions[0].Runtime != tc.runtimeID {
			t.Errorf("%s %s: appwrite.json: %v %+v", tc.runtime, tc.template, err, located)
		}
	}
	if _, err := Init(filepath.Join(t.TempDir(), "x"), "node", "", "nope"); err == nil || !strings.Contains(err.Error(), "starter") {
		t.Errorf("unknown template: %v", err)
	}
	if _, err := Init(filepath.Join(t.TempDir(), "x"), "cobol-1.0", "", "starter"); err == nil || !strings.Contains(err.Error(), "node") {
		t.Errorf("runtime without code: %v", err)
	}
}
