package runtimes

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"time"
)

// Mirror says where Debian packages come from. Suite S is read from
// Main (S and S-updates) and Security (S-security).
type Mirror struct {
	Main     string // e.g. http://deb.debian.org/debian
	Security string // e.g. http://deb.debian.org/debian-security; empty: no security suite
	Keyring  string // OpenPGP keyring for signed-by; empty: apt's trusted keys
}

const (
	defaultMainMirror     = "http://deb.debian.org/debian"
	defaultSecurityMirror = "http://deb.debian.org/debian-security"
	debianKeyring         = "/usr/share/keyrings/debian-archive-keyring.gpg"
	aptTimeout            = 10 * time.Minute
)

var debianCodenames = []string{
	"buster", "bullseye", "bookworm", "trixie", "forky", "duke", "sid",
	"oldstable", "stable", "testing", "unstable",
}

// DefaultMirror returns the Debian mirror the host's apt uses
// (/etc/apt/sources.list and sources.list.d, both formats), falling back to
// deb.debian.org.
func DefaultMirror() Mirror {
	files := map[string]string{}
	read := func(path string) {
		if b, err := os.ReadFile(path); err == nil {
			files[path] = string(b)
		}
	}
	read("/etc/apt/sources.list")
	for _, pattern := range []string{"/etc/apt/sources.list.d/*.list", "/etc/apt/sources.list.d/*.sources"} {
		matches, _ := filepath.Glob(pattern)
		for _, m := range matches {
			read(m)
		}
	}
	m := mirrorFromSources(files)
	if _, err := os.Stat(debianKeyring); err == nil {
		m.Keyring = debianKeyring
	}
	return m
}

type aptSource struct {
	uri    string
	suites []string
}

// mirrorFromSources picks the first Debian main and security URIs from apt
// source files (path → content).
func mirrorFromSources(files map[string]string) Mirror {
	paths := make([]string, 0, len(files))
	for p := range files {
		paths = append(paths, p)
	}
	slices.Sort(paths)
	var m Mirror
	for _, p := range paths {
		var sources []aptSource
		if strings.HasSuffix(p, ".sources") {
			sources = parseDeb822Sources(files[p])
		} else {
			sources = parseOneLineSources(files[p])
		}
		for _, s := range sources {
			for _, suite := range s.suites {
				base, suffix, _ := strings.Cut(suite, "-")
				if !slices.Contains(debianCodenames, base) {
					continue
				}
				switch {
				case suffix == "" && m.Main == "":
					m.Main = s.uri
				case (suffix == "security" || strings.HasSuffix(suite, "/updates")) && m.Security == "":
					m.Security = s.uri
				}
			}
		}
	}
	if m.Main == "" {
		m.Main = defaultMainMirror
	}
	if m.Security == "" {
		m.Security = defaultSecurityMirror
	}
	return m
}

func parseOneLineSources(content string) []aptSource {
	var out []aptSource
	for _, line := range strings.Split(content, "\n") {
		line, _, _ = strings.Cut(line, "#")
		fields := strings.Fields(line)
		if len(fields) < 3 || fields[0] != "deb" {
			continue
		}
		fields = fields[1:]
		if strings.HasPrefix(fields[0], "[") { // options: [arch=amd64 signed-by=...]
			for len(fields) > 0 && !strings.HasSuffix(fields[0], "]") {
				fields = fields[1:]
			}
			if len(fields) > 0 {
				fields = fields[1:]
			}
		}
		if len(fields) >= 2 {
			out = append(out, aptSource{uri: strings.TrimSuffix(fields[0], "/"), suites: fields[1:2]})
		}
	}
	return out
}

func parseDeb822Sources(content string) []aptSource {
	var out []aptSource
	for _, para := range regexp.MustCompile(`\n\s*\n`).Split(content, -1) {
		fields := map[string]string{}
		for _, line := range strings.Split(para, "\n") {
			if strings.HasPrefix(line, "#") || strings.HasPrefix(line, " ") || strings.HasPrefix(line, "\t") {
				continue
			}
			if k, v, ok := strings.Cut(line, ":"); ok {
				fields[strings.ToLower(strings.TrimSpace(k))] = strings.TrimSpace(v)
			}
		}
		if strings.EqualFold(fields["enabled"], "no") || !slices.Contains(strings.Fields(fields["types"]), "deb") {
			continue
		}
		for _, uri := range strings.Fields(fields["uris"]) {
			out = append(out, aptSource{uri: strings.TrimSuffix(uri, "/"), suites: strings.Fields(fields["suites"])})
		}
	}
	return out
}

// debianArch is the Debian architecture name of the host.
func debianArch() string {
	switch runtime.GOARCH {
	case "386":
		return "i386"
	case "arm":
		return "armhf"
	case "ppc64le":
		return "ppc64el"
	default:
		return runtime.GOARCH // amd64, arm64, riscv64, s390x
	}
}

// aptSuite is a private apt configuration for one suite: its own sources,
// package lists, archive cache and an empty dpkg status file, so neither the
// host's configuration nor its installed packages affect the result.
type aptSuite struct {
	suite    string
	dir      string
	archives string
	mirror   Mirror
}

func newAptSuite(ctx context.Context, parent, suite string, m Mirror) (*aptSuite, error) {
	dir := filepath.Join(parent, "apt-"+suite)
	a := &aptSuite{suite: suite, dir: dir, archives: filepath.Join(dir, "archives"), mirror: m}
	for _, d := range []string{"etc/apt.conf.d", "etc/preferences.d", "etc/sources.list.d", "lists/partial", "archives/partial", "state", "cache"} {
		if err := os.MkdirAll(filepath.Join(dir, d), 0o755); err != nil {
			return nil, err
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "status"), nil, 0o644); err != nil {
		return nil, err
	}
	signed := ""
	if m.Keyring != "" {
		signed = " [signed-by=" + m.Keyring + "]"
	}
	var sources strings.Builder
	fmt.Fprintf(&sources, "deb%s %s %s main\n", signed, m.Main, suite)
	fmt.Fprintf(&sources, "deb%s %s %s-updates main\n", signed, m.Main, suite)
	if m.Security != "" {
		fmt.Fprintf(&sources, "deb%s %s %s-security main\n", signed, m.Security, suite)
	}
	if err := os.WriteFile(filepath.Join(dir, "sources.list"), []byte(sources.String()), 0o644); err != nil {
		return nil, err
	}
	arch := debianArch()
	conf := fmt.Sprintf(`Dir::Etc "%[1]s/etc";
Dir::Etc::Parts "%[1]s/etc/apt.conf.d";
Dir::Etc::main "/dev/null";
Dir::Etc::SourceList "%[1]s/sources.list";
Dir::Etc::SourceParts "%[1]s/etc/sources.list.d";
Dir::Etc::Preferences "%[1]s/etc/preferences";
Dir::Etc::PreferencesParts "%[1]s/etc/preferences.d";
Dir::Etc::TrustedParts "/etc/apt/trusted.gpg.d";
Dir::Etc::Trusted "/etc/apt/trusted.gpg";
Dir::State "%[1]s/state";
Dir::State::Lists "%[1]s/lists";
Dir::State::status "%[1]s/status";
Dir::Cache "%[1]s/cache";
Dir::Cache::archives "%[1]s/archives";
Debug::NoLocking "true";
APT::Architecture "%[2]s";
APT::Architectures { "%[2]s"; };
APT::Install-Recommends "false";
APT::Install-Suggests "false";
APT::Sandbox::User "root";
Acquire::Check-Valid-Until "false";
Acquire::Languages "none";
Acquire::Retries "3";
`, dir, arch)
	if err := os.WriteFile(filepath.Join(dir, "apt.conf"), []byte(conf), 0o644); err != nil {
		return nil, err
	}
	// apt's download helper drops privileges to _apt when run as root and
	// must be able to write there.
	if err := os.Chmod(dir, 0o755); err != nil {
		return nil, err
	}
	if _, err := a.run(ctx, "", "apt-get", "-q", "--error-on=any", "update"); err != nil {
		return nil, fmt.Errorf("cannot read the Debian package index of %s from %s: %w", suite, m.Main, err)
	}
	return a, nil
}

func (a *aptSuite) run(ctx context.Context, dir string, name string, args ...string) ([]byte, error) {
	ctx, cancel := context.WithTimeout(ctx, aptTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "APT_CONFIG="+filepath.Join(a.dir, "apt.conf"), "DEBIAN_FRONTEND=noninteractive", "LC_ALL=C")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("%s %s: %w: %s", name, strings.Join(args, " "), err, tail(stdout.String()+stderr.String(), 8))
	}
	return stdout.Bytes(), nil
}

// debPackage is one package of a dependency closure.
type debPackage struct {
	Name, Version, Arch string
}

// File is the package's file name in the apt archive cache.
func (p debPackage) File() string {
	return fmt.Sprintf("%s_%s_%s.deb", p.Name, strings.ReplaceAll(p.Version, ":", "%3a"), p.Arch)
}

var instLine = regexp.MustCompile(`^Inst (\S+) \((\S+) .*\[(\S+)\]\)`)

// closure resolves packages and all their dependencies (no Recommends)
// against the empty status file.
func (a *aptSuite) closure(ctx context.Context, packages []string) ([]debPackage, error) {
	out, err := a.run(ctx, "", "apt-get", append([]string{"-s", "-q", "install", "-y"}, packages...)...)
	if err != nil {
		return nil, fmt.Errorf("cannot resolve %s in Debian %s: %w", strings.Join(packages, ", "), a.suite, err)
	}
	var pkgs []debPackage
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		if m := instLine.FindStringSubmatch(sc.Text()); m != nil {
			pkgs = append(pkgs, debPackage{Name: m[1], Version: m[2], Arch: m[3]})
		}
	}
	if len(pkgs) == 0 {
		return nil, fmt.Errorf("cannot resolve %s in Debian %s: apt selected no packages", strings.Join(packages, ", "), a.suite)
	}
	slices.SortFunc(pkgs, func(x, y debPackage) int { return strings.Compare(x.Name, y.Name) })
	return pkgs, nil
}

// download fetches the closure of packages into the archive cache (files
// already there are not fetched again).
func (a *aptSuite) download(ctx context.Context, packages []string) error {
	if _, err := a.run(ctx, "", "apt-get", append([]string{"-q", "-y", "--download-only", "install"}, packages...)...); err != nil {
		return fmt.Errorf("cannot download %s from the Debian mirror %s: %w", strings.Join(packages, ", "), a.mirror.Main, err)
	}
	return nil
}

// downloadAlone fetches one package without its dependencies into dir and
// returns the file's path.
func (a *aptSuite) downloadAlone(ctx context.Context, pkg, dir string) (string, error) {
	if _, err := a.run(ctx, dir, "apt-get", "-q", "download", pkg); err != nil {
		return "", fmt.Errorf("cannot download %s from the Debian mirror %s: %w", pkg, a.mirror.Main, err)
	}
	matches, _ := filepath.Glob(filepath.Join(dir, url.PathEscape(pkg)+"_*.deb"))
	if len(matches) != 1 {
		return "", fmt.Errorf("cannot download %s from the Debian mirror %s: no file after apt-get download", pkg, a.mirror.Main)
	}
	return matches[0], nil
}

func tail(s string, lines int) string {
	parts := strings.Split(strings.TrimSpace(s), "\n")
	if len(parts) > lines {
		parts = parts[len(parts)-lines:]
	}
	return strings.Join(parts, "\n")
}
