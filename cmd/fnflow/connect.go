package main

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/signal"
	"strings"

	"github.com/spf13/cobra"

	"github.com/fnflow/fnflow/internal/cli"
)

// connFlags are the connection flags of the user commands.
type connFlags struct{ conn cli.Conn }

func (f *connFlags) add(c *cobra.Command) {
	fl := c.Flags()
	fl.StringVar(&f.conn.Endpoint, "endpoint", "", "fnflow URL (default: $FNFLOW_ENDPOINT, the login file, "+cli.DefaultEndpoint+")")
	fl.StringVar(&f.conn.Project, "project", "", "project ID (default: $FNFLOW_PROJECT, the login file)")
	fl.StringVar(&f.conn.Key, "key", "", "API key (default: $FNFLOW_KEY, the login file)")
}

func (f *connFlags) client(e env) (*cli.Client, error) {
	c, err := cli.Resolve(f.conn, e.getenv)
	if err != nil {
		return nil, err
	}
	return cli.NewClient(c), nil
}

// interruptible is the command's context, also ended by Ctrl-C.
func interruptible(e env) (context.Context, context.CancelFunc) {
	return signal.NotifyContext(e.ctx, os.Interrupt)
}

func loginCmd(e env) *cobra.Command {
	var f connFlags
	c := &cobra.Command{
		Use:   "login [--endpoint URL] [--project ID] [--key KEY]",
		Short: "Save the connection (endpoint, project, key) for the other commands",
		Long: `Save the connection for the other commands in fnflow/cli.json under the user's
config directory (or $FNFLOW_CLI_CONFIG), readable by its owner only. A key not
given as --key is read from stdin, so it stays out of the shell history. The
connection is checked against the server before it is saved.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if f.conn.Key == "" {
				fmt.Fprint(e.stderr, "API key: ")
				line, err := bufio.NewReader(e.stdin).ReadString('\n')
				if err != nil && line == "" {
					return fmt.Errorf("read the API key from stdin: %w", err)
				}
				f.conn.Key = strings.TrimSpace(line)
			}
			conn, err := cli.Resolve(f.conn, e.getenv)
			if err != nil {
				return err
			}
			ctx, cancel := interruptible(e)
			defer cancel()
			if err := cli.NewClient(conn).Do(ctx, "GET", "/functions?total=false", nil, nil); err != nil {
				return fmt.Errorf("login check failed: %w", err)
			}
			path, err := cli.ConfigPath(e.getenv)
			if err != nil {
				return err
			}
			if err := cli.SaveConn(path, conn); err != nil {
				return err
			}
			fmt.Fprintf(e.stdout, "logged in to %s, project %s (saved in %s)\n", conn.Endpoint, conn.Project, path)
			return nil
		},
	}
	f.add(c)
	c.Flags().StringVar(&f.conn.DomainSuffix, "domain-suffix", "", "the server's server.domain_suffix, for function URLs (default "+cli.DefaultDomainSuffix+")")
	return c
}
