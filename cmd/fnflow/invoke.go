package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/fnflow/fnflow/internal/cli"
)

func execCmd(e env) *cobra.Command {
	var f connFlags
	var r cli.ExecRequest
	var data, at, output string
	var headers []string
	c := &cobra.Command{
		Use:   "exec FUNCTION [--data BODY|@FILE|@-] [--async] [--at TIME] [--method M] [--path P] [--header 'K: V']",
		Short: "Run a function and print its response",
		Long: `Run a function. Synchronously (the default) the response body goes to stdout
and the status, duration, logs and errors to stderr; the exit code is 1 when the
execution failed. With --async or --at the execution ID is printed.`,
		Example: `  fnflow exec hello --data '{"name":"fnflow"}'
  fnflow exec hello --method GET --path '/greet?lang=en'
  fnflow exec hello --async --at 5m`,
		Args: exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			body, err := readData(data, e.stdin)
			if err != nil {
				return err
			}
			r.Body = body
			r.Headers = map[string]string{}
			for _, h := range headers {
				k, v, ok := strings.Cut(h, ":")
				if !ok {
					return usageErrorf(cmd, "--header %q: want 'Name: value'", h)
				}
				r.Headers[strings.TrimSpace(k)] = strings.TrimSpace(v)
			}
			if _, ok := r.Headers["content-type"]; !ok && json.Valid([]byte(body)) && body != "" {
				r.Headers["content-type"] = "application/json"
			}
			if at != "" {
				if r.ScheduledAt, err = cli.ParseAt(at, time.Now()); err != nil {
					return usageErrorf(cmd, "%s", err)
				}
				r.Async = true
			}
			client, err := f.client(e)
			if err != nil {
				return err
			}
			ctx, cancel := interruptible(e)
			defer cancel()
			x, err := client.Exec(ctx, args[0], r)
			if err != nil {
				return err
			}
			if output == "json" {
				return cli.Print(e.stdout, output, cli.Table{}, x)
			}
			if !cli.Finished(x) {
				fmt.Fprintf(e.stdout, "%s\t%s\n", x.ID, x.Status)
				return nil
			}
			fmt.Fprint(e.stdout, x.ResponseBody)
			if x.ResponseBody != "" && !strings.HasSuffix(x.ResponseBody, "\n") {
				fmt.Fprintln(e.stdout)
			}
			cli.WriteExecution(e.stderr, x)
			if x.Status == "failed" {
				return &exitError{code: 1}
			}
			return nil
		},
	}
	f.add(c)
	fl := c.Flags()
	fl.StringVarP(&data, "data", "d", "", "request body; @FILE reads a file, @- stdin")
	fl.BoolVar(&r.Async, "async", false, "queue the execution and print its ID")
	fl.StringVar(&at, "at", "", "run later: a time (RFC 3339, whole minute) or a delay such as 5m (implies --async)")
	fl.StringVarP(&r.Method, "method", "X", "POST", "HTTP method the function sees")
	fl.StringVar(&r.Path, "path", "/", "path (and ?query) the function sees")
	fl.StringArrayVarP(&headers, "header", "H", nil, "request header 'Name: value' (repeatable)")
	outputFlag(c, &output)
	return c
}

func readData(data string, stdin io.Reader) (string, error) {
	if !strings.HasPrefix(data, "@") {
		return data, nil
	}
	var b []byte
	var err error
	if data == "@-" {
		b, err = io.ReadAll(io.LimitReader(stdin, 10<<20+1))
	} else {
		b, err = readFileLimited(data[1:], 10<<20+1)
	}
	if err != nil {
		return "", fmt.Errorf("--data: %w", err)
	}
	if len(b) > 10<<20 {
		return "", fmt.Errorf("--data: over the 10 MiB body limit")
	}
	return string(b), nil
}

func logsCmd(e env) *cobra.Command {
	var f connFlags
	var follow bool
	var n int
	var output string
	c := &cobra.Command{
		Use:   "logs FUNCTION [-f]",
		Short: "Print a function's recent executions with their logs; -f follows new ones",
		Args:  exactArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			client, err := f.client(e)
			if err != nil {
				return err
			}
			if _, err := client.GetFunction(e.ctx, args[0]); err != nil {
				return err
			}
			ctx, cancel := interruptible(e)
			defer cancel()
			enc := json.NewEncoder(e.stdout)
			return client.Logs(ctx, args[0], n, follow, time.Second, func(x *cli.Execution) error {
				if output == "json" {
					return enc.Encode(x) // one JSON object per line
				}
				cli.WriteExecution(e.stdout, x)
				return nil
			})
		},
	}
	f.add(c)
	c.Flags().BoolVarP(&follow, "follow", "f", false, "keep printing executions as they finish (Ctrl-C stops)")
	c.Flags().IntVarP(&n, "tail", "n", 10, "how many recent executions to print first")
	outputFlag(c, &output)
	return c
}
