package config

import (
	"errors"
	"fmt"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

// checkYAML walks a parsed config.yaml against Config and reports, with the
// key path of each, unknown keys (with the nearest valid key) and values of
// the wrong type, in words rather than as the YAML decoder's errors.
func checkYAML(doc *yaml.Node) error {
	if doc.Kind == yaml.DocumentNode && len(doc.Content) == 1 {
		doc = doc.Content[0]
	}
	var errs []error
	checkNode(doc, reflect.TypeOf(Config{}), "", &errs)
	return errors.Join(errs...)
}

var durationType = reflect.TypeOf(time.Duration(0))

func checkNode(n *yaml.Node, t reflect.Type, path string, errs *[]error) {
	bad := func(format string, args ...any) {
		*errs = append(*errs, fmt.Errorf("`%s` (line %d): %s", path, n.Line, fmt.Sprintf(format, args...)))
	}
	if n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		return
	}
	switch {
	case t.Kind() == reflect.Struct:
		if n.Kind != yaml.MappingNode {
			bad("want a section of keys, got %s", describe(n))
			return
		}
		keys := map[string]reflect.Type{}
		for i := 0; i < t.NumField(); i++ {
			keys[strings.Split(t.Field(i).Tag.Get("yaml"), ",")[0]] = t.Field(i).Type
		}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			sub := join(path, k.Value)
			ft, ok := keys[k.Value]
			if !ok {
				msg := fmt.Sprintf("`%s` (line %d): unknown key", sub, k.Line)
				if s := nearest(k.Value, keys); s != "" {
					msg += fmt.Sprintf(", did you mean `%s`?", join(path, s))
				}
				*errs = append(*errs, errors.New(msg))
				continue
			}
			checkNode(v, ft, sub, errs)
		}
	case t.Kind() == reflect.Map:
		if n.Kind != yaml.MappingNode {
			bad("want a map of key: value, got %s", describe(n))
		}
	case t.Kind() == reflect.Slice:
		if n.Kind != yaml.SequenceNode {
			bad("want a list such as [a, b], got %s", describe(n))
		}
	case n.Kind != yaml.ScalarNode:
		bad("want a single value, got %s", describe(n))
	case t == durationType:
		if _, err := time.ParseDuration(n.Value); err != nil {
			bad("%q is not a duration (e.g. 10m, 30s, 24h)", n.Value)
		}
	case t.Kind() == reflect.Bool:
		if n.Tag != "!!bool" {
			bad("%q is not a boolean (true or false)", n.Value)
		}
	case t.Kind() == reflect.Int || t.Kind() == reflect.Int64:
		if _, err := strconv.ParseInt(strings.ReplaceAll(n.Value, "_", ""), 0, 64); err != nil || n.Tag != "!!int" {
			bad("%q is not an integer", n.Value)
		}
	case t.Kind() == reflect.Float64:
		if n.Tag != "!!int" && n.Tag != "!!float" {
			bad("%q is not a number", n.Value)
		}
	}
}

func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a section"
	case yaml.SequenceNode:
		return "a list"
	}
	return strconv.Quote(n.Value)
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// nearest is the valid key closest to k in edit distance, if close enough.
func nearest(k string, keys map[string]reflect.Type) string {
	names := make([]string, 0, len(keys))
	for name := range keys {
		names = append(names, name)
	}
	sort.Strings(names)
	best, bestD := "", len(k)/2+2
	for _, name := range names {
		if d := editDistance(strings.ToLower(k), strings.ToLower(name)); d < bestD {
			best, bestD = name, d
		}
	}
	return best
}

func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)]
}

// knownEnv are FNFLOW_ variables read by something other than the
// server config: the command line client and the test suite.
var knownEnv = []string{"FNFLOW_ENDPOINT", "FNFLOW_PROJECT", "FNFLOW_KEY", "FNFLOW_CLI_CONFIG"}

const testEnvPrefix = "FNFLOW_TEST_"

// UnknownEnv returns a warning for each FNFLOW_* variable in environ that
// sets no configuration key, naming the nearest variable that does.
func UnknownEnv(environ []string) []string {
	valid := map[string]reflect.Type{}
	cfg := Default()
	_ = walk(reflect.ValueOf(&cfg).Elem(), "FNFLOW", func(name string, f reflect.Value) error {
		valid[name] = f.Type()
		return nil
	})
	for _, k := range knownEnv {
		valid[k] = nil
	}
	var out []string
	for _, kv := range environ {
		k, _, _ := strings.Cut(kv, "=")
		if !strings.HasPrefix(k, "FNFLOW_") || strings.HasPrefix(k, testEnvPrefix) {
			continue
		}
		if _, ok := valid[k]; ok {
			continue
		}
		w := fmt.Sprintf("environment variable %s sets no configuration key", k)
		if s := nearest(k, valid); s != "" {
			w += fmt.Sprintf(", did you mean %s?", s)
		}
		out = append(out, w)
	}
	sort.Strings(out)
	return out
}
