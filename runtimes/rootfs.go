package runtimes

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
)

// The root filesystem of a base image is the dpkg -x extraction of a
// package closure (no maintainer scripts run), made usable by hand:
//
//   - merged /usr (bin, sbin, lib, lib64 are symlinks into /usr, as on
//     Debian 12+; trixie packages need /lib64 for the ELF interpreter),
//   - busybox-static as /bin/sh plus its applets where Debian has none,
//   - /etc/passwd and /etc/group with root and nobody/nogroup (65534),
//   - the Mozilla CA bundle from the ca-certificates package (what its
//     postinst would have generated), so node and python can use TLS,
//   - the directories of the container contract,
//   - no documentation, man pages or translations.

// basePackages are added to every runtime's packages.
var basePackages = []string{"busybox-static"}

type rootfsInfo struct {
	Packages []debPackage
	DebBytes int64
}

// makeRootfs fills root (an empty directory) from the closure of packages.
func makeRootfs(ctx context.Context, apt *aptSuite, packages []string, root string, step func(string, func() (string, error)) error) (rootfsInfo, error) {
	var info rootfsInfo
	all := append(slices.Clone(packages), basePackages...)
	err := step("resolve dependencies", func() (string, error) {
		var err error
		info.Packages, err = apt.closure(ctx, all)
		return fmt.Sprintf("%d packages", len(info.Packages)), err
	})
	if err != nil {
		return info, err
	}
	err = step("download", func() (string, error) {
		if err := apt.download(ctx, all); err != nil {
			return "", err
		}
		for _, p := range info.Packages {
			fi, err := os.Stat(filepath.Join(apt.archives, p.File()))
			if err != nil {
				return "", fmt.Errorf("cannot download %s from the Debian mirror %s: %s missing after download", p.Name, apt.mirror.Main, p.File())
			}
			info.DebBytes += fi.Size()
		}
		return humanBytes(info.DebBytes) + " of .deb files", nil
	})
	if err != nil {
		return info, err
	}
	err = step("extract", func() (string, error) {
		for _, p := range info.Packages {
			if err := dpkgExtract(ctx, filepath.Join(apt.archives, p.File()), root); err != nil {
				return "", err
			}
		}
		if err := prepareRootfs(ctx, apt, root); err != nil {
			return "", err
		}
		size, err := dirSize(root)
		return humanBytes(size) + " root filesystem", err
	})
	return info, err
}

// baseImageChanges are the settings docker import gives the base image.
func baseImageChanges(d Definition, info rootfsInfo) []string {
	versions := make([]string, len(info.Packages))
	for i, p := range info.Packages {
		versions[i] = p.Name + "=" + p.Version
	}
	return []string{
		"ENV PATH=" + imagePath,
		"CMD " + execForm([]string{"sh"}),
		fmt.Sprintf("LABEL %s=%q", LabelBaseHash, BaseHash(d)),
		fmt.Sprintf("LABEL %s=%q", LabelBaseFor, baseFor(d)),
		fmt.Sprintf("LABEL %s=%q", LabelPackages, strings.Join(versions, " ")),
	}
}

func dpkgExtract(ctx context.Context, deb, root string) error {
	out, err := exec.CommandContext(ctx, "dpkg-deb", "-x", deb, root).CombinedOutput()
	if err != nil {
		return fmt.Errorf("dpkg-deb -x %s: %w: %s", filepath.Base(deb), err, tail(string(out), 5))
	}
	return nil
}

func prepareRootfs(ctx context.Context, apt *aptSuite, root string) error {
	for _, d := range []string{"usr/share/doc", "usr/share/man", "usr/share/info", "usr/share/locale", "usr/share/lintian", "usr/share/bug"} {
		if err := os.RemoveAll(filepath.Join(root, d)); err != nil {
			return err
		}
	}
	if err := mergeUsr(root); err != nil {
		return fmt.Errorf("merging /usr: %w", err)
	}
	if err := installBusybox(ctx, root); err != nil {
		return err
	}
	dirs := []struct {
		path string
		mode fs.FileMode
	}{
		{"tmp", 0o1777}, {"var/tmp", 0o1777}, {"root", 0o700}, {"proc", 0o555}, {"sys", 0o555},
		{"dev", 0o755}, {"run", 0o755}, {"etc/ssl/certs", 0o755},
		{strings.TrimPrefix(FunctionDir, "/"), 0o755}, {strings.TrimPrefix(BuildDir, "/"), 0o777},
		{strings.TrimPrefix(LogsDir, "/"), 0o777},
	}
	for _, d := range dirs {
		p := filepath.Join(root, d.path)
		if err := os.MkdirAll(p, 0o755); err != nil {
			return err
		}
		if err := os.Chmod(p, d.mode); err != nil {
			return err
		}
	}
	files := map[string]string{
		"etc/passwd": "root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/tmp:/usr/sbin/nologin\n",
		"etc/group":  "root:x:0:\nnogroup:x:65534:\n",
	}
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(root, name), []byte(content), 0o644); err != nil {
			return err
		}
	}
	return installCABundle(ctx, apt, root)
}

// mergeUsr turns /bin, /sbin, /lib and /lib64 into symlinks into /usr,
// moving what packages put there.
func mergeUsr(root string) error {
	for _, d := range []string{"bin", "sbin", "lib", "lib64"} {
		top, usr := filepath.Join(root, d), filepath.Join(root, "usr", d)
		fi, err := os.Lstat(top)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			if _, err := os.Stat(usr); err != nil && d == "lib64" {
				continue // no /usr/lib64 on this architecture
			}
		case err != nil:
			return err
		case fi.Mode()&fs.ModeSymlink != 0:
			continue
		case fi.IsDir():
			if err := os.MkdirAll(usr, 0o755); err != nil {
				return err
			}
			if err := mergeInto(root, top, usr); err != nil {
				return err
			}
			if err := os.RemoveAll(top); err != nil {
				return err
			}
		default:
			return fmt.Errorf("/%s is neither a directory nor a symlink", d)
		}
		if err := os.MkdirAll(usr, 0o755); err != nil {
			return err
		}
		if err := os.Symlink("usr/"+d, top); err != nil {
			return err
		}
	}
	return nil
}

// mergeInto moves the entries of src into dst; where both have a directory
// it recurses, where both have a file the /usr one wins.
func mergeInto(root, src, dst string) error {
	entries, err := os.ReadDir(src)
	if err != nil {
		return err
	}
	for _, e := range entries {
		from, to := filepath.Join(src, e.Name()), filepath.Join(dst, e.Name())
		toInfo, err := os.Lstat(to)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			if err := moveEntry(root, from, to); err != nil {
				return err
			}
		case err != nil:
			return err
		case e.IsDir() && toInfo.IsDir():
			if err := mergeInto(root, from, to); err != nil {
				return err
			}
		}
	}
	return nil
}

// moveEntry renames from to to; a relative symlink that climbs out of its
// directory is rewritten as an absolute one so it still points at the same
// file after the move.
func moveEntry(root, from, to string) error {
	if target, err := os.Readlink(from); err == nil && !filepath.IsAbs(target) && strings.Contains(target, "..") {
		abs := filepath.Join(filepath.Dir(from), target)
		rel, err := filepath.Rel(root, abs)
		if err != nil || strings.HasPrefix(rel, "..") {
			return fmt.Errorf("symlink %s points outside the root filesystem", from)
		}
		if err := os.Remove(from); err != nil {
			return err
		}
		return os.Symlink("/"+rel, to)
	}
	return os.Rename(from, to)
}

// installBusybox makes /usr/bin/sh and every busybox applet Debian did not
// provide a symlink to busybox.
func installBusybox(ctx context.Context, root string) error {
	busybox := filepath.Join(root, "usr/bin/busybox")
	out, err := exec.CommandContext(ctx, busybox, "--list-full").Output()
	if err != nil {
		return fmt.Errorf("listing busybox applets: %w", err)
	}
	for _, applet := range strings.Fields(string(out)) {
		name := filepath.Base(applet)
		// Install every applet under /usr/bin, unless Debian has it somewhere.
		exists := false
		for _, dir := range []string{"usr/bin", "usr/sbin"} {
			if _, err := os.Lstat(filepath.Join(root, dir, name)); err == nil {
				exists = true
			}
		}
		if exists || name == "busybox" {
			continue
		}
		if err := os.Symlink("busybox", filepath.Join(root, "usr/bin", name)); err != nil {
			return err
		}
	}
	if _, err := os.Lstat(filepath.Join(root, "usr/bin/sh")); err != nil {
		return fmt.Errorf("busybox did not provide sh: %w", err)
	}
	return nil
}

// installCABundle writes /etc/ssl/certs/ca-certificates.crt from the
// certificates shipped in the ca-certificates package.
func installCABundle(ctx context.Context, apt *aptSuite, root string) error {
	scratch, err := os.MkdirTemp(apt.dir, "ca-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(scratch)
	if err := os.Chmod(scratch, 0o777); err != nil { // apt download runs as _apt
		return err
	}
	deb, err := apt.downloadAlone(ctx, "ca-certificates", scratch)
	if err != nil {
		return err
	}
	tree := filepath.Join(scratch, "tree")
	if err := dpkgExtract(ctx, deb, tree); err != nil {
		return err
	}
	certs, _ := filepath.Glob(filepath.Join(tree, "usr/share/ca-certificates/mozilla/*.crt"))
	if len(certs) == 0 {
		return errors.New("ca-certificates package has no certificates")
	}
	slices.Sort(certs)
	var bundle []byte
	for _, c := range certs {
		b, err := os.ReadFile(c)
		if err != nil {
			return err
		}
		bundle = append(bundle, b...)
		if len(b) > 0 && b[len(b)-1] != '\n' {
			bundle = append(bundle, '\n')
		}
	}
	return os.WriteFile(filepath.Join(root, "etc/ssl/certs/ca-certificates.crt"), bundle, 0o644)
}

func dirSize(root string) (int64, error) {
	var total int64
	err := filepath.WalkDir(root, func(_ string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Type().IsRegular() {
			fi, err := d.Info()
			if err != nil {
				return err
			}
			total += fi.Size()
		}
		return nil
	})
	return total, err
}

func humanBytes(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GiB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}
