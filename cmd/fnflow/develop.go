package main

import (
	"errors"
	"fmt"
	"net"
	"net/url"

	"github.com/spf13/cobra"

	"github.com/fnflow/fnflow/internal/cli"
)

func initCmd(e env) *cobra.Command {
	var runtime, id, template string
	c := &cobra.Command{
		Use:   "init [--runtime R] [--template T] [--id ID] DIR",
		Short: "Create a starter function (code and appwrite.json) in a new folder",
		Example: `  fnflow init hello
  fnflow init --runtime python-3.11 hello-py
  fnflow init --template json-echo echo`,
		Args: exactArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			f, err := cli.Init(args[0], runtime, id, template)
			if err != nil {
				return err
			}
			fmt.Fprintf(e.stdout, "created function %s (%s) in %s\nnext: fnflow deploy %s\n", f.ID, f.Runtime, args[0], args[0])
			return nil
		},
	}
	c.Flags().StringVar(&runtime, "runtime", "node-18.0", "runtime ID (node-20.0) or family (node: its first version); fnflow runtimes list shows them")
	c.Flags().StringVar(&id, "id", "", "function ID (default: the folder name)")
	c.Flags().StringVar(&template, "template", cli.DefaultTemplate, "template ID, as GET /v1/functions/templates lists them")
	return c
}

func deployCmd(e env) *cobra.Command {
	var f connFlags
	var only string
	c := &cobra.Command{
		Use:   "deploy [DIR]",
		Short: "Create or update a function from a folder, build it and activate it",
		Long: `Deploy the function(s) described by appwrite.json (the Appwrite CLI's file) or
fnflow.json in DIR (default: the current folder) or its parents. Each function is
created or updated with its settings and "vars", its folder is packed (honouring
.gitignore and the "ignore" list) and uploaded, the build log is streamed, and the
ready deployment is activated. The exit code is 1 when a build fails.`,
		Args: maxArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			dir := "."
			if len(args) == 1 {
				dir = args[0]
			}
			loc, err := cli.FindSettings(dir)
			if err != nil {
				return err
			}
			client, err := f.client(e)
			if err != nil {
				return err
			}
			ctx, cancel := interruptible(e)
			defer cancel()
			d := &cli.Deployer{Client: client, Out: e.stdout}
			deployed := 0
			for _, fn := range loc.Selected {
				if only != "" && fn.ID != only {
					continue
				}
				deployed++
				if _, err := d.Deploy(ctx, loc.Dir(fn), fn); err != nil {
					var bf *cli.BuildFailedError
					if errors.As(err, &bf) {
						fmt.Fprintf(e.stderr, "fnflow: build of %s failed: %s\n", fn.ID, err)
						return &exitError{code: 1}
					}
					return err
				}
				printReady(e, client.Conn, fn.ID)
			}
			if deployed == 0 {
				return fmt.Errorf("%s has no function %q", loc.File, only)
			}
			return nil
		},
	}
	f.add(c)
	c.Flags().StringVar(&only, "function", "", "deploy only this function ID")
	return c
}

// printReady prints the function's domain URL and a curl line that reaches it.
func printReady(e env, conn cli.Conn, id string) {
	u := conn.FunctionURL(id)
	if u == "" {
		return
	}
	fmt.Fprintf(e.stdout, "\n  %s is live at %s\n", id, u)
	fmt.Fprintf(e.stdout, "  try: fnflow exec %s --data '{\"name\":\"fnflow\"}'\n", id)
	curl := "curl -s " + u
	if pu, err := url.Parse(u); err == nil {
		ep, _ := url.Parse(conn.Endpoint)
		if ip := net.ParseIP(ep.Hostname()); ip != nil {
			curl = fmt.Sprintf("curl -s --resolve %s:%s:%s %s", pu.Hostname(), portOf(pu), ip, u)
		}
	}
	fmt.Fprintf(e.stdout, "       %s\n\n", curl)
}

func portOf(u *url.URL) string {
	if p := u.Port(); p != "" {
		return p
	}
	if u.Scheme == "https" {
		return "443"
	}
	return "80"
}
