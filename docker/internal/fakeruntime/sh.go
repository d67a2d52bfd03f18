package main

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"
)

// runShell interprets "sh -c <script>" with a deliberately tiny language:
// statements separated by newlines or ";", parts joined by "&&"; commands
// echo (with "> f", ">> f" or ">&2"), cat, touch, sleep (seconds), true,
// false and exit N. Anything else fails with code 127.
func runShell(args []string) int {
	if len(args) != 2 || args[0] != "-c" {
		fmt.Fprintln(os.Stderr, "sh: usage: sh -c <script>")
		return 2
	}
	code := 0
	for _, stmt := range strings.FieldsFunc(args[1], func(r rune) bool { return r == '\n' || r == ';' }) {
		for _, part := range strings.Split(stmt, "&&") {
			words := strings.Fields(part)
			if len(words) == 0 {
				continue
			}
			if words[0] == "exit" {
				n := 0
				if len(words) > 1 {
					n, _ = strconv.Atoi(words[1])
				}
				return n
			}
			if code = runCommand(words); code != 0 {
				break
			}
		}
	}
	return code
}

func runCommand(words []string) int {
	switch words[0] {
	case "true":
		return 0
	case "false":
		return 1
	case "echo":
		return echoCommand(words[1:])
	case "sleep":
		if len(words) < 2 {
			return 1
		}
		s, err := strconv.ParseFloat(words[1], 64)
		if err != nil {
			return 1
		}
		time.Sleep(time.Duration(s * float64(time.Second)))
		return 0
	case "cat", "touch":
		for _, name := range words[1:] {
			if err := fileCommand(words[0], name); err != nil {
				fmt.Fprintf(os.Stderr, "%s: %v\n", words[0], err)
				return 1
			}
		}
		return 0
	}
	fmt.Fprintf(os.Stderr, "sh: %s: not found\n", words[0])
	return 127
}

func fileCommand(cmd, name string) error {
	if cmd == "touch" {
		f, err := os.OpenFile(name, os.O_CREATE|os.O_WRONLY, 0o644)
		if err != nil {
			return err
		}
		return f.Close()
	}
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = io.Copy(os.Stdout, f)
	return err
}

func echoCommand(args []string) int {
	var out io.Writer = os.Stdout
	for i, a := range args {
		if a != ">" && a != ">>" && a != ">&2" {
			continue
		}
		text := strings.Join(args[:i], " ") + "\n"
		if a == ">&2" {
			out = os.Stderr
		} else {
			if i+1 >= len(args) {
				return 2
			}
			flags := os.O_CREATE | os.O_WRONLY | os.O_TRUNC
			if a == ">>" {
				flags = os.O_CREATE | os.O_WRONLY | os.O_APPEND
			}
			f, err := os.OpenFile(args[i+1], flags, 0o644)
			if err != nil {
				fmt.Fprintf(os.Stderr, "sh: %v\n", err)
				return 1
			}
			defer f.Close()
			out = f
		}
		_, _ = io.WriteString(out, text)
		return 0
	}
	_, _ = fmt.Fprintln(out, strings.Join(args, " "))
	return 0
}
