package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/fnflow/fnflow/internal/cli"
)

func functionsCmd(e env) *cobra.Command {
	var f connFlags
	var output string
	list := &cobra.Command{
		Use:   "list",
		Short: "List functions",
		Args:  noArgs,
		RunE: func(*cobra.Command, []string) error {
			client, err := f.client(e)
			if err != nil {
				return err
			}
			var raw json.RawMessage
			var out struct {
				Functions []cli.Function `json:"functions"`
			}
			if err := getBoth(e, client, "/functions?queries[]="+urlQuery(`{"method":"limit","values":[100]}`), &raw, &out); err != nil {
				return err
			}
			t := cli.Table{Headers: []string{"ID", "NAME", "RUNTIME", "DEPLOYMENT", "STATUS", "UPDATED"}}
			for _, fn := range out.Functions {
				t.Rows = append(t.Rows, []string{fn.ID, fn.Name, fn.Runtime, dash(fn.DeploymentID), dash(fn.LatestDeploymentStatus), fn.UpdatedAt})
			}
			return cli.Print(e.stdout, output, t, raw)
		},
	}
	get := &cobra.Command{
		Use:   "get FUNCTION",
		Short: "Show a function's settings",
		Args:  exactArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			client, err := f.client(e)
			if err != nil {
				return err
			}
			var raw json.RawMessage
			var fn cli.Function
			if err := getBoth(e, client, "/functions/"+cli.PathEscape(args[0]), &raw, &fn); err != nil {
				return err
			}
			t := cli.Table{Headers: []string{"FIELD", "VALUE"}, Rows: [][]string{
				{"id", fn.ID}, {"name", fn.Name}, {"runtime", fn.Runtime}, {"enabled", fmt.Sprint(fn.Enabled)},
				{"execute", strings.Join(fn.Execute, ",")}, {"events", strings.Join(fn.Events, ",")},
				{"schedule", fn.Schedule}, {"timeout", fmt.Sprint(fn.Timeout)}, {"entrypoint", fn.Entrypoint},
				{"commands", fn.Commands}, {"specification", fn.RuntimeSpecification},
				{"deployment", dash(fn.DeploymentID)}, {"latest deployment", dash(fn.LatestDeploymentID) + " " + fn.LatestDeploymentStatus},
				{"url", client.Conn.FunctionURL(fn.ID)},
			}}
			return cli.Print(e.stdout, output, t, raw)
		},
	}
	del := &cobra.Command{
		Use:   "delete FUNCTION",
		Short: "Delete a function with its deployments, executions and variables",
		Args:  exactArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			client, err := f.client(e)
			if err != nil {
				return err
			}
			if err := client.Do(e.ctx, "DELETE", "/functions/"+cli.PathEscape(args[0]), nil, nil); err != nil {
				return err
			}
			fmt.Fprintf(e.stdout, "deleted function %s\n", args[0])
			return nil
		},
	}
	for _, c := range []*cobra.Command{list, get, del} {
		f.add(c)
	}
	outputFlag(list, &output)
	outputFlag(get, &output)
	return group("functions", "List, show and delete functions", list, get, del)
}

func executionsCmd(e env) *cobra.Command {
	var f connFlags
	var output string
	var n int
	list := &cobra.Command{
		Use:   "list FUNCTION",
		Short: "List a function's executions, newest first",
		Args:  exactArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			client, err := f.client(e)
			if err != nil {
				return err
			}
			var raw json.RawMessage
			var out struct {
				Executions []cli.Execution `json:"executions"`
			}
			q := "?queries[]=" + urlQuery(`{"method":"orderDesc","attribute":"$createdAt"}`) + "&queries[]=" + urlQuery(fmt.Sprintf(`{"method":"limit","values":[%d]}`, n))
			if err := getBoth(e, client, "/functions/"+cli.PathEscape(args[0])+"/executions"+q, &raw, &out); err != nil {
				return err
			}
			t := cli.Table{Headers: []string{"ID", "CREATED", "TRIGGER", "STATUS", "CODE", "DURATION", "REQUEST"}}
			for _, x := range out.Executions {
				t.Rows = append(t.Rows, []string{x.ID, x.CreatedAt, x.Trigger, x.Status, fmt.Sprint(x.ResponseStatusCode),
					fmt.Sprintf("%.3fs", x.Duration), x.RequestMethod + " " + x.RequestPath})
			}
			return cli.Print(e.stdout, output, t, raw)
		},
	}
	f.add(list)
	outputFlag(list, &output)
	list.Flags().IntVarP(&n, "limit", "n", 25, "how many executions")
	return group("executions", "List a function's executions", list)
}

// getBoth GETs path once and keeps the answer both as it came (for -o json,
// field order kept) and decoded into typed.
func getBoth(e env, c *cli.Client, path string, raw *json.RawMessage, typed any) error {
	if err := c.Do(e.ctx, "GET", path, nil, raw); err != nil {
		return err
	}
	return json.Unmarshal(*raw, typed)
}

func urlQuery(s string) string { return url.QueryEscape(s) }

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func readFileLimited(p string, n int64) ([]byte, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, n))
}
