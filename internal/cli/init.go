package cli

import (
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/fnflow/fnflow/runtimes"
	"github.com/fnflow/fnflow/templates"
)

//go:embed templates/gitignore
var initFiles embed.FS

// DefaultTemplate is the template `fnflow init` writes without --template.
const DefaultTemplate = "starter"

// runtimeFor resolves a runtime ID ("node-20.0") or family ("node", the
// family's first built-in runtime) to the runtime ID and its family.
func runtimeFor(runtime string) (id, family string) {
	if d, ok := runtimes.Lookup(runtime); ok {
		return d.ID, d.Key
	}
	for _, d := range runtimes.Catalog() { // a family: its first version
		if d.Key == runtime {
			return d.ID, d.Key
		}
	}
	family, _, _ = strings.Cut(runtime, "-") // a runtime this binary does not build
	return runtime, family
}

var idClean = regexp.MustCompile(`[^A-Za-z0-9._-]+`)

// FunctionIDFor turns a folder name into a valid function ID.
func FunctionIDFor(dir string) string {
	id := strings.TrimLeft(idClean.ReplaceAllString(filepath.Base(dir), "-"), "._-")
	if len(id) > 36 {
		id = id[:36]
	}
	if id == "" {
		id = "function"
	}
	return id
}

// Init writes a template's code for the runtime and its appwrite.json into
// dir, which must not exist or be empty. The templates are the server's
// catalogue (package templates, GET /v1/functions/templates): the function
// gets the template's entrypoint, commands, permissions, events, schedule,
// timeout, scopes and the variables that have a default value.
func Init(dir, runtime, id, templateID string) (*FunctionSettings, error) {
	if templateID == "" {
		templateID = DefaultTemplate
	}
	cat, err := templates.Load()
	if err != nil {
		return nil, err
	}
	t, ok := cat.Get(templateID)
	if !ok {
		var ids []string
		for _, t := range cat.All() {
			ids = append(ids, t.ID)
		}
		return nil, fmt.Errorf("no template %q (have: %s)", templateID, strings.Join(ids, ", "))
	}
	runtime, family := runtimeFor(runtime)
	b, ok := cat.Build(t.ID, family)
	if !ok {
		var have []string
		for _, fam := range cat.Families(t.ID) {
			if slices.ContainsFunc(runtimes.Catalog(), func(d runtimes.Definition) bool { return d.Key == fam }) {
				have = append(have, fam)
			}
		}
		return nil, fmt.Errorf("template %s has no code for runtime %q (have: %s)", t.ID, runtime, strings.Join(have, ", "))
	}
	if entries, err := os.ReadDir(dir); err == nil && len(entries) > 0 {
		return nil, fmt.Errorf("%s is not empty", dir)
	} else if err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil, err
	}
	if id == "" {
		id = FunctionIDFor(dir)
	}
	err = cat.WalkFiles(t.ID, family, func(name string, data []byte) error {
		return writeFile(filepath.Join(dir, filepath.FromSlash(name)), data)
	})
	if err != nil {
		return nil, err
	}
	gi, _ := initFiles.ReadFile("templates/gitignore")
	if err := writeFile(filepath.Join(dir, ".gitignore"), gi); err != nil {
		return nil, err
	}
	f := &FunctionSettings{
		ID: id, Name: id, Runtime: runtime, Execute: slices.Clone(t.Permissions), Events: slices.Clone(t.Events),
		Scopes: slices.Clone(t.Scopes), Schedule: t.Cron, Timeout: t.Timeout, Entrypoint: b.Entrypoint,
		Commands: b.Commands, Path: ".", Ignore: []string{}, Specification: "s-0.5vcpu-512mb",
	}
	for _, v := range t.Variables {
		if v.Value != "" {
			if f.Vars == nil {
				f.Vars = map[string]string{}
			}
			f.Vars[v.Name] = v.Value
		}
	}
	data, err := json.MarshalIndent(ProjectFile{Functions: []*FunctionSettings{f}}, "", "  ")
	if err != nil {
		return nil, err
	}
	return f, writeFile(filepath.Join(dir, "appwrite.json"), append(data, '\n'))
}

func writeFile(p string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return err
	}
	return os.WriteFile(p, data, 0o644)
}
