package server

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
	"time"

	"github.com/gofiber/fiber/v2"

	"github.com/fnflow/fnflow/models"
)

// Response formats. A client built for an older Appwrite sends
// `x-appwrite-response-format: 1.x.y`; Appwrite renders the 1.9 model and
// then runs, newest first, every response filter of a version newer than
// the client's (app/controllers/general.php, Response/Filters/V*.php). Only
// the filters that touch the Functions models are here, one table per
// version, each mapping a model to its rewrite.

// model names the response model of a route (Appwrite's MODEL_* constants).
type model string

const (
	modelFunction       model = "function"
	modelFunctionList   model = "functionList"
	modelDeployment     model = "deployment"
	modelDeploymentList model = "deploymentList"
	modelExecution      model = "execution"
	modelExecutionList  model = "executionList"
	modelVariable       model = "variable"
	modelVariableList   model = "variableList"
)

// listKey is the plural key of a list model, and its item model.
var listKey = map[model]struct {
	key  string
	item model
}{
	modelFunctionList:   {"functions", modelFunction},
	modelDeploymentList: {"deployments", modelDeployment},
	modelExecutionList:  {"executions", modelExecution},
	modelVariableList:   {"variables", modelVariable},
}

// formatFilter is one Appwrite response filter: it applies to clients whose
// format is below `below`. Its rewrites work on items; a list model is
// rewritten item by item when the filter names the list (Appwrite's
// handleList), and left alone otherwise.
type formatFilter struct {
	name    string
	below   string
	items   map[model]func(*object)
	inLists map[model]bool
}

// responseFilters in the order Appwrite applies them (newest first).
var responseFilters = []formatFilter{
	{ // V21: 1.9 split `specification` into build and runtime ones.
		name: "V21", below: "1.9.0",
		items: map[model]func(*object){modelFunction: func(o *object) {
			spec, ok := o.get("buildSpecification")
			if !ok {
				spec, _ = o.get("specification")
			}
			o.set("specification", spec)
			o.del("buildSpecification")
			o.del("runtimeSpecification")
		}},
		inLists: map[model]bool{modelFunction: true},
	},
	{ // V19: 1.7 renamed deployment fields and added the latestDeployment ones.
		name: "V19", below: "1.7.0",
		items: map[model]func(*object){
			modelFunction: func(o *object) {
				id, _ := o.get("deploymentId")
				if id == nil {
					id = ""
				}
				o.set("deployment", id)
				o.del("deploymentId", "deploymentCreatedAt", "latestDeploymentId", "latestDeploymentCreatedAt", "latestDeploymentStatus")
			},
			modelDeployment: func(o *object) {
				size, ok := o.get("sourceSize")
				if !ok {
					size = ""
				}
				dur, ok := o.get("buildDuration")
				if !ok {
					dur = ""
				}
				o.set("size", size)
				o.set("buildTime", dur)
				o.del("sourceSize", "buildDuration", "totalSize", "screenshotLight", "screenshotDark")
			},
			modelVariable: func(o *object) { o.del("secret") },
		},
		inLists: map[model]bool{modelFunction: true, modelDeployment: true, modelVariable: true},
	},
	{ // V18: 1.6 added scopes, specification and scheduledAt.
		name: "V18", below: "1.6.0",
		items: map[model]func(*object){
			modelFunction: func(o *object) { o.del("scopes", "specification") },
			modelExecution: func(o *object) {
				// Appwrite reads `statusCode` here, which only exists
				// below 1.4 after V16 (applied later): in practice a no-op.
				st, _ := o.get("status")
				code, _ := o.get("statusCode")
				if n, ok := code.(json.Number); ok && st == "completed" {
					if c, err := n.Int64(); err == nil && c >= 400 && c < 500 {
						o.set("status", "failed")
					}
				}
				o.del("scheduledAt")
			},
		},
		// Appwrite's V18 names the single models only.
		inLists: map[model]bool{},
	},
	{ // V16: 1.4 renamed execution and deployment fields.
		name: "V16", below: "1.4.0",
		items: map[model]func(*object){
			modelDeployment: func(o *object) {
				if logs, ok := o.get("buildLogs"); ok && logs != nil {
					o.set("buildStderr", "")
					o.set("buildStdout", logs)
					o.del("buildLogs")
				}
				if bs, ok := o.get("buildSize"); ok && bs != nil {
					o.set("size", json.Number(strconv.FormatInt(number(o.val("size"))+number(bs), 10)))
					o.del("buildSize")
				}
			},
			modelExecution: func(o *object) {
				o.rename("responseStatusCode", "statusCode")
				o.rename("responseBody", "response")
				o.rename("logs", "stdout")
				o.rename("errors", "stderr")
			},
			modelFunction: func(o *object) {
				o.set("schedulePrevious", "")
				o.set("scheduleNext", "")
				if expr, _ := o.get("schedule"); expr != nil && expr != "" {
					if s, err := models.ParseSchedule(expr.(string)); err == nil {
						now := time.Now().UTC()
						o.set("scheduleNext", models.FormatTime(s.Next(now)))
						if prev, ok := previousRun(s, now); ok {
							o.set("schedulePrevious", models.FormatTime(prev))
						}
					}
				}
			},
			modelVariable: func(o *object) { o.rename("resourceId", "functionId") },
		},
		inLists: map[model]bool{modelDeployment: true, modelExecution: true, modelFunction: true, modelVariable: true},
	},
}

// previousRun is the last minute at or before now that s fires on.
func previousRun(s models.CronSchedule, now time.Time) (time.Time, bool) {
	t := now.Truncate(time.Minute)
	for i := 0; i < 5*366*24*60; i++ {
		if s.Matches(t) {
			return t, true
		}
		t = t.Add(-time.Minute)
	}
	return time.Time{}, false
}

func number(v any) int64 {
	switch n := v.(type) {
	case json.Number:
		i, _ := n.Int64()
		return i
	case string:
		i, _ := strconv.ParseInt(n, 10, 64)
		return i
	}
	return 0
}

// versionLess is PHP's version_compare(a, b, '<') for dotted numeric
// versions: parts compare as numbers and a missing part sorts first
// ("1.9" < "1.9.0").
func versionLess(a, b string) bool {
	pa, pb := strings.Split(a, "."), strings.Split(b, ".")
	for i := 0; i < len(pa) || i < len(pb); i++ {
		if i >= len(pa) {
			return true
		}
		if i >= len(pb) {
			return false
		}
		x, y := leadingInt(pa[i]), leadingInt(pb[i])
		if x != y {
			return x < y
		}
	}
	return false
}

func leadingInt(s string) int {
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			break
		}
		n = n*10 + int(c-'0')
		if n > 1<<20 {
			break
		}
	}
	return n
}

// filtersFor are the response filters a client with this format gets.
func filtersFor(format string) []formatFilter {
	if format == "" {
		return nil
	}
	var out []formatFilter
	for _, f := range responseFilters {
		if versionLess(format, f.below) {
			out = append(out, f)
		}
	}
	return out
}

// sendModel writes v (a rendered 1.9 model) with status, rewritten for the
// caller's response format. extra runs last on the generic form (the
// select filter of deployment lists).
func sendModel(c *fiber.Ctx, status int, m model, v any, extra ...func(*object)) error {
	filters := filtersFor(c.Get("X-Appwrite-Response-Format"))
	var rewrites []func(*object)
	for _, x := range extra {
		if x != nil {
			rewrites = append(rewrites, x)
		}
	}
	if len(filters) == 0 && len(rewrites) == 0 {
		return c.Status(status).JSON(v)
	}
	raw, err := json.Marshal(v)
	if err != nil {
		return err
	}
	o, err := decodeObject(raw)
	if err != nil {
		return err
	}
	for _, f := range filters {
		f.apply(o, m)
	}
	for _, x := range rewrites {
		x(o)
	}
	return c.Status(status).JSON(o)
}

// listItemRewrites is what the response format does to each item of list
// model m (formatFilter.apply on a list), for answers built item by item.
func listItemRewrites(format string, m model) []func(*object) {
	l, ok := listKey[m]
	if !ok {
		return nil
	}
	var out []func(*object)
	for _, f := range filtersFor(format) {
		if r := f.items[l.item]; r != nil && f.inLists[l.item] {
			out = append(out, r)
		}
	}
	return out
}

func (f formatFilter) apply(o *object, m model) {
	if l, ok := listKey[m]; ok {
		rewrite := f.items[l.item]
		if rewrite == nil || !f.inLists[l.item] {
			return
		}
		items, _ := o.val(l.key).([]any)
		for _, it := range items {
			if io, ok := it.(*object); ok {
				rewrite(io)
			}
		}
		return
	}
	if rewrite := f.items[m]; rewrite != nil {
		rewrite(o)
	}
}

// object is a JSON object that keeps its key order, so that filtered
// models keep Appwrite's field order.
type object struct {
	keys []string
	vals map[string]any
}

func (o *object) get(k string) (any, bool) { v, ok := o.vals[k]; return v, ok }
func (o *object) val(k string) any         { return o.vals[k] }

func (o *object) set(k string, v any) {
	if _, ok := o.vals[k]; !ok {
		o.keys = append(o.keys, k)
	}
	o.vals[k] = v
}

func (o *object) del(keys ...string) {
	for _, k := range keys {
		if _, ok := o.vals[k]; !ok {
			continue
		}
		delete(o.vals, k)
		for i, x := range o.keys {
			if x == k {
				o.keys = append(o.keys[:i:i], o.keys[i+1:]...)
				break
			}
		}
	}
}

// rename moves a present, non-null field to a new name (at the end, as
// PHP's unset-then-assign does).
func (o *object) rename(from, to string) {
	if v, ok := o.vals[from]; ok && v != nil {
		o.del(from)
		o.set(to, v)
	}
}

// keep drops every key for which want is false.
func (o *object) keep(want func(string) bool) {
	for _, k := range append([]string(nil), o.keys...) {
		if !want(k) {
			o.del(k)
		}
	}
}

func (o *object) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, k := range o.keys {
		if i > 0 {
			b.WriteByte(',')
		}
		kb, _ := json.Marshal(k)
		b.Write(kb)
		b.WriteByte(':')
		vb, err := json.Marshal(o.vals[k])
		if err != nil {
			return nil, err
		}
		b.Write(vb)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// decodeObject reads a JSON object keeping key order; numbers stay
// json.Number and nested objects are *object too.
func decodeObject(raw []byte) (*object, error) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	v, err := decodeValue(dec)
	if err != nil {
		return nil, err
	}
	o, ok := v.(*object)
	if !ok {
		return &object{vals: map[string]any{}}, nil
	}
	return o, nil
}

func decodeValue(dec *json.Decoder) (any, error) {
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	switch t := tok.(type) {
	case json.Delim:
		switch t {
		case '{':
			o := &object{vals: map[string]any{}}
			for dec.More() {
				kt, err := dec.Token()
				if err != nil {
					return nil, err
				}
				v, err := decodeValue(dec)
				if err != nil {
					return nil, err
				}
				o.set(kt.(string), v)
			}
			_, err := dec.Token()
			return o, err
		case '[':
			l := []any{}
			for dec.More() {
				v, err := decodeValue(dec)
				if err != nil {
					return nil, err
				}
				l = append(l, v)
			}
			_, err := dec.Token()
			return l, err
		}
	}
	return tok, nil
}

// listSelection is Appwrite's ListSelection response filter: with select
// queries (and no "*"), each item of the list keeps only the selected
// attributes and the internal ones ($id, $createdAt, ...). It runs after
// the format filters, as Appwrite adds it last.
func listSelection(key string, selected []string) func(*object) {
	if len(selected) == 0 {
		return nil
	}
	want := map[string]bool{}
	for _, s := range selected {
		if s == "*" {
			return nil
		}
		want[s] = true
	}
	return func(o *object) {
		items, _ := o.val(key).([]any)
		for _, it := range items {
			if io, ok := it.(*object); ok {
				io.keep(func(k string) bool { return want[k] || strings.HasPrefix(k, "$") })
			}
		}
	}
}
