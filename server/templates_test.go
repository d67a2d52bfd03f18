package server_test

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/fnflow/fnflow/runtimes"
)

type templateRuntime struct {
	Name                  string `json:"name"`
	Commands              string `json:"commands"`
	Entrypoint            string `json:"entrypoint"`
	ProviderRootDirectory string `json:"providerRootDirectory"`
}

type templateFunction struct {
	ID                   string            `json:"id"`
	Name                 string            `json:"name"`
	Permissions          []string          `json:"permissions"`
	Cron                 string            `json:"cron"`
	Timeout              int               `json:"timeout"`
	UseCases             []string          `json:"useCases"`
	Runtimes             []templateRuntime `json:"runtimes"`
	VCSProvider          string            `json:"vcsProvider"`
	ProviderRepositoryID string            `json:"providerRepositoryId"`
	ProviderOwner        string            `json:"providerOwner"`
	ProviderVersion      string            `json:"providerVersion"`
	Variables            []map[string]any  `json:"variables"`
	Scopes               []string          `json:"scopes"`
}

// templateModelFields are Appwrite 1.9.6's TemplateFunction attributes.
var templateModelFields = strings.Fields(`icon id name tagline permissions events cron timeout useCases runtimes
instructions vcsProvider providerRepositoryId providerOwner providerVersion variables scopes`)

// TestTemplatesListAndGet: GET /v1/functions/templates and /{templateId}
// answer Appwrite's TemplateFunction model from the embedded catalogue,
// with Appwrite's filters (runtimes, useCases), limit/offset, total and
// errors.
func TestTemplatesListAndGet(t *testing.T) {
	r, c := startApp(t, nil)
	_ = r
	res := c.do("GET", "/v1/functions/templates", nil, nil)
	if res.Status != 200 {
		t.Fatalf("list: %d %s", res.Status, res.Body)
	}
	var list struct {
		Total     int                `json:"total"`
		Templates []templateFunction `json:"templates"`
	}
	if err := json.Unmarshal(res.Body, &list); err != nil || list.Total < 3 || len(list.Templates) != list.Total {
		t.Fatalf("list: %v %s", err, res.Body)
	}
	var raw struct {
		Templates []map[string]any `json:"templates"`
	}
	_ = json.Unmarshal(res.Body, &raw)
	for _, f := range templateModelFields {
		if _, ok := raw.Templates[0][f]; !ok {
			t.Errorf("template lacks %s: %v", f, raw.Templates[0])
		}
	}
	// Every runtime fnflow offers has the starter template.
	var starter templateFunction
	for _, tp := range list.Templates {
		if tp.ID == "starter" {
			starter = tp
		}
	}
	for _, def := range runtimes.Catalog() {
		found := false
		for _, rt := range starter.Runtimes {
			if rt.Name == def.ID && rt.ProviderRootDirectory == def.Key+"/starter" && rt.Entrypoint != "" {
				found = true
			}
		}
		if !found {
			t.Errorf("starter has no runtime %s: %+v", def.ID, starter.Runtimes)
		}
	}
	if starter.ProviderOwner != "fnflow" || starter.ProviderRepositoryID != "templates" || starter.VCSProvider == "" {
		t.Errorf("starter provider fields: %+v", starter)
	}

	// Filters, paging and total.
	res = c.do("GET", "/v1/functions/templates?useCases[]=utilities&limit=1&offset=0", nil, nil)
	_ = json.Unmarshal(res.Body, &list)
	if res.Status != 200 || len(list.Templates) != 1 || list.Total < 2 {
		t.Fatalf("useCases filter: %d %s", res.Status, res.Body)
	}
	for _, tp := range list.Templates {
		if !strings.Contains(strings.Join(tp.UseCases, ","), "utilities") {
			t.Errorf("useCases filter kept %s %v", tp.ID, tp.UseCases)
		}
	}
	res = c.do("GET", "/v1/functions/templates?runtimes[]=python-3.13&total=false", nil, nil)
	_ = json.Unmarshal(res.Body, &list)
	if res.Status != 200 || list.Total != 0 || len(list.Templates) < 3 {
		t.Fatalf("runtimes filter with total=false: %d %s", res.Status, res.Body)
	}
	res = c.do("GET", "/v1/functions/templates?offset=100", nil, nil)
	_ = json.Unmarshal(res.Body, &list)
	if res.Status != 200 || len(list.Templates) != 0 || list.Total < 3 {
		t.Fatalf("offset past the end: %d %s", res.Status, res.Body)
	}
	wantError(t, c.do("GET", "/v1/functions/templates?runtimes[]=cobol-1.0", nil, nil), 400, "general_argument_invalid")
	wantError(t, c.do("GET", "/v1/functions/templates?useCases[]=games", nil, nil), 400, "general_argument_invalid")
	wantError(t, c.do("GET", "/v1/functions/templates?limit=0", nil, nil), 400, "general_argument_invalid")
	wantError(t, c.do("GET", "/v1/functions/templates?offset=5001", nil, nil), 400, "general_argument_invalid")

	res = c.do("GET", "/v1/functions/templates/scheduled-report", nil, nil)
	var one templateFunction
	if err := json.Unmarshal(res.Body, &one); res.Status != 200 || err != nil || one.ID != "scheduled-report" || one.Cron == "" {
		t.Fatalf("get: %d %s", res.Status, res.Body)
	}
	wantError(t, c.do("GET", "/v1/functions/templates/nope", nil, nil), 404, "function_template_not_found")
	// Templates are public: a guest (no key) lists them too.
	if res := c.do("GET", "/v1/functions/templates", nil, map[string]string{"X-Appwrite-Key": ""}); res.Status != 200 {
		t.Fatalf("guest list: %d %s", res.Status, res.Body)
	}
}

// TestTemplateDeployments: POST …/deployments/template builds the
// template's code for the function's runtime (every runtime fnflow
// offers), activates it, and the function answers; a successful build's
// buildLogs are never empty (the template has no build commands). Wrong
// owner/repository, rootDirectory, runtime family and params answer
// Appwrite-style errors.
func TestTemplateDeployments(t *testing.T) {
	var ids []string
	for _, def := range runtimes.Catalog() {
		ids = append(ids, def.ID)
	}
	for _, id := range ids {
		requireImages(t, runtimes.ImagePrefix+":"+id)
	}
	r, c := startApp(t, nil)
	res := c.do("GET", "/v1/functions/templates/starter", nil, nil)
	var starter templateFunction
	if err := json.Unmarshal(res.Body, &starter); err != nil {
		t.Fatal(err)
	}
	for _, id := range ids {
		t.Run(id, func(t *testing.T) {
			c := newClient(t, r)
			var rt templateRuntime
			for _, x := range starter.Runtimes {
				if x.Name == id {
					rt = x
				}
			}
			fid := "tpl-" + strings.ReplaceAll(id, ".", "-")
			if res := c.do("POST", "/v1/functions", map[string]any{"functionId": fid, "name": fid, "runtime": id,
				"entrypoint": rt.Entrypoint, "commands": rt.Commands, "execute": starter.Permissions, "timeout": starter.Timeout}, nil); res.Status != 201 {
				t.Fatalf("create function: %d %s", res.Status, res.Body)
			}
			res := c.do("POST", "/v1/functions/"+fid+"/deployments/template", map[string]any{
				"repository": starter.ProviderRepositoryID, "owner": starter.ProviderOwner, "rootDirectory": rt.ProviderRootDirectory,
				"type": "tag", "reference": "1.0.0", "activate": true}, nil)
			if res.Status != 202 {
				t.Fatalf("template deployment: %d %s", res.Status, res.Body)
			}
			dep := res.JSON(t)
			if dep["type"] != "vcs" || dep["entrypoint"] != rt.Entrypoint || dep["sourceSize"].(float64) <= 0 {
				t.Fatalf("deployment %v", dep)
			}
			d := c.waitDeployment(fid, dep["$id"].(string), 4*time.Minute, "ready", "failed")
			logs, _ := d["buildLogs"].(string)
			if d["status"] != "ready" || strings.TrimSpace(logs) == "" || !strings.Contains(logs, "Build finished.") {
				t.Fatalf("build %v, logs %q", d["status"], logs)
			}
			deadline := time.Now().Add(time.Minute)
			for c.do("GET", "/v1/functions/"+fid, nil, nil).JSON(t)["deploymentId"] != dep["$id"] {
				if time.Now().After(deadline) {
					t.Fatal("template deployment never became active")
				}
				time.Sleep(200 * time.Millisecond)
			}
			if id == "static-1" {
				// Files served as they are: the page, whatever the request.
				e := execute(t, c, fid, map[string]any{"method": "GET", "path": "/"}, 201)
				if e["status"] != "completed" || !strings.Contains(e["responseBody"].(string), "<h1>Hello, world</h1>") {
					t.Fatalf("execution %v", e)
				}
				return
			}
			e := execute(t, c, fid, map[string]any{"body": `{"name":"template"}`, "method": "POST", "path": "/x"}, 201)
			if e["status"] != "completed" || !strings.Contains(strings.ReplaceAll(e["responseBody"].(string), " ", ""), `"hello":"template"`) {
				t.Fatalf("execution %v", e)
			}
		})
	}

	// A build of another template (json-echo) for one runtime.
	c.createFunction("tpl-echo", "python-3.11", "src/main.py", "")
	res = c.do("POST", "/v1/functions/tpl-echo/deployments/template", map[string]any{"repository": "templates", "owner": "fnflow",
		"rootDirectory": "python/json-echo", "type": "branch", "reference": "main", "activate": true}, nil)
	if res.Status != 202 {
		t.Fatalf("json-echo: %d %s", res.Status, res.Body)
	}
	if d := c.waitDeployment("tpl-echo", res.JSON(t)["$id"].(string), 4*time.Minute, "ready", "failed"); d["status"] != "ready" {
		t.Fatalf("json-echo build %v: %v", d["status"], d["buildLogs"])
	}

	base := map[string]any{"repository": "templates", "owner": "fnflow", "rootDirectory": "node/starter", "type": "tag", "reference": "1"}
	with := func(k string, v any) map[string]any {
		m := map[string]any{}
		for a, b := range base {
			m[a] = b
		}
		if v == nil {
			delete(m, k)
		} else {
			m[k] = v
		}
		return m
	}
	post := func(fid string, body map[string]any) response {
		return c.do("POST", "/v1/functions/"+fid+"/deployments/template", body, nil)
	}
	wantError(t, post("tpl-node-18-0", with("owner", "appwrite")), 404, "provider_repository_not_found")
	wantError(t, post("tpl-node-18-0", with("rootDirectory", "node/nope")), 404, "function_template_not_found")
	wantError(t, post("tpl-node-18-0", with("rootDirectory", "python/starter")), 400, "general_argument_invalid")
	wantError(t, post("tpl-node-18-0", with("type", "tarball")), 400, "general_argument_invalid")
	wantError(t, post("tpl-node-18-0", with("reference", nil)), 400, "general_argument_invalid")
	wantError(t, post("missing", base), 404, "function_not_found")
	ro := map[string]string{"X-Appwrite-Key": readOnlyKey(t, r, "functions.read")}
	wantError(t, c.do("POST", "/v1/functions/tpl-node-18-0/deployments/template", base, ro), 401, "general_unauthorized_scope")
}
