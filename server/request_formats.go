package server

import (
	"encoding/json"
	"strings"

	"github.com/gofiber/fiber/v2"

	"github.com/fnflow/fnflow/query"
)

// Request formats. Appwrite rewrites the params of a client built for an
// older version before validating them (Request/Filters/V*.php, applied
// oldest first for every version newer than the client's format). These
// are the rewrites of the Functions routes, one table per version, keyed by
// Appwrite's SDK method names; body params and list queries each have their
// hook (parseBody, listOptions).

type requestFilter struct {
	below string
	// params rewrites body params of the named routes.
	params map[string]func(p *params)
	// queries rewrites the `queries` of the named list routes.
	queries map[string]func([]string) ([]string, error)
	// dropSearch names list routes whose `search` the filter drops.
	dropSearch map[string]bool
}

var requestFilters = []requestFilter{
	{ // V16: 1.3 → 1.4
		below: "1.4.0",
		params: map[string]func(*params){
			"functions.create": v16Commands,
			"functions.update": v16Commands,
			"functions.createExecution": func(p *params) {
				if v, ok := p.formValue("data"); ok {
					p.form["body"] = v
				} else {
					delete(p.form, "body")
				}
				if v, ok := p.raw["data"]; ok {
					p.raw["body"] = v
				} else {
					p.raw["body"] = json.RawMessage(`""`)
				}
				delete(p.raw, "data")
				delete(p.form, "data")
			},
		},
	},
	{ // V17: 1.4 → 1.5, the JSON query syntax
		below: "1.5.0",
		queries: map[string]func([]string) ([]string, error){
			"functions.list": convertLegacyQueries, "functions.listDeployments": convertLegacyQueries,
			"functions.listExecutions": convertLegacyQueries,
		},
	},
	{ // V18: 1.5 → 1.6
		below: "1.6.0",
		params: map[string]func(*params){"functions.create": func(p *params) {
			p.move("templateBranch", "templateVersion")
		}},
	},
	{ // V19: 1.6 → 1.7
		below: "1.7.0",
		params: map[string]func(*params){
			"functions.create": func(p *params) {
				p.drop("templateRepository", "templateOwner", "templateRootDirectory", "templateVersion")
			},
			"functions.createVariable": v19Secret, "functions.updateVariable": v19Secret,
			"project.createVariable": v19Secret,
		},
		queries: map[string]func([]string) ([]string, error){
			"functions.list":            renameQueryAttribute("deployment", "deploymentId"),
			"functions.listDeployments": renameQueryAttribute("size", "deploymentSize"),
		},
		dropSearch: map[string]bool{"functions.listExecutions": true},
	},
	{ // V21: 1.8 → 1.9, one specification became two
		below:  "1.9.0",
		params: map[string]func(*params){"functions.create": v21Specs, "functions.update": v21Specs},
	},
}

// routeName is Appwrite's SDK method name of the route c matched.
func routeName(c *fiber.Ctx) string {
	path := strings.TrimSuffix(c.Route().Path, "/")
	path = strings.TrimPrefix(path, "/v1")
	switch c.Method() + " " + path {
	case "POST /functions":
		return "functions.create"
	case "PUT /functions/:functionId":
		return "functions.update"
	case "GET /functions":
		return "functions.list"
	case "POST /functions/:functionId/executions":
		return "functions.createExecution"
	case "GET /functions/:functionId/executions":
		return "functions.listExecutions"
	case "GET /functions/:functionId/deployments":
		return "functions.listDeployments"
	case "POST /functions/:functionId/variables":
		return "functions.createVariable"
	case "PUT /functions/:functionId/variables/:variableId":
		return "functions.updateVariable"
	case "POST /project/variables":
		return "project.createVariable"
	}
	return ""
}

func requestFiltersFor(c *fiber.Ctx) ([]requestFilter, string) {
	format := c.Get("X-Appwrite-Response-Format")
	if format == "" {
		return nil, ""
	}
	var out []requestFilter
	for _, f := range requestFilters {
		if versionLess(format, f.below) {
			out = append(out, f)
		}
	}
	if len(out) == 0 {
		return nil, ""
	}
	return out, routeName(c)
}

// filterParams applies the request filters of the caller's format to p.
func filterParams(c *fiber.Ctx, p *params) {
	filters, route := requestFiltersFor(c)
	for _, f := range filters {
		if rewrite := f.params[route]; rewrite != nil {
			rewrite(p)
		}
	}
}

// filterQueries applies them to a list route's queries and search.
func filterQueries(c *fiber.Ctx, queries []string, search string) ([]string, string, error) {
	filters, route := requestFiltersFor(c)
	for _, f := range filters {
		if rewrite := f.queries[route]; rewrite != nil {
			var err error
			if queries, err = rewrite(queries); err != nil {
				return nil, "", err
			}
		}
		if f.dropSearch[route] {
			search = ""
		}
	}
	return queries, search, nil
}

func convertLegacyQueries(qs []string) ([]string, error) {
	out := make([]string, 0, len(qs))
	for _, q := range qs {
		j, err := query.ConvertLegacy(q)
		if err != nil {
			return nil, err
		}
		out = append(out, j)
	}
	return out, nil
}

// renameQueryAttribute is V19's convertQueryAttribute: JSON queries on the
// old attribute name are sent to the new one (others are re-encoded as
// they decode; a query that is not JSON becomes null, as PHP's
// json_encode(json_decode(...)) does, and fails validation later).
func renameQueryAttribute(old, new string) func([]string) ([]string, error) {
	return func(qs []string) ([]string, error) {
		out := make([]string, 0, len(qs))
		for _, q := range qs {
			var m map[string]any
			if json.Unmarshal([]byte(q), &m) != nil {
				out = append(out, q)
				continue
			}
			if m["attribute"] == old {
				m["attribute"] = new
				b, _ := json.Marshal(m)
				q = string(b)
			}
			out = append(out, q)
		}
		return out, nil
	}
}

func v16Commands(p *params) {
	var runtime string
	if v, ok := p.formValue("runtime"); ok {
		runtime = v
	} else {
		_ = json.Unmarshal(p.raw["runtime"], &runtime)
	}
	cmd := ""
	for _, r := range []struct{ prefix, cmd string }{
		{"node", "npm install"},
		{"python", "pip install --no-cache-dir -r requirements.txt"},
		{"dart", "dart pub get"},
		{"php", "composer update --no-interaction --ignore-platform-reqs --optimize-autoloader --prefer-dist --no-dev"},
		{"ruby", "bundle install"},
		{"swift", "swift package resolve"},
		{"dotnet", "dotnet restore"},
	} {
		if strings.HasPrefix(runtime, r.prefix) {
			cmd = r.cmd
			break
		}
	}
	p.setString("commands", cmd)
}

func v19Secret(p *params) { p.setRaw("secret", json.RawMessage("false")) }

func v21Specs(p *params) {
	spec, _ := p.text("specification", optional, 1<<20, emptyOK, "")
	if spec == "" {
		return
	}
	p.setString("buildSpecification", spec)
	p.setString("runtimeSpecification", spec)
	p.drop("specification")
}

func (p *params) setString(name, v string) {
	b, _ := json.Marshal(v)
	p.setRaw(name, b)
}

func (p *params) setRaw(name string, v json.RawMessage) {
	delete(p.form, name)
	p.raw[name] = v
}

func (p *params) drop(names ...string) {
	for _, n := range names {
		delete(p.raw, n)
		delete(p.form, n)
	}
}

// move is PHP's `$a[to] = $a[from] ?? ""; unset($a[from])`.
func (p *params) move(from, to string) {
	if v, ok := p.form[from]; ok {
		p.form[to] = v
	} else {
		delete(p.form, to)
	}
	v, ok := p.raw[from]
	if !ok || string(v) == "null" {
		v = json.RawMessage(`""`)
	}
	p.raw[to] = v
	p.drop(from)
}
