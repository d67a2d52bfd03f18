package runtimes

import (
	"fmt"
	"runtime"
	"slices"
	"sort"
	"strings"
)

// Definition describes one runtime: what the API lists (ID, Key, Name,
// Version, Base, Image, Logo, Supports) and how its image is made (Suite,
// Packages, Command).
type Definition struct {
	ID       string   `json:"id"`       // "node-18.0": <key>-<version>, as Appwrite names runtimes
	Key      string   `json:"key"`      // "node", "python"
	Name     string   `json:"name"`     // "Node.js"
	Version  string   `json:"version"`  // "18.0"
	Base     string   `json:"base"`     // human description of what the image is built from
	Image    string   `json:"image"`    // local tag, or the configured upstream image
	Logo     string   `json:"logo"`     // "node.png"
	Supports []string `json:"supports"` // CPU architectures (GOARCH names)
	Language string   `json:"language"` // "javascript", "python"

	Suite    string   `json:"suite"`    // Debian suite the root filesystem comes from
	Packages []string `json:"packages"` // Debian packages installed with their dependencies
	Command  []string `json:"command"`  // starts the runtime server: the container command to use

	// Upstream is true when configuration points this runtime at an image
	// built elsewhere (for example openruntimes/node:v5-18.0): the builder
	// never builds it and the Debian fields above do not apply.
	Upstream bool `json:"upstream"`
}

// ImagePrefix is the repository of the locally built runtime images.
const ImagePrefix = "fnflow/runtime"

// BaseImagePrefix is the repository of the cached base root filesystems.
const BaseImagePrefix = "fnflow/runtime-base"

var (
	// Open Runtimes v5 images start their server this way, from WorkDir.
	upstreamCommand = []string{"sh", "helpers/server.sh"}
	nodeCommand     = []string{"node", ServerDir + "/server.js"}
	pythonCommand   = []string{"python3", ServerDir + "/server.py"}
	phpCommand      = []string{"php", ServerDir + "/server.php"}
	rubyCommand     = []string{"ruby", ServerDir + "/server.rb"}
)

func nodeRuntime(version, suite, base string) Definition {
	return Definition{
		ID: "node-" + version, Key: "node", Name: "Node.js", Version: version, Base: base,
		Logo: "node.png", Language: "javascript",
		Suite: suite, Packages: []string{"nodejs", "npm"}, Command: nodeCommand,
	}
}

func pythonRuntime(version, suite, base string) Definition {
	return Definition{
		ID: "python-" + version, Key: "python", Name: "Python", Version: version, Base: base,
		Logo: "python.png", Language: "python",
		Suite: suite, Packages: []string{"python3", "python3-pip", "python3-venv"}, Command: pythonCommand,
	}
}

func phpRuntime(version, suite, base string) Definition {
	return Definition{
		ID: "php-" + version, Key: "php", Name: "PHP", Version: version, Base: base,
		Logo: "php.png", Language: "php",
		// composer depends on the suite's php-cli; /usr/bin/php is made in
		// the server layer (Debian makes it with update-alternatives).
		Suite: suite, Packages: []string{"php" + version + "-cli", "composer"}, Command: phpCommand,
	}
}

func rubyRuntime(version, suite, base string) Definition {
	return Definition{
		ID: "ruby-" + version, Key: "ruby", Name: "Ruby", Version: version, Base: base,
		Logo: "ruby.png", Language: "ruby",
		Suite: suite, Packages: []string{"ruby", "bundler"}, Command: rubyCommand,
	}
}

// javaRuntime: the function and the server are compiled by each build
// (plain javac, jars from libs/ on the class path; activities/deps.go).
func javaRuntime(version, suite, base string) Definition {
	major := strings.TrimSuffix(version, ".0")
	return Definition{
		ID: "java-" + version, Key: "java", Name: "Java", Version: version, Base: base,
		Logo: "java.png", Language: "java", Suite: suite,
		Packages: []string{"openjdk-" + major + "-jdk-headless"},
		Command: []string{"java", "-XX:+UseSerialGC", "-cp", FunctionDir + "/" + JavaClassesDir + ":" + FunctionDir + "/libs/*",
			"io.openruntimes.java.Server"},
	}
}

// JavaClassesDir is where java builds put the compiled classes (relative to
// the build output).
const JavaClassesDir = "fnflow-classes"

// catalog is the list of runtimes fnflow knows how to build. Versions are
// what the Debian suite ships; the IDs are the Appwrite runtime IDs.
var catalog = []Definition{
	nodeRuntime("18.0", "bookworm", "debian bookworm nodejs 18.20"),
	nodeRuntime("20.0", "trixie", "debian trixie nodejs 20.19"),
	pythonRuntime("3.11", "bookworm", "debian bookworm python3 3.11"),
	pythonRuntime("3.13", "trixie", "debian trixie python3 3.13"),
	phpRuntime("8.2", "bookworm", "debian bookworm php8.2-cli and composer 2.5"),
	phpRuntime("8.4", "trixie", "debian trixie php8.4-cli and composer 2.8"),
	rubyRuntime("3.1", "bookworm", "debian bookworm ruby 3.1 and bundler 2.3"),
	rubyRuntime("3.3", "trixie", "debian trixie ruby 3.3 and bundler 2.6"),
	{
		// The function is compiled into the runtime server at build time
		// (activities/deps.go), as Open Runtimes' go runtime does.
		ID: "go-1.24", Key: "go", Name: "Go", Version: "1.24", Base: "debian trixie golang-1.24",
		Logo: "go.png", Language: "go", Suite: "trixie", Packages: []string{"golang-1.24-go"},
		Command: []string{FunctionDir + "/server"},
	},
	javaRuntime("17.0", "bookworm", "debian bookworm openjdk-17-jdk-headless"),
	javaRuntime("21.0", "trixie", "debian trixie openjdk-21-jdk-headless"),
	{
		// Files served as they are; the server is a small python program
		// (python3 is the smallest Debian runtime with an HTTP server).
		ID: "static-1", Key: "static", Name: "Static", Version: "1", Base: "debian bookworm python3 3.11 file server",
		Logo: "static.png", Language: "static", Suite: "bookworm", Packages: []string{"python3"}, Command: pythonCommand,
	},
	{
		ID: "python-ml-3.11", Key: "python-ml", Name: "Python (ML)", Version: "3.11",
		Base: "debian bookworm python3 3.11 with numpy, pandas and scikit-learn", Logo: "python-ml.png", Language: "python",
		Suite: "bookworm", Command: pythonCommand,
		Packages: []string{"python3", "python3-pip", "python3-venv", "python3-numpy", "python3-pandas", "python3-sklearn"},
	},
}

// Catalog returns the built-in runtime definitions, sorted by ID. The
// result is a copy: callers may change it.
func Catalog() []Definition {
	out := make([]Definition, 0, len(catalog))
	for _, d := range catalog {
		d.Image = ImagePrefix + ":" + d.ID
		d.Supports = []string{runtime.GOARCH}
		out = append(out, d.clone())
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// Lookup returns the built-in definition with the given ID.
func Lookup(id string) (Definition, bool) {
	return Find(Catalog(), id)
}

// Find returns the definition with the given ID from defs (for example
// the catalog after ApplyOverrides).
func Find(defs []Definition, id string) (Definition, bool) {
	for _, d := range defs {
		if d.ID == id {
			return d.clone(), true
		}
	}
	return Definition{}, false
}

// ApplyOverrides points runtimes at images named in configuration (runtime
// ID → image reference, e.g. "node-18.0" → "openruntimes/node:v5-18.0") and
// marks them Upstream, so they are used as they are instead of being built.
// An unknown runtime ID or an empty image is an error, so that a typo in the
// configuration fails at start.
func ApplyOverrides(defs []Definition, images map[string]string) ([]Definition, error) {
	out := make([]Definition, len(defs))
	for i, d := range defs {
		out[i] = d.clone()
	}
	ids := make([]string, 0, len(images))
	for id := range images {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		image := images[id]
		i := slices.IndexFunc(out, func(d Definition) bool { return d.ID == id })
		if i < 0 {
			return nil, fmt.Errorf("runtime image override for %q: no such runtime (known: %v)", id, definitionIDs(out))
		}
		if image == "" {
			return nil, fmt.Errorf("runtime image override for %q: empty image reference", id)
		}
		out[i].Image = image
		out[i].Base = "upstream image " + image
		out[i].Command = slices.Clone(upstreamCommand)
		out[i].Upstream = true
	}
	return out, nil
}

func definitionIDs(defs []Definition) []string {
	ids := make([]string, len(defs))
	for i, d := range defs {
		ids[i] = d.ID
	}
	return ids
}

func (d Definition) clone() Definition {
	d.Supports = slices.Clone(d.Supports)
	d.Packages = slices.Clone(d.Packages)
	d.Command = slices.Clone(d.Command)
	return d
}
