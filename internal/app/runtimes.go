package app

import (
	"fmt"
	"runtime"
	"slices"
	"strings"

	"github.com/fnflow/fnflow/config"
	"github.com/fnflow/fnflow/runtimes"
	"github.com/fnflow/fnflow/server"
)

var runtimeNames = map[string]string{"node": "Node.js", "python": "Python", "php": "PHP", "ruby": "Ruby", "deno": "Deno",
	"dart": "Dart", "dotnet": ".NET", "java": "Java", "swift": "Swift", "kotlin": "Kotlin", "cpp": "C++", "bun": "Bun",
	"go": "Go", "rust": "Rust", "static": "Static", "flutter": "Flutter", "python-ml": "Python (ML)"}

// Runtimes returns the runtimes this installation offers: the built-in
// catalog with configured image overrides applied, plus runtimes that exist
// only as an upstream image named in runtimes.images, filtered by
// runtimes.enabled.
func Runtimes(cfg config.Runtimes) ([]runtimes.Definition, error) {
	builtin := runtimes.Catalog()
	known := map[string]string{}
	extra := map[string]string{}
	for id, img := range cfg.Images {
		if _, ok := runtimes.Lookup(id); ok {
			known[id] = img
		} else {
			extra[id] = img
		}
	}
	defs, err := runtimes.ApplyOverrides(builtin, known)
	if err != nil {
		return nil, fmt.Errorf("runtimes.images: %w", err)
	}
	ids := make([]string, 0, len(extra))
	for id := range extra {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		i := strings.LastIndex(id, "-")
		if i <= 0 || extra[id] == "" {
			return nil, fmt.Errorf("runtimes.images: %q: want <key>-<version> with an image reference", id)
		}
		key, ver := id[:i], id[i+1:]
		name := runtimeNames[key]
		if name == "" {
			name = key
		}
		defs = append(defs, runtimes.Definition{ID: id, Key: key, Name: name, Version: ver, Base: "upstream image " + extra[id],
			Image: extra[id], Logo: key + ".png", Supports: []string{runtime.GOARCH}, Upstream: true,
			Command: []string{"sh", "helpers/server.sh"}})
	}
	if len(cfg.Enabled) > 0 {
		var out []runtimes.Definition
		for _, id := range cfg.Enabled {
			i := slices.IndexFunc(defs, func(d runtimes.Definition) bool { return d.ID == id })
			if i < 0 {
				return nil, fmt.Errorf("runtimes.enabled: unknown runtime %q", id)
			}
			out = append(out, defs[i])
		}
		defs = out
	}
	return defs, nil
}

func runtimeInfos(defs []runtimes.Definition) []server.RuntimeInfo {
	out := make([]server.RuntimeInfo, 0, len(defs))
	for _, d := range defs {
		out = append(out, server.RuntimeInfo{ID: d.ID, Key: d.Key, Name: d.Name, Version: d.Version, Base: d.Base,
			Image: d.Image, Logo: d.Logo, Supports: d.Supports})
	}
	return out
}
