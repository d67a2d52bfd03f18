package main

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/fnflow/fnflow/internal/cli"
	"github.com/fnflow/fnflow/models"
)

// DefaultKeyScopes are given to keys created without --scopes.
var DefaultKeyScopes = []string{"functions.read", "functions.write", "executions.read", "executions.write", "project.read", "project.write", "events.read", "events.write"}

// withStore runs fn with the store of the server config at *cfgPath.
func withStore(cfgPath *string, fn func(context.Context, *models.Store, []string) error) func(*cobra.Command, []string) error {
	return func(_ *cobra.Command, args []string) error {
		st, closeFn, err := openStore(*cfgPath)
		if err != nil {
			return err
		}
		defer closeFn()
		return fn(context.Background(), st, args)
	}
}

func projectCmd(e env) *cobra.Command {
	var cfgPath, name, id, output string
	var ifMissing bool
	create := &cobra.Command{
		Use:   "create --name NAME [--id ID] [--if-missing]",
		Short: "Create a project and print its ID",
		Args:  noArgs,
		RunE: withStore(&cfgPath, func(ctx context.Context, st *models.Store, _ []string) error {
			if ifMissing && id != "" {
				if p, err := st.GetProject(ctx, id); err == nil {
					fmt.Fprintln(e.stdout, p.ID)
					return nil
				}
			}
			p, err := st.CreateProject(ctx, id, name)
			if err != nil {
				return err
			}
			fmt.Fprintln(e.stdout, p.ID)
			return nil
		}),
	}
	create.Flags().StringVar(&name, "name", "", "project name (required)")
	create.Flags().StringVar(&id, "id", "", "project ID (default: generated)")
	create.Flags().BoolVar(&ifMissing, "if-missing", false, "succeed quietly when the project already exists")
	_ = create.MarkFlagRequired("name")
	list := &cobra.Command{
		Use:   "list",
		Short: "List projects",
		Args:  noArgs,
		RunE: withStore(&cfgPath, func(ctx context.Context, st *models.Store, _ []string) error {
			ps, err := st.ListProjects(ctx)
			if err != nil {
				return err
			}
			t := cli.Table{Headers: []string{"ID", "NAME", "CREATED"}}
			var js []map[string]any
			for _, p := range ps {
				t.Rows = append(t.Rows, []string{p.ID, p.Name, p.CreatedAt.UTC().Format(time.RFC3339)})
				js = append(js, map[string]any{"$id": p.ID, "name": p.Name, "$createdAt": p.CreatedAt.UTC()})
			}
			return cli.Print(e.stdout, output, t, map[string]any{"total": len(ps), "projects": nonNil(js)})
		}),
	}
	outputFlag(list, &output)
	del := &cobra.Command{
		Use:   "delete ID",
		Short: "Delete a project without functions, and its keys",
		Args:  exactArgs(1),
		RunE: withStore(&cfgPath, func(ctx context.Context, st *models.Store, args []string) error {
			return st.DeleteProject(ctx, args[0])
		}),
	}
	for _, c := range []*cobra.Command{create, list, del} {
		configFlag(c, &cfgPath)
	}
	return group("project", "Create, list and delete projects", create, list, del)
}

func keyCmd(e env) *cobra.Command {
	var cfgPath, project, name, scopes, output string
	var expire time.Duration
	create := &cobra.Command{
		Use:   "create --project ID [--name NAME] [--scopes a,b] [--expire 720h]",
		Short: "Create an API key; its secret is printed once and stored hashed",
		Args:  noArgs,
		RunE: withStore(&cfgPath, func(ctx context.Context, st *models.Store, _ []string) error {
			var exp *time.Time
			if expire > 0 {
				t := time.Now().Add(expire).UTC()
				exp = &t
			}
			var sc []string
			for _, s := range strings.Split(scopes, ",") {
				if s = strings.TrimSpace(s); s != "" {
					sc = append(sc, s)
				}
			}
			_, secret, err := st.CreateAPIKey(ctx, project, name, sc, exp)
			if err != nil {
				return err
			}
			fmt.Fprintln(e.stdout, secret)
			return nil
		}),
	}
	create.Flags().StringVar(&name, "name", "cli", "key name")
	create.Flags().StringVar(&scopes, "scopes", strings.Join(DefaultKeyScopes, ","), "comma-separated scopes")
	create.Flags().DurationVar(&expire, "expire", 0, "lifetime, e.g. 720h (0: never expires)")
	list := &cobra.Command{
		Use:   "list --project ID",
		Short: "List a project's keys (never their secrets)",
		Args:  noArgs,
		RunE: withStore(&cfgPath, func(ctx context.Context, st *models.Store, _ []string) error {
			ks, err := st.ListAPIKeys(ctx, project)
			if err != nil {
				return err
			}
			t := cli.Table{Headers: []string{"ID", "NAME", "SCOPES", "EXPIRES"}}
			var js []map[string]any
			for _, k := range ks {
				expires := "never"
				if k.ExpiresAt != nil {
					expires = k.ExpiresAt.UTC().Format(time.RFC3339)
				}
				t.Rows = append(t.Rows, []string{k.ID, k.Name, strings.Join(k.Scopes, ","), expires})
				js = append(js, map[string]any{"$id": k.ID, "name": k.Name, "scopes": k.Scopes, "expire": k.ExpiresAt, "$createdAt": k.CreatedAt.UTC()})
			}
			return cli.Print(e.stdout, output, t, map[string]any{"total": len(ks), "keys": nonNil(js)})
		}),
	}
	outputFlag(list, &output)
	revoke := &cobra.Command{
		Use:   "revoke --project ID KEY_ID",
		Short: "Revoke (delete) a key by its ID",
		Args:  exactArgs(1),
		RunE: withStore(&cfgPath, func(ctx context.Context, st *models.Store, args []string) error {
			return st.RevokeAPIKey(ctx, project, args[0])
		}),
	}
	for _, c := range []*cobra.Command{create, list, revoke} {
		configFlag(c, &cfgPath)
		c.Flags().StringVar(&project, "project", "", "project ID (required)")
		_ = c.MarkFlagRequired("project")
	}
	return group("key", "Create, list and revoke API keys", create, list, revoke)
}

func outputFlag(c *cobra.Command, p *string) {
	c.Flags().StringVarP(p, "output", "o", "table", "output format: table or json")
}

func nonNil(v []map[string]any) []map[string]any {
	if v == nil {
		return []map[string]any{}
	}
	return v
}
