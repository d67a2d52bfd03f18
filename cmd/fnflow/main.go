package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"
)

func main() {
	os.Exit(execute(os.Args[1:], env{ctx: context.Background(), stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, getenv: os.Getenv, environ: os.Environ()}))
}

// env is what a command may touch of its process, so tests run commands
// in-process with their own streams and variables.
type env struct {
	ctx            context.Context
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
	environ        []string
}

// usageError is a mistake in how the command was called: it prints the
// command's usage to stderr and exits 2.
type usageError struct {
	cmd *cobra.Command
	err error
}

func (e *usageError) Error() string { return e.err.Error() }
func (e *usageError) Unwrap() error { return e.err }

func usageErrorf(cmd *cobra.Command, format string, args ...any) error {
	return &usageError{cmd: cmd, err: fmt.Errorf(format, args...)}
}

// exitError carries an exit code chosen by a command (e.g. a failed build)
// whose message was already printed.
type exitError struct{ code int }

func (e *exitError) Error() string { return fmt.Sprintf("exit status %d", e.code) }

// execute runs one command line and returns the process exit code: 0 on
// success, 2 for usage errors, 1 for every other failure. Each error is
// printed once, to stderr.
func execute(args []string, e env) int {
	root := newRoot(e)
	root.SetArgs(legacyFlags(root, args))
	cmd, err := root.ExecuteC()
	if err == nil {
		return 0
	}
	var ee *exitError
	if errors.As(err, &ee) {
		return ee.code
	}
	var ue *usageError
	if errors.As(err, &ue) {
		cmd = ue.cmd
	} else if !strings.HasPrefix(err.Error(), "unknown command ") && !strings.HasPrefix(err.Error(), "required flag") &&
		!strings.Contains(err.Error(), "arg(s)") {
		fmt.Fprintln(e.stderr, "fnflow:", err)
		return 1
	}
	fmt.Fprintln(e.stderr, "fnflow:", err)
	fmt.Fprintln(e.stderr)
	fmt.Fprint(e.stderr, cmd.UsageString())
	return 2
}
