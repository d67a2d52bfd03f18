package runtimes

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io/fs"
	"maps"
	"path"
	"slices"
	"strings"
)

// The runtime servers, copied into the images under ServerDir.
//
//go:embed servers/node/*.js servers/python/*.py servers/php/*.php servers/ruby/*.rb servers/static/*.py servers/go/*.txt servers/java/*.java
var serverFS embed.FS

// The Go code that decides what goes into a base root filesystem. It is
// part of the base hash, so changing how bases are made rebuilds them.
//
//go:embed debian.go rootfs.go tarball.go
var baseRecipeFS embed.FS

const imagePath = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"

// keyRecipe is what differs between languages in the server layer.
type keyRecipe struct {
	env     []string // extra environment
	prepare []string // command run once in the layer, as root, without network
	// prepareFor, when set, gives the prepare command of one definition.
	prepareFor func(d Definition) []string
}

var keyRecipes = map[string]keyRecipe{
	"node": {},
	"python": {
		env: []string{"PYTHONDONTWRITEBYTECODE=1", "PYTHONUNBUFFERED=1"},
		// The root filesystem is read-only at run time: compile the standard
		// library and the server once here, or every start compiles them.
		prepare: []string{"python3", "-c",
			"import compileall, sysconfig; " +
				"compileall.compile_dir(sysconfig.get_paths()['stdlib'], quiet=1); " +
				"compileall.compile_dir('" + ServerDir + "', quiet=1)"},
	},
	"python-ml": {
		env: []string{"PYTHONDONTWRITEBYTECODE=1", "PYTHONUNBUFFERED=1"},
		// As python, plus Debian's dist-packages (numpy, pandas, scipy,
		// scikit-learn ship no bytecode; py3compile would have made it):
		// without it every cold start compiles them.
		// The BLAS/LAPACK links update-alternatives would have made
		// (openblas when there, else the reference libraries).
		prepare: []string{"python3", "-c",
			"import compileall, glob, os, sysconfig\n" +
				"for name, ref in (('libblas.so.3', 'blas'), ('liblapack.so.3', 'lapack')):\n" +
				"    found = [p for d in ('openblas-pthread', 'openblas-openmp', 'openblas-serial', ref) " +
				"for p in glob.glob('/usr/lib/*-linux-gnu/%s/%s' % (d, name))]\n" +
				"    if found:\n" +
				"        os.symlink(found[0], os.path.join(os.path.dirname(os.path.dirname(found[0])), name))\n" +
				// openblas' libraries are found through ld.so.conf.d and
				// ldconfig, which never ran: link them next to the others.
				"for lib in glob.glob('/usr/lib/*-linux-gnu/openblas-*/libopenblas*.so.0'):\n" +
				"    link = os.path.join(os.path.dirname(os.path.dirname(lib)), os.path.basename(lib))\n" +
				"    if not os.path.lexists(link):\n" +
				"        os.symlink(lib, link)\n" +
				"compileall.compile_dir(sysconfig.get_paths()['stdlib'], quiet=1)\n" +
				"compileall.compile_dir('/usr/lib/python3/dist-packages', quiet=1)\n" +
				"compileall.compile_dir('" + ServerDir + "', quiet=1)\n"},
	},
	"go": {
		// The go command (update-alternatives would have linked it). The
		// server's sources are compiled with the function by each build.
		prepareFor: func(d Definition) []string {
			return []string{"sh", "-c", "set -e; ln -s /usr/lib/go-" + d.Version + "/bin/go /usr/bin/go; " +
				"ln -s /usr/lib/go-" + d.Version + "/bin/gofmt /usr/bin/gofmt; go version >/dev/null"}
		},
		env: []string{"GOTOOLCHAIN=local", "CGO_ENABLED=0", "GOPATH=" + TmpDir + "/go", "GOCACHE=" + TmpDir + "/go-build"},
	},
	"java": {
		// java, javac and jar (update-alternatives would have linked them),
		// and the class data sharing archive openjdk's postinst makes
		// (java -Xshare:dump): faster starts.
		prepareFor: func(d Definition) []string {
			major := strings.TrimSuffix(d.Version, ".0")
			return []string{"sh", "-c", "set -e; for b in java javac jar; do ln -s /usr/lib/jvm/java-" + major +
				"-openjdk-*/bin/$b /usr/bin/$b; done; java -Xshare:dump >/dev/null 2>&1 || true; " +
				"mkdir /tmp/c && javac -d /tmp/c " + ServerDir + "/*.java && rm -rf /tmp/c"}
		},
	},
	"static": {
		env:     []string{"PYTHONDONTWRITEBYTECODE=1", "PYTHONUNBUFFERED=1"},
		prepare: []string{"python3", "-c", "import compileall, sysconfig; compileall.compile_dir(sysconfig.get_paths()['stdlib'], quiet=1); compileall.compile_dir('" + ServerDir + "', quiet=1)"},
	},
	"php": {
		// What the maintainer scripts would have made: php (update-
		// alternatives: the server, the user's builds and composer's
		// #!/usr/bin/env php need it), the CLI php.ini (Debian's
		// production.cli, as php-cli's postinst installs it) and the conf.d links that enable
		// the extensions of php-common (phpenmod: ctype, iconv, posix,
		// tokenizer, phar, ...). The server is checked to parse and
		// composer to run.
		prepareFor: func(d Definition) []string {
			v := d.Version
			return []string{"sh", "-c", "set -e; ln -s php" + v + " /usr/bin/php; " +
				"cp /usr/lib/php/" + v + "/php.ini-production.cli /etc/php/" + v + "/cli/php.ini; " +
				"for f in /usr/share/php" + v + "-*/*/*.ini; do " +
				"p=$(sed -n 's/^; *priority=//p' \"$f\"); n=$(basename \"$f\"); " +
				"cp \"$f\" /etc/php/" + v + "/mods-available/$n; " +
				"ln -s ../../mods-available/$n /etc/php/" + v + "/cli/conf.d/${p:-20}-$n; done; " +
				"for f in " + ServerDir + "/*.php; do php -l \"$f\" >/dev/null; done; composer --version >/dev/null"}
		},
		env: []string{"COMPOSER_HOME=" + TmpDir + "/composer", "COMPOSER_NO_INTERACTION=1"},
	},
	"ruby": {
		prepareFor: func(d Definition) []string {
			return []string{"sh", "-c", "set -e; for f in " + ServerDir + "/*.rb; do ruby -c \"$f\" >/dev/null; done; bundle --version >/dev/null"}
		},
	},
}

// SupportsSpecialize says whether the runtime server of a runtime key
// implements POST /__opr/specialize (see doc.go): its images are labelled
// LabelSpecialize, and only such images get spare containers.
func SupportsSpecialize(key string) bool {
	switch ServerKey(key) {
	case "node", "python":
		return true
	}
	return false
}

// ServerKey is the runtime server (and language recipe) a runtime key
// uses: python-ml runs the python server.
func ServerKey(key string) string {
	if key == "python-ml" {
		return "python"
	}
	return key
}

// ServerFiles returns the runtime server's files for a runtime key ("node",
// "python"), by file name.
func ServerFiles(key string) (map[string][]byte, error) {
	dir := path.Join("servers", key)
	entries, err := fs.ReadDir(serverFS, dir)
	if err != nil {
		return nil, fmt.Errorf("no runtime server for %q", key)
	}
	files := map[string][]byte{}
	for _, e := range entries {
		b, err := fs.ReadFile(serverFS, path.Join(dir, e.Name()))
		if err != nil {
			return nil, err
		}
		files[e.Name()] = b
	}
	return files, nil
}

// BaseHash identifies a base root filesystem: suite, architecture,
// packages and the code that builds it.
func BaseHash(d Definition) string {
	h := sha256.New()
	fmt.Fprintf(h, "fnflow-base\n%s\narch=%s\n", baseFor(d), debianArch())
	hashFS(h, baseRecipeFS, ".")
	return hex.EncodeToString(h.Sum(nil))
}

// baseFor names what a base is made of, whatever the recipe's version:
// "bookworm/busybox-static,nodejs".
func baseFor(d Definition) string {
	pkgs := slices.Sorted(slices.Values(append(slices.Clone(d.Packages), basePackages...)))
	return d.Suite + "/" + strings.Join(pkgs, ",")
}

// BaseImage is the tag of the definition's cached base image.
func BaseImage(d Definition) string {
	return BaseImagePrefix + ":" + d.Suite + "-" + BaseHash(d)[:12]
}

// ImageHash identifies a runtime image: its base, the server layer's
// recipe and the server files. An image labelled with the same hash is up
// to date.
func ImageHash(d Definition) (string, error) {
	recipe, err := serverLayer(d)
	if err != nil {
		return "", err
	}
	spec, err := json.Marshal(recipe)
	if err != nil {
		return "", err
	}
	h := sha256.New()
	fmt.Fprintf(h, "fnflow-runtime\nid=%s\nbase=%s\nlayer=%s\n", d.ID, BaseHash(d), spec)
	files, err := ServerFiles(ServerKey(d.Key))
	if err != nil {
		return "", err
	}
	for _, name := range slices.Sorted(maps.Keys(files)) {
		fmt.Fprintf(h, "file=%s %d\n", name, len(files[name]))
		h.Write(files[name])
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// layerRecipe is the server layer on top of a base image: the server files
// are copied to ServerDir, Prepare (if any) runs, then the container is
// committed with Changes (Dockerfile instructions).
type layerRecipe struct {
	Base    string   `json:"base"`
	Prepare []string `json:"prepare,omitempty"`
	Changes []string `json:"changes"`
}

func serverLayer(d Definition) (layerRecipe, error) {
	recipe, ok := keyRecipes[d.Key]
	if !ok {
		recipe, ok = keyRecipes[ServerKey(d.Key)]
	}
	if !ok {
		return layerRecipe{}, fmt.Errorf("runtime %s: no recipe for key %q", d.ID, d.Key)
	}
	if len(d.Command) == 0 {
		return layerRecipe{}, fmt.Errorf("runtime %s: no command", d.ID)
	}
	var changes []string
	for _, e := range append([]string{"PATH=" + imagePath, "HOME=" + TmpDir, "LANG=C.UTF-8"}, recipe.env...) {
		changes = append(changes, "ENV "+e)
	}
	if SupportsSpecialize(d.Key) {
		changes = append(changes, fmt.Sprintf("LABEL %s=%q", LabelSpecialize, "1"))
	}
	changes = append(changes,
		"WORKDIR "+WorkDir,
		"USER "+RunAsUser,
		fmt.Sprintf("EXPOSE %d", ServerPort),
		"CMD "+execForm(d.Command),
	)
	prepare := recipe.prepare
	if recipe.prepareFor != nil {
		prepare = recipe.prepareFor(d)
	}
	return layerRecipe{Base: BaseImage(d), Prepare: prepare, Changes: changes}, nil
}

// execForm is the JSON (exec) form of a Dockerfile RUN or CMD.
func execForm(args []string) string {
	b, _ := json.Marshal(args) // a []string always marshals
	return string(b)
}

func hashFS(h interface{ Write([]byte) (int, error) }, fsys fs.FS, dir string) {
	_ = fs.WalkDir(fsys, dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		fmt.Fprintf(h, "file=%s %d\n", p, len(b))
		_, err = h.Write(b)
		return err
	})
}
