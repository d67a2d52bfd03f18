// A starter function: it answers every request (any method, any path, with or
// without a body). Deploy it with `fnflow deploy`, call it with `fnflow exec`.
package handler

import (
	"encoding/json"

	"github.com/open-runtimes/types-for-go/v4/openruntimes"
)

func Main(Context openruntimes.Context) openruntimes.Response {
	req := Context.Req
	name := req.Query["name"]
	if name == "" {
		name = "world"
	}
	if text := req.BodyText(); text != "" {
		var data map[string]any
		if json.Unmarshal([]byte(text), &data) == nil {
			if n, ok := data["name"].(string); ok {
				name = n
			}
		} else {
			name = text
		}
	}
	Context.Log(req.Method + " " + req.Path + " for " + name)
	return Context.Res.Json(map[string]any{"hello": name, "method": req.Method, "path": req.Path})
}
