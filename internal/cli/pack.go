package cli

import (
	"archive/tar"
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// Ignore is a list of gitignore-style patterns: "#" comments, "!" negation,
// a trailing "/" for folders only, a leading or inner "/" anchors the
// pattern to the function folder, "**/" matches any depth.
type Ignore struct{ rules []rule }

type rule struct {
	pattern          string
	negate, dir, any bool
}

// Add appends patterns (one per entry).
func (ig *Ignore) Add(patterns ...string) {
	for _, p := range patterns {
		p = strings.TrimRight(p, " \r")
		if p == "" || strings.HasPrefix(p, "#") {
			continue
		}
		r := rule{}
		if strings.HasPrefix(p, "!") {
			r.negate, p = true, p[1:]
		}
		if strings.HasSuffix(p, "/") {
			r.dir, p = true, strings.TrimSuffix(p, "/")
		}
		for strings.HasPrefix(p, "**/") {
			p = strings.TrimPrefix(p, "**/")
			r.any = true
		}
		if !strings.Contains(p, "/") {
			r.any = true
		}
		r.pattern = strings.TrimPrefix(p, "/")
		if r.pattern != "" {
			ig.rules = append(ig.rules, r)
		}
	}
}

// AddFile appends the patterns of a .gitignore file, if it exists.
func (ig *Ignore) AddFile(p string) error {
	f, err := os.Open(p)
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		ig.Add(sc.Text())
	}
	return sc.Err()
}

// Match reports whether rel (slash-separated, relative to the folder) is ignored.
func (ig *Ignore) Match(rel string, isDir bool) bool {
	ignored := false
	for _, r := range ig.rules {
		if r.dir && !isDir {
			continue
		}
		name := rel
		if r.any {
			name = path.Base(rel)
			if strings.Contains(r.pattern, "/") {
				name = rel // "**/a/b": match the tail
				for i := 0; i < strings.Count(rel, "/"); i++ {
					if ok, _ := path.Match(r.pattern, name); ok {
						break
					}
					name = name[strings.Index(name, "/")+1:]
				}
			}
		}
		if ok, _ := path.Match(r.pattern, name); ok {
			ignored = !r.negate
		}
	}
	return ignored
}

// Pack makes the tar.gz a deployment uploads: every regular file under dir
// except .git and what ignore matches (ignored folders
// are skipped whole). Other file types (symlinks, devices) are reported in
// skipped and left out.
func Pack(dir string, ig *Ignore) (data []byte, files int, skipped []string, err error) {
	var buf bytes.Buffer
	gz := gzip.NewWriter(&buf)
	tw := tar.NewWriter(gz)
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil || rel == "." {
			return err
		}
		rel = filepath.ToSlash(rel)
		if d.IsDir() && (d.Name() == ".git" || ig.Match(rel, true)) {
			return filepath.SkipDir
		}
		if d.IsDir() || ig.Match(rel, false) {
			return nil
		}
		if !d.Type().IsRegular() {
			skipped = append(skipped, rel)
			return nil
		}
		fi, err := d.Info()
		if err != nil {
			return err
		}
		hdr := &tar.Header{Name: rel, Mode: int64(fi.Mode().Perm()), Size: fi.Size(), ModTime: fi.ModTime(), Typeflag: tar.TypeReg}
		if err := tw.WriteHeader(hdr); err != nil {
			return err
		}
		f, err := os.Open(p)
		if err != nil {
			return err
		}
		defer f.Close()
		if _, err := io.CopyN(tw, f, fi.Size()); err != nil {
			return fmt.Errorf("%s: %w", rel, err)
		}
		files++
		return nil
	})
	if err != nil {
		return nil, 0, nil, err
	}
	if err := tw.Close(); err != nil {
		return nil, 0, nil, err
	}
	if err := gz.Close(); err != nil {
		return nil, 0, nil, err
	}
	return buf.Bytes(), files, skipped, nil
}
