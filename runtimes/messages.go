package runtimes

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

// engineMessage is one object of the JSON stream the Docker Engine answers
// image builds and imports with.
type engineMessage struct {
	Stream      string `json:"stream"`
	Status      string `json:"status"`
	Error       string `json:"error"`
	ErrorDetail *struct {
		Message string `json:"message"`
	} `json:"errorDetail"`
}

// readMessages drains a message stream. It returns the last lines of
// output, and an error (with that output) when the engine reported one.
func readMessages(r io.Reader) ([]string, error) {
	dec := json.NewDecoder(r)
	var lines []string
	keep := func(s string) {
		for _, line := range strings.Split(strings.TrimRight(s, "\n"), "\n") {
			if strings.TrimSpace(line) == "" {
				continue
			}
			lines = append(lines, line)
			if len(lines) > 20 {
				lines = lines[1:]
			}
		}
	}
	for {
		var m engineMessage
		err := dec.Decode(&m)
		if errors.Is(err, io.EOF) {
			return lines, nil
		}
		if err != nil {
			return lines, fmt.Errorf("reading the engine's answer: %w", err)
		}
		keep(m.Stream)
		keep(m.Status)
		msg := m.Error
		if msg == "" && m.ErrorDetail != nil {
			msg = m.ErrorDetail.Message
		}
		if msg != "" {
			if len(lines) > 0 {
				return lines, fmt.Errorf("%s\n%s", msg, strings.Join(lines, "\n"))
			}
			return lines, errors.New(msg)
		}
	}
}
