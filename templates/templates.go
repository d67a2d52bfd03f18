package templates

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"sort"
	"strings"
)

//go:embed meta all:code
var files embed.FS

// ProviderOwner and ProviderRepository name the built-in catalogue the way
// Appwrite names its templates repository (providerOwner and
// providerRepositoryId of a template; owner and repository of
// POST …/deployments/template).
const (
	VCSProvider        = "fnflow"
	ProviderOwner      = "fnflow"
	ProviderRepository = "templates"
	// ProviderVersion is the catalogue's version: it ships with the binary,
	// so any reference a client sends gets this one.
	ProviderVersion = "1.0.*"
)

// UseCases are Appwrite 1.9's function template use cases.
var UseCases = []string{"starter", "databases", "ai", "messaging", "utilities", "dev-tools", "auth"}

// Variable is a template's environment variable (Appwrite's TemplateVariable).
type Variable struct {
	Name        string `json:"name"`
	Description string `json:"description"`
	Value       string `json:"value"`
	Secret      bool   `json:"secret"`
	Placeholder string `json:"placeholder"`
	Required    bool   `json:"required"`
	Type        string `json:"type"`
}

// Template is one catalogue entry as written in meta/<id>.json.
type Template struct {
	ID           string     `json:"id"`
	Icon         string     `json:"icon"`
	Name         string     `json:"name"`
	Score        int        `json:"score"`
	Tagline      string     `json:"tagline"`
	Permissions  []string   `json:"permissions"`
	Events       []string   `json:"events"`
	Cron         string     `json:"cron"`
	Timeout      int        `json:"timeout"`
	UseCases     []string   `json:"useCases"`
	Instructions string     `json:"instructions"`
	Variables    []Variable `json:"variables"`
	Scopes       []string   `json:"scopes"`
}

// Build is how one family's code of a template is built and started.
type Build struct {
	Family     string `json:"-"`
	Entrypoint string `json:"entrypoint"`
	Commands   string `json:"commands"`
}

// RootDirectory is the code's directory in the catalogue ("node/starter"),
// Appwrite's providerRootDirectory.
func RootDirectory(family, templateID string) string { return family + "/" + templateID }

// Catalogue is the loaded, checked catalogue.
type Catalogue struct {
	list   []Template // by score, then ID
	builds map[string]map[string]Build
}

// Load reads the embedded catalogue and checks it: every template has
// valid metadata and at least one family's code with its _build.json.
func Load() (*Catalogue, error) {
	c := &Catalogue{builds: map[string]map[string]Build{}}
	metas, err := fs.ReadDir(files, "meta")
	if err != nil {
		return nil, fmt.Errorf("templates: %w", err)
	}
	for _, m := range metas {
		id, ok := strings.CutSuffix(m.Name(), ".json")
		if !ok {
			continue
		}
		data, err := files.ReadFile("meta/" + m.Name())
		if err != nil {
			return nil, fmt.Errorf("templates: %w", err)
		}
		var t Template
		if err := json.Unmarshal(data, &t); err != nil {
			return nil, fmt.Errorf("templates: %s: %w", m.Name(), err)
		}
		if t.ID != id {
			return nil, fmt.Errorf("templates: %s holds id %q", m.Name(), t.ID)
		}
		for _, u := range t.UseCases {
			if !slices.Contains(UseCases, u) {
				return nil, fmt.Errorf("templates: %s: unknown use case %q", id, u)
			}
		}
		t.Permissions, t.Events, t.UseCases, t.Scopes = nonNil(t.Permissions), nonNil(t.Events), nonNil(t.UseCases), nonNil(t.Scopes)
		if t.Variables == nil {
			t.Variables = []Variable{}
		}
		if t.Timeout == 0 {
			t.Timeout = 15
		}
		c.list = append(c.list, t)
		c.builds[id] = map[string]Build{}
	}
	families, err := fs.ReadDir(files, "code")
	if err != nil {
		return nil, fmt.Errorf("templates: %w", err)
	}
	for _, fam := range families {
		dirs, err := fs.ReadDir(files, "code/"+fam.Name())
		if err != nil {
			return nil, fmt.Errorf("templates: %w", err)
		}
		for _, d := range dirs {
			if _, ok := c.builds[d.Name()]; !ok {
				return nil, fmt.Errorf("templates: code/%s/%s has no meta/%s.json", fam.Name(), d.Name(), d.Name())
			}
			data, err := files.ReadFile(path.Join("code", fam.Name(), d.Name(), "_build.json"))
			if err != nil {
				return nil, fmt.Errorf("templates: %w", err)
			}
			b := Build{Family: fam.Name()}
			if err := json.Unmarshal(data, &b); err != nil || b.Entrypoint == "" {
				return nil, fmt.Errorf("templates: code/%s/%s/_build.json needs an entrypoint (%v)", fam.Name(), d.Name(), err)
			}
			if _, err := fs.Stat(files, path.Join("code", fam.Name(), d.Name(), storedName(b.Entrypoint))); err != nil {
				return nil, fmt.Errorf("templates: code/%s/%s: entrypoint %s is missing", fam.Name(), d.Name(), b.Entrypoint)
			}
			c.builds[d.Name()][fam.Name()] = b
		}
	}
	for _, t := range c.list {
		if len(c.builds[t.ID]) == 0 {
			return nil, fmt.Errorf("templates: %s has no code", t.ID)
		}
	}
	sort.SliceStable(c.list, func(i, j int) bool {
		if c.list[i].Score != c.list[j].Score {
			return c.list[i].Score > c.list[j].Score
		}
		return c.list[i].ID < c.list[j].ID
	})
	return c, nil
}

// MustLoad is Load for the embedded catalogue, which tests check: a broken
// catalogue is a programming error.
func MustLoad() *Catalogue {
	c, err := Load()
	if err != nil {
		panic(err)
	}
	return c
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// All lists the templates, best score first.
func (c *Catalogue) All() []Template { return slices.Clone(c.list) }

// Get finds a template by ID.
func (c *Catalogue) Get(id string) (Template, bool) {
	for _, t := range c.list {
		if t.ID == id {
			return t, true
		}
	}
	return Template{}, false
}

// Families lists the runtime families a template has code for, sorted.
func (c *Catalogue) Families(id string) []string {
	var out []string
	for f := range c.builds[id] {
		out = append(out, f)
	}
	sort.Strings(out)
	return out
}

// Build tells how a template's code for a family is built.
func (c *Catalogue) Build(id, family string) (Build, bool) {
	b, ok := c.builds[id][family]
	return b, ok
}

// ErrNotFound: no such template, or none for that family.
var ErrNotFound = errors.New("template not found")

// Lookup resolves Appwrite's providerRootDirectory ("node/starter").
func (c *Catalogue) Lookup(rootDirectory string) (Template, Build, error) {
	family, id, ok := strings.Cut(strings.Trim(rootDirectory, "/"), "/")
	if !ok {
		return Template{}, Build{}, ErrNotFound
	}
	t, found := c.Get(id)
	b, hasCode := c.Build(id, family)
	if !found || !hasCode {
		return Template{}, Build{}, ErrNotFound
	}
	return t, b, nil
}

// WalkFiles calls fn for every code file of a template's family (paths
// relative to the code directory, _build.json left out, go.mod.txt and
// *.go.txt without .txt), in lexical order.
func (c *Catalogue) WalkFiles(id, family string, fn func(name string, data []byte) error) error {
	if _, ok := c.Build(id, family); !ok {
		return ErrNotFound
	}
	root := path.Join("code", family, id)
	return fs.WalkDir(files, root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		name := strings.TrimPrefix(p, root+"/")
		if name == "_build.json" {
			return nil
		}
		// Back from its stored name (storedName).
		name = strings.TrimSuffix(name, ".txt")
		if storedName(name) != strings.TrimPrefix(p, root+"/") {
			name += ".txt" // a .txt file of the template itself
		}
		data, err := files.ReadFile(p)
		if err != nil {
			return err
		}
		return fn(name, data)
	})
}

// Archive packs a template's code for a family as a deployment source (a
// gzipped tar of regular files, mode 0644, no owner).
func (c *Catalogue) Archive(id, family string) ([]byte, error) {
	var buf bytes.Buffer
	gz := gzip.NewWriter(&buf)
	tw := tar.NewWriter(gz)
	err := c.WalkFiles(id, family, func(name string, data []byte) error {
		if err := tw.WriteHeader(&tar.Header{Name: name, Mode: 0o644, Size: int64(len(data)), Typeflag: tar.TypeReg}); err != nil {
			return err
		}
		_, err := tw.Write(data)
		return err
	})
	if err != nil {
		return nil, err
	}
	if err := tw.Close(); err != nil {
		return nil, err
	}
	if err := gz.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// storedName is the name under code/ of a template file: a Go template's
// go.mod and .go files carry a .txt suffix (go:embed leaves out a directory
// holding a go.mod, and `go test ./...` would take .go files for a package
// of this module).
func storedName(name string) string {
	if path.Base(name) == "go.mod" || strings.HasSuffix(name, ".go") {
		return name + ".txt"
	}
	return name
}
