package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// ProjectFiles are the settings files deploy reads, in order: the Appwrite
// CLI's own, then fnflow's (same format).
var ProjectFiles = []string{"appwrite.json", "fnflow.json"}

// ProjectFile is appwrite.json: the Appwrite CLI's project file. Fields this
// client does not use (collections, buckets, ...) are ignored.
type ProjectFile struct {
	ProjectID   string              `json:"projectId,omitempty"`
	ProjectName string              `json:"projectName,omitempty"`
	Endpoint    string              `json:"endpoint,omitempty"`
	Functions   []*FunctionSettings `json:"functions"`
}

// FunctionSettings is one entry of "functions" in appwrite.json. Vars is
// fnflow's extension: variables created or updated on deploy.
type FunctionSettings struct {
	ID                   string            `json:"$id"`
	Name                 string            `json:"name"`
	Runtime              string            `json:"runtime"`
	Execute              []string          `json:"execute"`
	Events               []string          `json:"events"`
	Scopes               []string          `json:"scopes"`
	Schedule             string            `json:"schedule"`
	Timeout              int               `json:"timeout"`
	Enabled              *bool             `json:"enabled,omitempty"`
	Logging              *bool             `json:"logging,omitempty"`
	Entrypoint           string            `json:"entrypoint"`
	Commands             string            `json:"commands"`
	Path                 string            `json:"path"`
	Ignore               []string          `json:"ignore,omitempty"`
	Specification        string            `json:"specification,omitempty"`
	BuildSpecification   string            `json:"buildSpecification,omitempty"`
	RuntimeSpecification string            `json:"runtimeSpecification,omitempty"`
	Vars                 map[string]string `json:"vars,omitempty"`
}

// Located is a settings file found for a folder.
type Located struct {
	File     string // path of appwrite.json or fnflow.json
	Root     string // its folder; function paths are relative to it
	Project  ProjectFile
	Selected []*FunctionSettings // the functions the folder deploys
}

// FindSettings looks for a settings file in dir and then its parents. In
// dir itself every function is selected; from a parent, the functions whose
// path is dir.
func FindSettings(dir string) (*Located, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	if fi, err := os.Stat(abs); err != nil {
		return nil, err
	} else if !fi.IsDir() {
		return nil, fmt.Errorf("%s is not a folder", dir)
	}
	for root := abs; ; root = filepath.Dir(root) {
		for _, name := range ProjectFiles {
			p := filepath.Join(root, name)
			data, err := os.ReadFile(p)
			if errors.Is(err, os.ErrNotExist) {
				continue
			}
			if err != nil {
				return nil, err
			}
			l := &Located{File: p, Root: root}
			if err := json.Unmarshal(data, &l.Project); err != nil {
				return nil, fmt.Errorf("%s: %w", p, err)
			}
			for i, f := range l.Project.Functions {
				if f == nil || f.ID == "" || f.Runtime == "" {
					return nil, fmt.Errorf("%s: functions[%d] needs \"$id\" and \"runtime\"", p, i)
				}
				if root == abs || filepath.Join(root, filepath.FromSlash(f.Path)) == abs {
					l.Selected = append(l.Selected, f)
				}
			}
			if len(l.Selected) == 0 {
				return nil, fmt.Errorf("%s has no function in %s", p, dir)
			}
			return l, nil
		}
		if filepath.Dir(root) == root {
			return nil, fmt.Errorf("no appwrite.json or fnflow.json in %s or its parents (create one with `fnflow init`)", dir)
		}
	}
}

// Dir is the folder holding a function's code.
func (l *Located) Dir(f *FunctionSettings) string {
	return filepath.Join(l.Root, filepath.FromSlash(f.Path))
}
