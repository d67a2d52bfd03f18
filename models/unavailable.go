package models

import (
	"context"
	"database/sql/driver"
	"errors"
	"fmt"
	"io"
	"net"
	"syscall"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
)

// Dependencies named by Unavailable errors.
const (
	DependencyDatabase = "database"
	DependencyTemporal = "temporal"
	DependencyStorage  = "storage"
)

// DependencyError says which dependency a request could not reach.
type DependencyError struct {
	Dependency string
	Err        error
}

func (e *DependencyError) Error() string { return e.Dependency + " unavailable: " + fmt.Sprint(e.Err) }
func (e *DependencyError) Unwrap() error { return e.Err }

// Unavailable is the answer while a dependency (DependencyDatabase,
// DependencyTemporal) is unreachable: 503 general_service_disabled (the
// only general 503 type Appwrite has), a message naming the dependency, and
// a Retry-After header (server.RetryAfter). Nothing was accepted: the caller
// may send the same request again.
func Unavailable(dependency string, cause error) *Error {
	return &Error{Code: CodeGeneralServiceDisabled, Err: &DependencyError{Dependency: dependency, Err: cause},
		Message: fmt.Sprintf("The %s is temporarily unavailable. Nothing was accepted; please try again shortly.", dependencyName(dependency))}
}

func dependencyName(d string) string {
	switch d {
	case DependencyTemporal:
		return "workflow engine (Temporal)"
	case DependencyDatabase:
		return "database"
	}
	return d
}

// UnavailableDependency returns the dependency an Unavailable error names,
// or "".
func UnavailableDependency(err error) string {
	var d *DependencyError
	if errors.As(err, &d) {
		return d.Dependency
	}
	return ""
}

// IsConnectionError reports whether err says the database (or another
// network peer) could not be reached or dropped the connection, as opposed
// to refusing the statement: connection refused or reset, a closed or broken
// connection, PostgreSQL shutting down (SQLSTATE classes 08 and 57P).
func IsConnectionError(err error) bool {
	if err == nil {
		return false
	}
	var ce *pgconn.ConnectError
	var pe *pgconn.PgError
	var ne net.Error
	switch {
	case errors.As(err, &ce):
		return true
	case errors.As(err, &pe):
		return len(pe.Code) == 5 && (pe.Code[:2] == "08" || pe.Code[:3] == "57P")
	case errors.Is(err, driver.ErrBadConn), errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF),
		errors.Is(err, syscall.ECONNREFUSED), errors.Is(err, syscall.ECONNRESET), errors.Is(err, syscall.EPIPE):
		return true
	case errors.As(err, &ne):
		return true
	}
	return pgconn.SafeToRetry(err)
}

// RetryUnreachable runs op, and again with backoff (100 ms doubling to 2 s)
// for as long as it fails with a connection error (IsConnectionError) and
// ctx lasts: for a write whose loss would cost more than the wait, such as
// an execution's result after the function ran.
func RetryUnreachable(ctx context.Context, op func() error) error {
	wait := 100 * time.Millisecond
	for {
		err := op()
		if err == nil || !IsConnectionError(err) {
			return err
		}
		select {
		case <-ctx.Done():
			return err
		case <-time.After(wait):
		}
		wait = min(2*wait, 2*time.Second)
	}
}

// IsNoSpace reports whether err says a disk (or quota) is full.
func IsNoSpace(err error) bool {
	return errors.Is(err, syscall.ENOSPC) || errors.Is(err, syscall.EDQUOT)
}

// StorageFull is the answer when the artifact storage cannot take a write:
// 507 storage_device_full. What the request wrote is removed.
func StorageFull(cause error) *Error {
	return Wrap(CodeStorageDeviceFull, cause, "The server's storage is full: the file could not be stored. Please try again later or contact the administrator.")
}
