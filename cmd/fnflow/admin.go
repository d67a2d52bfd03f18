package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"strings"
	"time"
)

// DefaultKeyScopes are given to keys created without -scopes.
var DefaultKeyScopes = []string{"functions.read", "functions.write", "executions.read", "executions.write", "project.read", "project.write", "events.read", "events.write"}

func projectCmd(args []string) error {
	if len(args) == 0 {
		return errors.New("usage: fnflow project create|list")
	}
	fs := flag.NewFlagSet("project", flag.ContinueOnError)
	cfgPath := fs.String("config", "", "config file")
	name := fs.String("name", "", "project name")
	id := fs.String("id", "", "project ID (default: generated)")
	ifMissing := fs.Bool("if-missing", false, "succeed quietly when the project already exists")
	if err := fs.Parse(args[1:]); err != nil {
		return err
	}
	st, closeFn, err := openStore(*cfgPath)
	if err != nil {
		return err
	}
	defer closeFn()
	ctx := context.Background()
	switch args[0] {
	case "create":
		if *name == "" {
			return errors.New("project create: -name is required")
		}
		if *ifMissing && *id != "" {
			if p, err := st.GetProject(ctx, *id); err == nil {
				fmt.Println(p.ID)
				return nil
			}
		}
		p, err := st.CreateProject(ctx, *id, *name)
		if err != nil {
			return err
		}
		fmt.Println(p.ID)
		return nil
	case "list":
		ps, err := st.ListProjects(ctx)
		if err != nil {
			return err
		}
		for _, p := range ps {
			fmt.Printf("%s\t%s\n", p.ID, p.Name)
		}
		return nil
	}
	return fmt.Errorf("unknown project command %q", args[0])
}

func keyCmd(args []string) error {
	if len(args) == 0 || args[0] != "create" {
		return errors.New("usage: fnflow key create -project ID [-name NAME] [-scopes a,b] [-expire 720h]")
	}
	fs := flag.NewFlagSet("key", flag.ContinueOnError)
	cfgPath := fs.String("config", "", "config file")
	project := fs.String("project", "", "project ID")
	name := fs.String("name", "cli", "key name")
	scopes := fs.String("scopes", strings.Join(DefaultKeyScopes, ","), "comma-separated scopes")
	expire := fs.Duration("expire", 0, "lifetime (0 = never expires)")
	if err := fs.Parse(args[1:]); err != nil {
		return err
	}
	if *project == "" {
		return errors.New("key create: -project is required")
	}
	st, closeFn, err := openStore(*cfgPath)
	if err != nil {
		return err
	}
	defer closeFn()
	var exp *time.Time
	if *expire > 0 {
		t := time.Now().Add(*expire).UTC()
		exp = &t
	}
	var sc []string
	for _, s := range strings.Split(*scopes, ",") {
		if s = strings.TrimSpace(s); s != "" {
			sc = append(sc, s)
		}
	}
	_, secret, err := st.CreateAPIKey(context.Background(), *project, *name, sc, exp)
	if err != nil {
		return err
	}
	// The secret is printed once, to stdout only; it is stored hashed.
	fmt.Println(secret)
	return nil
}
