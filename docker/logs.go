package docker

import (
	"crypto/rand"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"golang.org/x/sys/unix"
)

// Execution logs. For each call with logging enabled the worker makes a log
// ID and sends it as x-open-runtimes-log-id; the runtime writes
// <id>_logs.log and <id>_errors.log into /mnt/logs, and the worker reads and
// deletes them after the response. /mnt/logs is a tmpfs volume that the
// container writes as it likes, so every entry in it is hostile: a symlink
// to a host file, a FIFO, a directory, a hard link, a file still growing.
// The host therefore trusts nothing in it but the directory itself, opened
// once per container:
//
//   - file names come from the worker's own ID, never from the response;
//   - each file is opened beneath that directory with openat2
//     (RESOLVE_BENEATH|RESOLVE_NO_SYMLINKS|RESOLVE_NO_MAGICLINKS|
//     RESOLVE_NO_XDEV) and O_NOFOLLOW|O_NONBLOCK, so no link is followed and
//     opening a FIFO does not wait for a writer;
//   - fstat must say a regular file with one link, else it is refused;
//   - reads stop at limit+1 bytes, and the whole collection has a deadline;
//   - entries are removed with unlinkat, which never follows a link.
//
// A refused or unreadable file gives the execution a fixed sentence
// (logsUnreadable); the details go to the server log only.

const (
	// logIDLen and logIDAlphabet shape the worker's log IDs.
	logIDLen      = 20
	logIDAlphabet = "abcdefghijklmnopqrstuvwxyz0123456789"
	// logReadTimeout bounds one execution's log collection. Reading two
	// regular tmpfs files of at most MaxLogBytes takes milliseconds; the
	// deadline only guards against the unforeseen.
	logReadTimeout = 2 * time.Second
	// logsUnreadable is what an execution's errors say when a log file was
	// refused or could not be read.
	logsUnreadable = "[fnflow] this execution's logs could not be read"

	// The logs volume of a runtime container holds only the files of the
	// calls in flight: the worker deletes them right after each response.
	// One call at the runtime's own cut (5 Mi characters per file, the
	// default MaxLogBytes) needs 2 × MaxLogBytes, so 4 × leaves room for a
	// second one in flight. Past the cap the runtime's write fails with
	// ENOSPC (that call has no logs; the runtime says so on the container's
	// stderr). The tmpfs pages are charged to the container's memory cgroup,
	// so a container with less memory than the cap is OOM-killed first.
	logsVolumeFactor   = 4
	logsVolumeMinBytes = 1 << 20
	// logsVolumeInodes caps the entries of the logs volume (two per call in
	// flight); a tmpfs inode costs the kernel about 1 KiB.
	logsVolumeInodes = 1024
)

// logsVolume is the capped tmpfs mounted at LogsMountPath: 4 ×
// maxLogBytes, at least logsVolumeMinBytes (each file takes whole pages).
func logsVolume(maxLogBytes int64) *TmpfsVolume {
	const page = 4096
	size := max((logsVolumeFactor*maxLogBytes+page-1)/page*page, logsVolumeMinBytes)
	return &TmpfsVolume{SizeBytes: size, Inodes: logsVolumeInodes}
}

// newLogID returns a fresh log ID: logIDLen characters of [a-z0-9].
func newLogID() string {
	var b [logIDLen]byte
	_, _ = rand.Read(b[:]) // crypto/rand.Read never fails (Go 1.24+)
	for i := range b {
		b[i] = logIDAlphabet[int(b[i])%len(logIDAlphabet)]
	}
	return string(b[:])
}

// validLogID reports whether id has the shape of newLogID's IDs.
func validLogID(id string) bool {
	if len(id) != logIDLen {
		return false
	}
	for i := 0; i < len(id); i++ {
		if c := id[i]; !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

// openLogDir opens a container's logs directory on the host, without
// following a link at its last component. The worker keeps it open for the
// container's life; every log file is opened relative to it.
func openLogDir(path string) (*os.File, error) {
	fd, err := ignoringEINTR(func() (int, error) {
		return unix.Open(path, unix.O_RDONLY|unix.O_DIRECTORY|unix.O_NOFOLLOW|unix.O_CLOEXEC, 0)
	})
	if err != nil {
		return nil, fmt.Errorf("docker: open logs dir %s: %w", path, err)
	}
	return os.NewFile(uintptr(fd), path), nil
}

// requireTmpfs checks that dir is a tmpfs: a container's logs volume, not
// the empty host directory under it (the volume is mounted only while the
// container runs) nor a directory on the host's disk.
func requireTmpfs(dir *os.File) error {
	raw, err := dir.SyscallConn()
	if err != nil {
		return fmt.Errorf("docker: logs dir %s: %w", dir.Name(), err)
	}
	var st unix.Statfs_t
	var serr error
	if err := raw.Control(func(fd uintptr) { serr = unix.Fstatfs(int(fd), &st) }); err != nil {
		return fmt.Errorf("docker: logs dir %s: %w", dir.Name(), err)
	}
	if serr != nil {
		return fmt.Errorf("docker: statfs logs dir %s: %w", dir.Name(), serr)
	}
	if st.Type != unix.TMPFS_MAGIC {
		return fmt.Errorf("docker: logs dir %s is not a tmpfs (filesystem type %#x): the container stopped, or fnflow does not run on the Docker daemon's host", dir.Name(), st.Type)
	}
	return nil
}

// collectLogs is readExecutionLogs bounded by within: past it, the logs are
// reported unreadable and the reader is left to finish on its own (dir stays
// valid for it: an os.File is closed only once no call uses it).
func collectLogs(dir *os.File, id string, limit int64, within time.Duration) (logs, errs string, err error) {
	type result struct {
		logs, errs string
		err        error
	}
	ch := make(chan result, 1)
	go func() {
		l, e, err := readExecutionLogs(dir, id, limit)
		ch <- result{l, e, err}
	}()
	t := time.NewTimer(within)
	defer t.Stop()
	select {
	case r := <-ch:
		return r.logs, r.errs, r.err
	case <-t.C:
		return "", "", fmt.Errorf("docker: reading execution logs %s took longer than %s", id, within)
	}
}

// readExecutionLogs reads and deletes <id>_logs.log and <id>_errors.log in
// dir. A missing file is empty. Each file is cut at limit bytes, with a
// note. err is not nil when a file was refused, could not be read or could
// not be removed; what could be read is returned anyway.
func readExecutionLogs(dir *os.File, id string, limit int64) (logs, errs string, err error) {
	if !validLogID(id) {
		return "", "", fmt.Errorf("docker: invalid log id %q", id)
	}
	raw, err := dir.SyscallConn()
	if err != nil {
		return "", "", fmt.Errorf("docker: execution logs dir: %w", err)
	}
	var err1, err2 error
	// Control keeps the descriptor open while the function runs, even if
	// the container is being destroyed meanwhile.
	if cerr := raw.Control(func(fd uintptr) {
		logs, err1 = readAndRemove(int(fd), id+"_logs.log", limit)
		errs, err2 = readAndRemove(int(fd), id+"_errors.log", limit)
	}); cerr != nil {
		return "", "", fmt.Errorf("docker: execution logs dir: %w", cerr)
	}
	return logs, errs, errors.Join(err1, err2)
}

// readAndRemove reads up to limit bytes of the regular file name in dirfd
// and removes it.
func readAndRemove(dirfd int, name string, limit int64) (string, error) {
	fd, err := openBeneath(dirfd, name)
	if errors.Is(err, unix.ENOENT) {
		return "", nil
	}
	if err != nil { // ELOOP for a symlink, ENXIO for a socket, ...
		return "", errors.Join(fmt.Errorf("docker: open execution log %s: %w", name, err), removeEntry(dirfd, name))
	}
	defer unix.Close(fd)
	var st unix.Stat_t
	statErr := unix.Fstat(fd, &st) // before the unlink, which changes the link count
	rmErr := removeEntry(dirfd, name)
	if statErr != nil {
		return "", errors.Join(fmt.Errorf("docker: stat execution log %s: %w", name, statErr), rmErr)
	}
	if st.Mode&unix.S_IFMT != unix.S_IFREG || st.Nlink > 1 {
		return "", errors.Join(fmt.Errorf("docker: execution log %s refused: mode %#o, %d links", name, st.Mode, st.Nlink), rmErr)
	}
	b, err := readBounded(fd, st.Size, limit)
	if err != nil {
		return "", errors.Join(fmt.Errorf("docker: read execution log %s: %w", name, err), rmErr)
	}
	if int64(len(b)) > limit {
		cut := int(limit)
		for i := 0; i < utf8.UTFMax-1 && cut > 0 && !utf8.RuneStart(b[cut]); i++ {
			cut-- // do not split a character
		}
		return string(b[:cut]) + fmt.Sprintf("\nLog file has been truncated to %.2fMB.", float64(limit)/(1<<20)), rmErr
	}
	return string(b), rmErr
}

// openat2Missing is set once openat2 answered ENOSYS (Linux before 5.6).
var openat2Missing atomic.Bool

// openBeneath opens name, a single path component, in dirfd for reading
// without following any link and without blocking on a FIFO.
func openBeneath(dirfd int, name string) (int, error) {
	const flags = unix.O_RDONLY | unix.O_NOFOLLOW | unix.O_NONBLOCK | unix.O_CLOEXEC | unix.O_NOCTTY
	if name == "" || name == "." || name == ".." || strings.ContainsAny(name, "/\x00") {
		return -1, unix.EINVAL
	}
	if !openat2Missing.Load() {
		fd, err := ignoringEINTR(func() (int, error) {
			return unix.Openat2(dirfd, name, &unix.OpenHow{
				Flags:   flags,
				Resolve: unix.RESOLVE_BENEATH | unix.RESOLVE_NO_SYMLINKS | unix.RESOLVE_NO_MAGICLINKS | unix.RESOLVE_NO_XDEV,
			})
		})
		if !errors.Is(err, unix.ENOSYS) {
			return fd, err
		}
		openat2Missing.Store(true)
	}
	// One component in a directory fd, O_NOFOLLOW: a symlink fails with
	// ELOOP and nothing else is resolved.
	return ignoringEINTR(func() (int, error) { return unix.Openat(dirfd, name, flags, 0) })
}

// removeEntry unlinks name in dirfd (never following it). A name already
// gone, or a directory the container made, is not an error: IDs are never
// reused.
func removeEntry(dirfd int, name string) error {
	_, err := ignoringEINTR(func() (int, error) { return 0, unix.Unlinkat(dirfd, name, 0) })
	if err == nil || errors.Is(err, unix.ENOENT) || errors.Is(err, unix.EISDIR) {
		return nil
	}
	return fmt.Errorf("docker: remove execution log %s: %w", name, err)
}

// readBounded reads fd to its end or to limit+1 bytes, whichever comes
// first. size (from fstat) only sizes the first buffer: the file may grow.
func readBounded(fd int, size, limit int64) ([]byte, error) {
	n := limit + 1
	if size >= 0 && size < limit {
		n = size + 1
	}
	buf := make([]byte, 0, n)
	for int64(len(buf)) <= limit {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)] // grow, up to limit+1
			if int64(cap(buf)) > limit+1 {
				buf = buf[: len(buf) : limit+1]
			}
		}
		k, err := ignoringEINTR(func() (int, error) { return unix.Read(fd, buf[len(buf):cap(buf)]) })
		if err != nil {
			return nil, err
		}
		if k == 0 {
			break
		}
		buf = buf[:len(buf)+k]
	}
	return buf, nil
}

func ignoringEINTR(f func() (int, error)) (int, error) {
	for {
		n, err := f()
		if !errors.Is(err, unix.EINTR) {
			return n, err
		}
	}
}
