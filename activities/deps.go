package activities

import (
	"archive/tar"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"path"
	"regexp"
	"slices"
	"strings"

	"github.com/fnflow/fnflow/artifacts"
	"github.com/fnflow/fnflow/models"
	"github.com/fnflow/fnflow/runtimes"
)

// Dependencies at build time. The runtime images carry their ecosystem's
// package manager (npm; pip and venv), and a build runs the user's
// commands as Open Runtimes does: in the workspace, after preparing the
// environment (python: the virtual environment runtime-env, activated, so
// that "pip install -r requirements.txt" installs into it; the runtime
// server puts its site-packages on the module path). What the commands
// install stays in the workspace and so in the build output: node_modules
// next to the code, runtime-env for python.
//
// The build cache. A function's dependency directory (depKind.dir) is kept
// after a successful build as an artifact of that function, named by the
// hash of what decides its content: the runtime image, the commands, the
// function (ID and creation time: a function deleted and made again with
// the same ID starts empty), the manifests and lockfiles at the root of the
// source and every package archive the source ships (.tgz, .whl, ...).
// The next build of the function with the same hash gets the directory
// restored into its workspace, through the Engine API like the source and
// checked as a build output is, before its commands run: the package
// manager finds everything installed and does nothing ("up to date",
// "Requirement already satisfied"). The cache is content made by user code:
// it only ever goes back into a build of the same function.

// AppwriteVersion is the APPWRITE_VERSION builds and executions see (the
// API version fnflow speaks, server.APIVersion).
const AppwriteVersion = "1.9.6"

// AppwriteRegion is APPWRITE_REGION: fnflow has one region.
const AppwriteRegion = "default"

// depKind says where a runtime's package manager puts dependencies and
// which files decide them.
type depKind struct {
	dir       string
	manifests []string
}

var depKinds = map[string]depKind{
	"node": {dir: "node_modules", manifests: []string{"package.json", "package-lock.json",
		"npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml", ".npmrc"}},
	"python": {dir: "runtime-env", manifests: []string{"requirements.txt", "pyproject.toml", "setup.py",
		"setup.cfg", "Pipfile", "Pipfile.lock", "poetry.lock", "uv.lock", "pip.conf"}},
	"python-ml": {dir: "runtime-env", manifests: []string{"requirements.txt", "pyproject.toml", "setup.py",
		"setup.cfg", "Pipfile", "Pipfile.lock", "poetry.lock", "uv.lock", "pip.conf"}},
	"php":  {dir: "vendor", manifests: []string{"composer.json", "composer.lock", "auth.json"}},
	"ruby": {dir: "vendor/bundle", manifests: []string{"Gemfile", "Gemfile.lock", "gems.rb", "gems.locked", ".bundle/config"}},
}

// packageArchive matches package files a source may ship for an offline
// install (npm install ./dep-1.0.0.tgz, pip --find-links ./wheels).
var packageArchive = regexp.MustCompile(`(?i)\.(tgz|tar\.gz|tar\.bz2|whl|zip|egg|gem|phar|jar)$`)

// buildScript is the shell script a build runs: the environment
// preparation, the user's commands (in their own shell, as written), and
// the Open Runtimes log lines around them.
func buildScript(def runtimes.Definition, commands string) string {
	var b strings.Builder
	b.WriteString("echo 'Environment preparation started.'\n")
	if runtimes.ServerKey(def.Key) == "python" && !def.Upstream {
		// --system-site-packages: pip comes from the image (python3-pip),
		// not copied into every build output; inside a venv pip installs
		// into the venv (the image's EXTERNALLY-MANAGED marker does not
		// apply there). pip and pip3 run the venv's python.
		b.WriteString(`if [ ! -f runtime-env/pyvenv.cfg ]; then
  python3 -m venv --without-pip --system-site-packages runtime-env || { echo 'Could not create the python virtual environment runtime-env.' >&2; exit 1; }
fi
for p in pip pip3; do
  printf '#!/bin/sh\nexec "%s/runtime-env/bin/python3" -m pip "$@"\n' "$PWD" > "runtime-env/bin/$p" && chmod 755 "runtime-env/bin/$p"
done
export VIRTUAL_ENV="$PWD/runtime-env" PATH="$PWD/runtime-env/bin:$PATH"
`)
	}
	if def.Key == "ruby" && !def.Upstream {
		// As Open Runtimes: gems go to vendor/bundle in the workspace (the
		// setting is kept in .bundle/config, part of the output).
		b.WriteString(`if [ -f Gemfile ] || [ -f gems.rb ]; then
  bundle config set --local path vendor/bundle >/dev/null || exit 1
fi
`)
	}
	b.WriteString("echo 'Environment preparation finished.'\n")
	b.WriteString("echo 'Build command execution started.'\n")
	b.WriteString("sh -c " + shellQuote(commands) + "\n")
	b.WriteString("status=$?\nif [ \"$status\" -ne 0 ]; then exit \"$status\"; fi\n")
	if def.Key == "go" && !def.Upstream {
		b.WriteString(goCompile)
	}
	if def.Key == "java" && !def.Upstream {
		b.WriteString(javaCompile)
	}
	b.WriteString("echo 'Build command execution finished.'\n")
	return b.String()
}

// goCompile compiles the function (module openruntimes/handler, package
// handler, func Main) into the runtime server, as Open Runtimes' go
// runtime does: the server's main package goes into the workspace for the
// build, the types module (github.com/open-runtimes/types-for-go/v4) is
// replaced by fnflow's copy so that no network is needed for it, and the
// user's go.mod/go.sum are restored afterwards. The binary is ./server.
const goCompile = `echo 'Compiling ...'
if [ ! -f go.mod ]; then echo 'go.mod is missing: the function must be the module openruntimes/handler (package handler, func Main).' >&2; exit 1; fi
fnflow_go=/tmp/fnflow-go
rm -rf "$fnflow_go" && mkdir -p "$fnflow_go/types/openruntimes" fnflow_server || exit 1
cp ` + runtimes.ServerDir + `/openruntimes.go.txt "$fnflow_go/types/openruntimes/openruntimes.go" || exit 1
printf 'module github.com/open-runtimes/types-for-go/v4\n\ngo 1.23\n' > "$fnflow_go/types/go.mod"
cp go.mod "$fnflow_go/go.mod.user"; [ -f go.sum ] && cp go.sum "$fnflow_go/go.sum.user"
cp ` + runtimes.ServerDir + `/server.go.txt fnflow_server/main.go || exit 1
go mod edit -replace=github.com/open-runtimes/types-for-go/v4="$fnflow_go/types" -require=github.com/open-runtimes/types-for-go/v4@v4.0.8 go.mod &&
  GOFLAGS=-mod=mod go build -trimpath -ldflags='-s -w' -o server ./fnflow_server
status=$?
cp "$fnflow_go/go.mod.user" go.mod; rm -f go.sum; [ -f "$fnflow_go/go.sum.user" ] && cp "$fnflow_go/go.sum.user" go.sum
rm -rf fnflow_server
if [ "$status" -ne 0 ]; then exit "$status"; fi
`

// javaCompile compiles every .java file of the workspace with the runtime
// server (package io.openruntimes.java) into runtimes.JavaClassesDir, with
// the jars of libs/ on the class path (the runtime's command puts both on
// its class path). Plain javac: Debian's maven cannot build offline.
var javaCompile = `echo 'Compiling ...'
rm -rf ` + runtimes.JavaClassesDir + ` && mkdir -p ` + runtimes.JavaClassesDir + ` || exit 1
find . -name '*.java' -not -path './` + runtimes.JavaClassesDir + `/*' > /tmp/fnflow-java-sources
javac -encoding UTF-8 -nowarn -d ` + runtimes.JavaClassesDir + ` -cp 'libs/*' @/tmp/fnflow-java-sources ` + runtimes.ServerDir + `/*.java || exit 1
`

func shellQuote(s string) string {
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// buildEnv is the environment of a build container, as Appwrite gives it:
// the project's and the function's variables, then the APPWRITE_FUNCTION_*
// values of the build, APPWRITE_VERSION and APPWRITE_REGION.
func buildEnv(vars map[string]string, fn *models.Function, d *models.Deployment, def runtimes.Definition,
	spec models.Specification, endpoint, apiKey string) map[string]string {
	env := map[string]string{}
	for k, v := range vars {
		env[k] = v
	}
	for k, v := range map[string]string{
		"APPWRITE_FUNCTION_ID": fn.ID, "APPWRITE_FUNCTION_NAME": fn.Name, "APPWRITE_FUNCTION_PROJECT_ID": fn.ProjectID,
		"APPWRITE_FUNCTION_DEPLOYMENT": d.ID, "APPWRITE_FUNCTION_RUNTIME_NAME": def.Name,
		"APPWRITE_FUNCTION_RUNTIME_VERSION": def.Version, "OPEN_RUNTIMES_ENTRYPOINT": d.Entrypoint, "CI": "true",
		"APPWRITE_FUNCTION_API_ENDPOINT": endpoint, "APPWRITE_FUNCTION_API_KEY": apiKey,
		"APPWRITE_FUNCTION_CPUS": formatCPUs(spec.CPUs), "APPWRITE_FUNCTION_MEMORY": fmt.Sprint(spec.Memory),
		"APPWRITE_VERSION": AppwriteVersion, "APPWRITE_REGION": AppwriteRegion,
		// No network round trips nobody asked for (offline hosts wait for
		// their timeouts otherwise).
		"PIP_DISABLE_PIP_VERSION_CHECK": "1", "NPM_CONFIG_UPDATE_NOTIFIER": "false", "NPM_CONFIG_FUND": "false",
	} {
		env[k] = v
	}
	return env
}

func formatCPUs(c float64) string {
	return strings.TrimSuffix(strings.TrimRight(fmt.Sprintf("%.3f", c), "0"), ".")
}

// missingCommandHint explains exit code 127 from the build's output: the
// shell's "sh: X: not found" names the tool.
func missingCommandHint(def runtimes.Definition, output string) string {
	tool := ""
	for _, m := range notFound.FindAllStringSubmatch(output, -1) {
		tool = m[1]
	}
	if tool == "" {
		tool = "a command"
	} else {
		tool = fmt.Sprintf("%q", tool)
	}
	have := map[string]string{
		"node":   "node, npm and npx",
		"python": "python3 (python in the build's virtual environment), pip and pip3",
		"php":    "php and composer",
		"ruby":   "ruby, gem, bundle and bundler",
		"go":     "go and gofmt",
		"java":   "java, javac and jar",
	}[runtimes.ServerKey(def.Key)]
	if have == "" {
		have = "its language's tools"
	}
	return fmt.Sprintf("Build command failed with exit code 127: %s was not found. The %s runtime provides %s, "+
		"plus the shell's basic tools (sh, tar, gzip, ...). Check the spelling, or install the tool as a "+
		"dependency (npm install, pip install, composer install, bundle install) and run it from there.", tool, def.ID, have)
}

var notFound = regexp.MustCompile(`(?m)(?:^|: )([^\s:/]+(?:/[^\s:]+)*): (?:not found|command not found)`)

// cachePrefix holds a function's build cache (see liveCache).
func cachePrefix(projectID, functionID string) string {
	return projectID + "/build-cache/" + functionID + "/"
}

// buildCacheKey hashes what decides the dependency directory of a build
// (see above). "" means no caching: no dependency manifest at the root.
func (a *Activities) buildCacheKey(ctx context.Context, fn *models.Function, d *models.Deployment, def runtimes.Definition, commands string) (string, error) {
	kind, ok := depKinds[def.Key]
	if !ok || strings.TrimSpace(commands) == "" {
		return "", nil
	}
	f, err := a.Artifacts.Open(ctx, d.SourcePath)
	if err != nil {
		return "", err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return "", nil // BuildSource refuses it
	}
	image := def.Image
	if h, err := runtimes.ImageHash(def); err == nil && !def.Upstream {
		image += "@" + h
	}
	h := sha256.New()
	fmt.Fprintf(h, "fnflow-build-cache-v1\nimage=%s\nfunction=%s/%s@%d\ndir=%s\ncommands=%q\n",
		image, fn.ProjectID, fn.ID, fn.CreatedAt.UnixNano(), kind.dir, commands)
	manifest := false
	tr := tar.NewReader(zr)
	type part struct{ name, sum string }
	var parts []part
	for {
		hd, err := tr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return "", nil // BuildSource refuses it
		}
		if hd.Typeflag != tar.TypeReg {
			continue
		}
		name := path.Clean(strings.TrimPrefix(hd.Name, "./"))
		top := slices.Contains(kind.manifests, name)
		if !top && !packageArchive.MatchString(name) {
			continue
		}
		if strings.HasPrefix(name, kind.dir+"/") {
			continue
		}
		manifest = manifest || top
		fh := sha256.New()
		if _, err := io.Copy(fh, tr); err != nil {
			return "", nil
		}
		parts = append(parts, part{name, hex.EncodeToString(fh.Sum(nil))})
	}
	if !manifest {
		return "", nil
	}
	slices.SortFunc(parts, func(x, y part) int { return strings.Compare(x.name, y.name) })
	for _, p := range parts {
		fmt.Fprintf(h, "file=%q %s\n", p.name, p.sum)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// restoreCache writes the cached dependency directory as the tar stream a
// build container receives (checked again like a build output, entries
// owned by the build user). It returns artifacts.ErrNotFound on a miss.
func (a *Activities) restoreCache(ctx context.Context, key string, w io.Writer) error {
	f, err := a.Artifacts.Open(ctx, key)
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = artifacts.BuildSource(ctx, f, w, a.outputLimits(), 65534, 65534)
	return err
}

// saveCache copies the dependency directory out of a stored build output
// into the function's cache, replacing its previous entry (one per
// function).
func (a *Activities) saveCache(ctx context.Context, fn *models.Function, def runtimes.Definition, outputKey, hash string) error {
	kind := depKinds[def.Key]
	f, err := a.Artifacts.Open(ctx, outputKey)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := a.Artifacts.Delete(ctx, cachePrefix(fn.ProjectID, fn.ID)+"live"); err != nil {
		return err
	}
	key := liveCache(fn.ProjectID, fn.ID, hash)
	pr, pw := io.Pipe()
	go func() { pw.CloseWithError(filterTree(f, pw, kind.dir)) }()
	n, err := a.Artifacts.Put(ctx, key, pr)
	pr.CloseWithError(errors.New("cache store ended"))
	if err != nil || n == 0 { // no dependency directory: nothing to keep
		return errors.Join(err, a.Artifacts.Delete(ctx, key))
	}
	return nil
}

// liveCache is the artifact key of a function's cache entry for hash.
func liveCache(projectID, functionID, hash string) string {
	return cachePrefix(projectID, functionID) + "live/" + hash + ".tar.gz"
}

// filterTree copies the entries of a build output (tar.gz) under dir into
// a new tar.gz; nothing is written when there is no such directory.
func filterTree(r io.Reader, w io.Writer, dir string) error {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return err
	}
	tr := tar.NewReader(zr)
	var zw *gzip.Writer
	var tw *tar.Writer
	var parents []*tar.Header
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return err
		}
		name := strings.TrimSuffix(path.Clean(strings.TrimPrefix(h.Name, "./")), "/")
		if h.Typeflag == tar.TypeDir && strings.HasPrefix(dir, name+"/") {
			// A parent of a nested directory (vendor of vendor/bundle): kept
			// so that it is restored as the build made it (writable by the
			// build user), written only if the directory itself comes.
			hc := *h
			parents = append(parents, &hc)
			continue
		}
		if name != dir && !strings.HasPrefix(name, dir+"/") {
			continue
		}
		if h.Typeflag == tar.TypeLink {
			// A hard link to a file outside the directory cannot be kept.
			target := path.Clean(strings.TrimPrefix(h.Linkname, "./"))
			if !strings.HasPrefix(target, dir+"/") {
				continue
			}
		}
		if tw == nil {
			zw = gzip.NewWriter(w)
			tw = tar.NewWriter(zw)
			for _, p := range parents {
				if err := tw.WriteHeader(p); err != nil {
					return err
				}
			}
		}
		if err := tw.WriteHeader(h); err != nil {
			return err
		}
		if h.Typeflag == tar.TypeReg {
			if _, err := io.Copy(tw, tr); err != nil {
				return err
			}
		}
	}
	if tw == nil {
		return nil
	}
	if err := tw.Close(); err != nil {
		return err
	}
	return zw.Close()
}
