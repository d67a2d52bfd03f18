package main

import (
	"fmt"
	"regexp"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

// versionLine is "fnflow <version> (commit <rev>[, modified], <go>)".
func versionLine() string {
	rev, modified, goVersion := "unknown", false, ""
	if bi, ok := debug.ReadBuildInfo(); ok {
		goVersion = bi.GoVersion
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
				if len(rev) > 12 {
					rev = rev[:12]
				}
			case "vcs.modified":
				modified = s.Value == "true"
			}
		}
	}
	if modified {
		rev += ", modified"
	}
	return fmt.Sprintf("fnflow %s (commit %s, %s)", version, rev, goVersion)
}

const rootLong = `fnflow: an Appwrite-compatible functions engine on Temporal and Docker.

Develop functions with init, deploy, exec and logs against any fnflow (connect
with "fnflow login" or FNFLOW_ENDPOINT, FNFLOW_PROJECT and FNFLOW_KEY); run the
engine with serve (or api and worker) and manage it with project, key and
runtimes, which read config.yaml (or --config FILE) and FNFLOW_<SECTION>_<KEY>
environment variables.`

func newRoot(e env) *cobra.Command {
	root := &cobra.Command{
		Use:           "fnflow",
		Short:         "An Appwrite-compatible functions engine on Temporal and Docker",
		Long:          rootLong,
		Version:       version,
		SilenceErrors: true,
		SilenceUsage:  true,
		Args:          cobra.ArbitraryArgs,
		RunE:          groupRun,
	}
	root.SetVersionTemplate(versionLine() + "\n")
	root.CompletionOptions.DisableDefaultCmd = true
	root.SetIn(e.stdin)
	root.SetOut(e.stdout)
	root.SetErr(e.stderr)
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error { return &usageError{cmd: c, err: flagError(err)} })
	root.AddGroup(&cobra.Group{ID: "dev", Title: "Function commands:"}, &cobra.Group{ID: "ops", Title: "Operator commands:"})
	for _, c := range []*cobra.Command{initCmd(e), loginCmd(e), deployCmd(e), execCmd(e), logsCmd(e), functionsCmd(e), executionsCmd(e)} {
		c.GroupID = "dev"
		root.AddCommand(c)
	}
	for _, c := range []*cobra.Command{serveCmd("serve"), serveCmd("api"), serveCmd("worker"), projectCmd(e), keyCmd(e), runtimesCmd(e), versionCmd(e)} {
		c.GroupID = "ops"
		root.AddCommand(c)
	}
	root.SetHelpCommand(helpCmd(root))
	root.SetHelpCommandGroupID("ops")
	return root
}

// groupRun is the RunE of commands that only hold subcommands: a missing or
// unknown subcommand is a usage error with suggestions.
func groupRun(cmd *cobra.Command, args []string) error {
	var names []string
	for _, c := range cmd.Commands() {
		if c.IsAvailableCommand() && c.Name() != "help" {
			names = append(names, c.Name())
		}
	}
	if len(args) == 0 {
		return usageErrorf(cmd, "missing command for %q (one of: %s)", cmd.CommandPath(), strings.Join(names, ", "))
	}
	msg := fmt.Sprintf("unknown command %q for %q", args[0], cmd.CommandPath())
	cmd.SuggestionsMinimumDistance = 2
	if s := cmd.SuggestionsFor(args[0]); len(s) > 0 {
		msg += fmt.Sprintf(" (did you mean %q?)", s[0])
	}
	return usageErrorf(cmd, "%s", msg)
}

func group(use, short string, subs ...*cobra.Command) *cobra.Command {
	c := &cobra.Command{Use: use, Short: short, Args: cobra.ArbitraryArgs, RunE: groupRun}
	c.AddCommand(subs...)
	return c
}

func versionCmd(e env) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version and the commit it was built from",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			fmt.Fprintln(e.stdout, versionLine())
			return nil
		},
	}
}

// noArgs, exactArgs and maxArgs report wrong argument counts as usage errors.
func noArgs(cmd *cobra.Command, args []string) error {
	if len(args) > 0 {
		return usageErrorf(cmd, "%s takes no arguments, got %q", cmd.CommandPath(), args[0])
	}
	return nil
}

func exactArgs(n int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) != n {
			return usageErrorf(cmd, "%s wants %d argument(s), got %d", cmd.CommandPath(), n, len(args))
		}
		return nil
	}
}

func maxArgs(n int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) > n {
			return usageErrorf(cmd, "%s takes at most %d argument(s), got %d", cmd.CommandPath(), n, len(args))
		}
		return nil
	}
}

// legacyFlags rewrites the single-dash long flags of earlier fnflow versions
// ("-name X", as the Taskfile and old scripts spell them) to "--name X" when
// the command being called has a flag of that name; anything else is left
// for the flag parser to accept or reject.
func legacyFlags(root *cobra.Command, args []string) []string {
	out := make([]string, 0, len(args))
	cmd := root
	skipValue := false
	for i, a := range args {
		if a == "--" {
			return append(out, args[i:]...)
		}
		if skipValue {
			skipValue = false
			out = append(out, a)
			continue
		}
		if !strings.HasPrefix(a, "-") {
			if sub, _, err := cmd.Find([]string{a}); err == nil && sub != cmd && sub.Parent() == cmd {
				cmd = sub
			}
			out = append(out, a)
			continue
		}
		name, _, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		f := lookupFlag(cmd, name)
		if !strings.HasPrefix(a, "--") && len(name) > 1 && (f != nil || name == "help" || lookupShorthand(cmd, name[:1]) == nil) {
			a = "-" + a // a long flag, or an unknown one reported as such
		}
		if f != nil && !hasValue && f.Value.Type() != "bool" && strings.HasPrefix(a, "--") {
			skipValue = true
		}
		out = append(out, a)
	}
	return out
}

func lookupShorthand(cmd *cobra.Command, c string) *pflag.Flag {
	for ; cmd != nil; cmd = cmd.Parent() {
		if f := cmd.Flags().ShorthandLookup(c); f != nil {
			return f
		}
		if f := cmd.PersistentFlags().ShorthandLookup(c); f != nil {
			return f
		}
	}
	return nil
}

func lookupFlag(cmd *cobra.Command, name string) *pflag.Flag {
	for c := cmd; c != nil; c = c.Parent() {
		if f := c.Flags().Lookup(name); f != nil {
			return f
		}
		if f := c.PersistentFlags().Lookup(name); f != nil {
			return f
		}
	}
	return nil
}

var (
	badValueRe  = regexp.MustCompile(`^invalid argument (".*") for "(.*)" flag: `)
	shorthandRe = regexp.MustCompile(`^unknown shorthand flag: '(.)' in -`)
)

// flagError rewords pflag's errors without Go error chains: "invalid value
// "x" for --tail (want int)", "unknown flag: -bogus".
func flagError(err error) error {
	msg := err.Error()
	if m := badValueRe.FindStringSubmatch(msg); m != nil {
		name := m[2]
		if i := strings.LastIndex(name, " "); i >= 0 {
			name = name[i+1:]
		}
		return fmt.Errorf("invalid value %s for %s", m[1], name)
	}
	if m := shorthandRe.FindStringSubmatch(msg); m != nil {
		return fmt.Errorf("unknown flag: -%s", m[1])
	}
	return err
}

// helpCmd is "fnflow help [COMMAND...]": an unknown topic is a usage error.
func helpCmd(root *cobra.Command) *cobra.Command {
	return &cobra.Command{
		Use:   "help [COMMAND...]",
		Short: "Help about any command",
		RunE: func(cmd *cobra.Command, args []string) error {
			target, rest, err := root.Find(args)
			if err != nil || len(rest) > 0 {
				return usageErrorf(root, "unknown help topic %q", strings.Join(args, " "))
			}
			target.InitDefaultHelpFlag()
			target.InitDefaultVersionFlag()
			return target.Help()
		},
	}
}
