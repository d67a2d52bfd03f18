package server_test

import (
	"bufio"
	"encoding/json"
	"os"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/fnflow/fnflow/config"
	"github.com/fnflow/fnflow/internal/testenv"
)

type recorded struct {
	Label   string            `json:"label"`
	Method  string            `json:"method"`
	URL     string            `json:"url"`
	Headers map[string]string `json:"headers"`
	Body    json.RawMessage   `json:"body"`
}

func loadRecords(t *testing.T) map[string]recorded {
	b, err := os.ReadFile("testdata/node-appwrite-27.1.0-requests.json")
	if err != nil {
		t.Fatal(err)
	}
	var f struct{ Records []recorded }
	if err := json.Unmarshal(b, &f); err != nil {
		t.Fatal(err)
	}
	out := map[string]recorded{}
	for _, r := range f.Records {
		if _, dup := out[r.Label]; !dup {
			out[r.Label] = r
		}
	}
	return out
}

// loadModels reads sdk-models.md: model name → field → SDK type.
func loadModels(t *testing.T) map[string]map[string]string {
	f, err := os.Open("testdata/sdk-models.md")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	models := map[string]map[string]string{}
	row := regexp.MustCompile("^\\| `([^`]+)` \\| `([^`]+)` \\|")
	var cur string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "## ") {
			cur = strings.TrimPrefix(line, "## ")
			models[cur] = map[string]string{}
			continue
		}
		if m := row.FindStringSubmatch(line); m != nil && cur != "" {
			models[cur][strings.TrimSuffix(m[1], "?")] = m[2]
		}
	}
	return models
}

// checkModel asserts that v carries every field of the model with the right JSON type.
func checkModel(t *testing.T, models map[string]map[string]string, name string, v any) {
	t.Helper()
	obj, ok := v.(map[string]any)
	if !ok {
		t.Fatalf("%s: not an object: %v", name, v)
	}
	fields := models[name]
	if len(fields) == 0 {
		t.Fatalf("model %s not in sdk-models.md", name)
	}
	for field, typ := range fields {
		val, ok := obj[field]
		if !ok {
			t.Errorf("%s: field %s missing", name, field)
			continue
		}
		if field == "scheduledAt" && val == nil {
			continue
		}
		switch {
		case typ == "string" || typ == "DeploymentStatus" || typ == "ExecutionTrigger" || typ == "ExecutionStatus":
			if _, ok := val.(string); !ok {
				t.Errorf("%s.%s: want string, got %T", name, field, val)
			}
		case typ == "number":
			if _, ok := val.(float64); !ok {
				t.Errorf("%s.%s: want number, got %T", name, field, val)
			}
		case typ == "boolean":
			if _, ok := val.(bool); !ok {
				t.Errorf("%s.%s: want boolean, got %T", name, field, val)
			}
		case strings.HasSuffix(typ, "[]"):
			arr, ok := val.([]any)
			if !ok {
				t.Errorf("%s.%s: want array, got %T", name, field, val)
				continue
			}
			elem := strings.TrimSuffix(typ, "[]")
			for _, e := range arr {
				if elem == "string" {
					if _, ok := e.(string); !ok {
						t.Errorf("%s.%s: want string elements, got %T", name, field, e)
					}
				} else {
					checkModel(t, models, elem, e)
				}
			}
		default:
			t.Errorf("%s.%s: unknown SDK type %s", name, field, typ)
		}
	}
}

func recordedBody(t *testing.T, rec recorded) string {
	t.Helper()
	var body string
	if err := json.Unmarshal(rec.Body, &body); err != nil {
		t.Fatalf("%s: body: %v", rec.Label, err)
	}
	return body
}

// checkSentValues asserts that every field a request sent comes back in the
// answer with the value sent ("functionId"/"variableId" as "$id"), as the
// SDK's model object shows it; a secret variable's value reads as "".
func checkSentValues(t *testing.T, label, body string, got map[string]any) {
	t.Helper()
	if body == "" {
		return
	}
	var sent map[string]any
	if err := json.Unmarshal([]byte(body), &sent); err != nil {
		t.Fatalf("%s: recorded body %q: %v", label, body, err)
	}
	for k, v := range sent {
		key := k
		if k == "functionId" || k == "variableId" {
			key = "$id"
		}
		gv, ok := got[key]
		if !ok {
			continue // not a field of the model (e.g. Function has no "variableId")
		}
		if k == "value" && got["secret"] == true {
			v = ""
		}
		if !reflect.DeepEqual(gv, v) {
			t.Errorf("%s: %s = %#v, sent %#v", label, key, gv, v)
		}
	}
}

// TestSDKReplay sends the official Node SDK's recorded requests for
// functions, variables, runtimes and specifications, on SQLite and PostgreSQL.
func TestSDKReplay(t *testing.T) {
	for _, driver := range []string{"sqlite", "postgres"} {
		t.Run(driver, func(t *testing.T) {
			r := testenv.StartApp(t, testenv.AppOptions{Driver: driver, Temporal: temporal, Mutate: func(c *config.Config) {
				// An operator with a registry can offer python-3.9 from the upstream image.
				c.Runtimes.Images = map[string]string{"python-3.9": "openruntimes/python:v5-3.9"}
			}})
			replay(t, r)
		})
	}
}

func replay(t *testing.T, r *testenv.Running) {
	recs := loadRecords(t)
	models := loadModels(t)
	c := newClient(t, r)
	steps := []struct {
		label  string
		status int
		model  string // model of the body, or list model
		errTyp string
	}{
		{"create", 201, "Function", ""},
		{"create_positional_minimal", 201, "Function", ""},
		{"get", 200, "Function", ""},
		{"list_queries", 400, "", "general_cursor_not_found"},
		{"listRuntimes", 200, "RuntimeList", ""},
		{"listSpecifications", 200, "SpecificationList", ""},
		{"createVariable", 201, "Variable", ""},
		{"listVariables", 200, "VariableList", ""},
		{"getVariable", 200, "Variable", ""},
		{"updateVariable", 400, "", "variable_cannot_unset_secret"},
		{"deleteVariable", 204, "", ""},
		{"update", 200, "Function", ""},
		{"delete", 204, "", ""},
	}
	for _, st := range steps {
		rec, ok := recs[st.label]
		if !ok {
			t.Fatalf("no recorded request %q", st.label)
		}
		hdr := map[string]string{}
		for k, v := range rec.Headers {
			hdr[k] = v
		}
		hdr["x-appwrite-key"] = r.Key
		hdr["x-appwrite-project"] = r.ProjectID
		var body string
		if len(rec.Body) > 0 {
			if err := json.Unmarshal(rec.Body, &body); err != nil {
				t.Fatalf("%s: body: %v", st.label, err)
			}
		}
		resp := c.do(rec.Method, rec.URL, body, hdr)
		if st.errTyp != "" {
			wantError(t, resp, st.status, st.errTyp)
			continue
		}
		if resp.Status != st.status {
			t.Fatalf("%s: status %d, want %d: %s", st.label, resp.Status, st.status, resp.Body)
		}
		if st.model == "" {
			if len(resp.Body) != 0 {
				t.Fatalf("%s: want an empty body, got %q", st.label, resp.Body)
			}
			continue
		}
		got := resp.JSON(t)
		checkModel(t, models, st.model, got)
		checkSentValues(t, st.label, body, got)
		if st.label == "get" {
			// What the SDK reads back is what it created.
			created := c.do("GET", "/v1/functions/hello", nil, nil).JSON(t)
			checkSentValues(t, st.label, recordedBody(t, recs["create"]), created)
		}
		if st.label == "listVariables" {
			if got["total"] != 1.0 || got["variables"].([]any)[0].(map[string]any)["$id"] != "var1" {
				t.Fatalf("%s: %v", st.label, got)
			}
		}
	}
	// The recorded list with a cursor that exists pages correctly.
	list := c.do("GET", `/v1/functions?queries[0]={"method":"equal","attribute":"runtime","values":["python-3.9"]}&search=hel`, nil, nil)
	if list.Status != 200 {
		t.Fatalf("list: %d %s", list.Status, list.Body)
	}
	checkModel(t, models, "FunctionList", list.JSON(t))
	if n := list.JSON(t)["total"].(float64); n != 1 {
		t.Fatalf("list total %v, want 1: %s", n, list.Body)
	}
}
