package docker

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"
)

// readExecutionLogs reads and deletes the files <id>_logs.log and
// <id>_errors.log that the runtime wrote into the container's logs dir. The
// id comes URL-encoded from the x-open-runtimes-log-id header and must name
// a plain file in dir. Each file is cut at limit bytes, with a note.
func readExecutionLogs(dir, encodedID string, limit int64) (logs, errs string, err error) {
	id, err := url.QueryUnescape(encodedID)
	if err != nil {
		return "", "", fmt.Errorf("docker: decode log id %q: %w", encodedID, err)
	}
	if id == "" || id == "." || id == ".." || strings.ContainsAny(id, "/\\\x00") {
		return "", "", fmt.Errorf("docker: refusing log id %q", id)
	}
	logs, err1 := readAndRemove(filepath.Join(dir, id+"_logs.log"), limit)
	errs, err2 := readAndRemove(filepath.Join(dir, id+"_errors.log"), limit)
	return logs, errs, errors.Join(err1, err2)
}

// readAndRemove reads up to limit bytes of a file and deletes it. A missing
// file is empty.
func readAndRemove(path string, limit int64) (string, error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("docker: open execution log: %w", err)
	}
	b, readErr := io.ReadAll(io.LimitReader(f, limit+1))
	closeErr := f.Close()
	rmErr := os.Remove(path)
	if err := errors.Join(readErr, closeErr, rmErr); err != nil {
		return "", fmt.Errorf("docker: read execution log: %w", err)
	}
	if int64(len(b)) > limit {
		return string(b[:limit]) + fmt.Sprintf("\nLog file has been truncated to %.2fMB.", float64(limit)/(1<<20)), nil
	}
	return string(b), nil
}
