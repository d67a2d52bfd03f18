package cli

import (
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"
)

//go:embed templates
var templates embed.FS

// Starter is one template of `fnflow init`.
type Starter struct {
	Key        string // template folder
	Runtime    string // default runtime ID
	Entrypoint string
	Commands   string
}

// Starters are the templates, by runtime family.
var Starters = []Starter{
	{Key: "node", Runtime: "node-18.0", Entrypoint: "src/main.js", Commands: ""},
	{Key: "python", Runtime: "python-3.11", Entrypoint: "src/main.py", Commands: ""},
}

// StarterFor picks the template for a runtime ID ("node-20.0") or family ("node").
func StarterFor(runtime string) (Starter, string, error) {
	family, _, _ := strings.Cut(runtime, "-")
	for _, s := range Starters {
		if s.Key == family {
			if runtime == family {
				runtime = s.Runtime
			}
			return s, runtime, nil
		}
	}
	var keys []string
	for _, s := range Starters {
		keys = append(keys, s.Key)
	}
	return Starter{}, "", fmt.Errorf("no template for runtime %q (have: %s)", runtime, strings.Join(keys, ", "))
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

// Init writes a starter function and its appwrite.json into dir, which must
// not exist or be empty. It returns the function's settings.
func Init(dir, runtime, id string) (*FunctionSettings, error) {
	st, runtime, err := StarterFor(runtime)
	if err != nil {
		return nil, err
	}
	if entries, err := os.ReadDir(dir); err == nil && len(entries) > 0 {
		return nil, fmt.Errorf("%s is not empty", dir)
	} else if err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil, err
	}
	if id == "" {
		id = FunctionIDFor(dir)
	}
	root := "templates/" + st.Key
	err = fs.WalkDir(templates, root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := templates.ReadFile(p)
		if err != nil {
			return err
		}
		data = []byte(strings.ReplaceAll(string(data), "{{.ID}}", id))
		return writeFile(filepath.Join(dir, filepath.FromSlash(strings.TrimPrefix(p, root+"/"))), data)
	})
	if err != nil {
		return nil, err
	}
	gi, _ := templates.ReadFile(path.Join("templates", "gitignore"))
	if err := writeFile(filepath.Join(dir, ".gitignore"), gi); err != nil {
		return nil, err
	}
	f := &FunctionSettings{
		ID: id, Name: id, Runtime: runtime, Execute: []string{"any"}, Events: []string{}, Scopes: []string{},
		Timeout: 15, Entrypoint: st.Entrypoint, Commands: st.Commands, Path: ".", Ignore: []string{},
		Specification: "s-0.5vcpu-512mb",
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
