package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"time"
)

func main() {
	if filepath.Base(os.Args[0]) == "sh" {
		os.Exit(runShell(os.Args[1:]))
	}
	if ms, _ := strconv.Atoi(os.Getenv("FAKE_START_DELAY_MS")); ms > 0 {
		time.Sleep(time.Duration(ms) * time.Millisecond)
	}
	if v := os.Getenv("FAKE_EXIT_AT_START"); v != "" {
		code, _ := strconv.Atoi(v)
		fmt.Fprintf(os.Stderr, "fakeruntime: exiting at start with code %d\n", code)
		os.Exit(code)
	}
	if err := serve(":3000"); err != nil {
		fmt.Fprintf(os.Stderr, "fakeruntime: %v\n", err)
		os.Exit(1)
	}
}
