package activities

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/fnflow/fnflow/artifacts"
)

// codeLocks makes concurrent first executions of one deployment extract its
// build output once (one mutex per target directory).
var codeLocks sync.Map

// codeRoot is where extracted build outputs are cached: next to the
// artifact directory, so one host setting covers both.
func (a *Activities) codeRoot() string {
	return filepath.Join(filepath.Dir(filepath.Clean(a.Cfg.Storage.Dir)), "code")
}

var codeMu sync.Mutex // guards MkdirAll races on the cache root only

// CodeDir extracts the deployment's build output once into the local code
// cache and returns its absolute path (mounted read-only into runtime
// containers). Extraction goes to a temporary directory that is renamed into
// place, so readers never see a partial tree; concurrent callers share one
// extraction in this process and lose the rename race harmlessly across
// processes.
//
// Trust boundary: the tree's content comes from user commands, but only
// fnflow writes in the code cache. The output archive was checked when the
// build stored it (artifacts.PackOutput) and is checked again here by the
// safe unpacker (no absolute or escaping names or links, no entry through
// a link, no special files, size and count limits; files created with
// O_EXCL, never through an existing path). Containers get the tree
// read-only, so nothing in it changes after the rename. The host never
// reads the tree's files; os.RemoveAll does not follow links.
func (a *Activities) CodeDir(ctx context.Context, projectID, deploymentID string) (string, error) {
	dir, err := a.codeDirPath(projectID, deploymentID)
	if err != nil {
		return "", err
	}
	if st, err := os.Stat(dir); err == nil && st.IsDir() {
		return dir, nil
	}
	mu, _ := codeLocks.LoadOrStore(dir, &sync.Mutex{})
	mu.(*sync.Mutex).Lock()
	defer mu.(*sync.Mutex).Unlock()
	if st, err := os.Stat(dir); err == nil && st.IsDir() {
		return dir, nil
	}
	if err := a.extractCode(ctx, projectID, deploymentID, dir); err != nil {
		return "", err
	}
	return dir, nil
}

// codeDirPath is where the deployment's build output is extracted in this
// host's code cache: <code root>/<project>/<deployment>. Each ID must be
// one plain path component.
func (a *Activities) codeDirPath(projectID, deploymentID string) (string, error) {
	root, err := filepath.Abs(a.codeRoot())
	if err != nil {
		return "", fmt.Errorf("code dir: %w", err)
	}
	for _, id := range []string{projectID, deploymentID} {
		if id == "" || id == "." || id == ".." || strings.ContainsAny(id, "/\\\x00") {
			return "", fmt.Errorf("code dir: invalid id %q", id)
		}
	}
	return filepath.Join(root, projectID, deploymentID), nil
}

func (a *Activities) extractCode(ctx context.Context, projectID, deploymentID, dir string) error {
	key := artifacts.OutputKey(projectID, deploymentID)
	f, err := a.Artifacts.Open(ctx, key)
	if err != nil {
		return fmt.Errorf("code dir: open build output %s: %w", key, err)
	}
	defer f.Close()
	parent := filepath.Dir(dir)
	codeMu.Lock()
	err = os.MkdirAll(parent, 0o755)
	codeMu.Unlock()
	if err != nil {
		return fmt.Errorf("code dir: %w", err)
	}
	// The output was produced by user commands: unpack it with the same
	// checks as an upload (no escaping links, limits), into a fresh sibling.
	tmp := filepath.Join(parent, ".extract-"+deploymentID+"-"+randomSuffix())
	defer os.RemoveAll(tmp) // no-op after a successful rename
	lim := a.outputLimits() // absolute links are resolved in the container only
	if _, err := artifacts.Unpack(ctx, f, tmp, lim); err != nil {
		return fmt.Errorf("code dir: extract %s: %w", key, err)
	}
	// Containers run as a non-root user: the tree must be world-readable.
	if err := os.Chmod(tmp, 0o755); err != nil {
		return fmt.Errorf("code dir: %w", err)
	}
	if err := os.Rename(tmp, dir); err != nil {
		if st, serr := os.Stat(dir); serr == nil && st.IsDir() {
			return nil // another process won the race
		}
		return fmt.Errorf("code dir: %w", err)
	}
	return nil
}

func randomSuffix() string {
	var b [6]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}
