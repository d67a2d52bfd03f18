package server_test

import (
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

func userJWT(t *testing.T, secret, userID string) string {
	t.Helper()
	tok, err := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{
		"userId": userID, "exp": time.Now().Add(time.Hour).Unix(),
	}).SignedString([]byte(secret))
	if err != nil {
		t.Fatal(err)
	}
	return tok
}

// TestExecutionRolesAndJWT: execute roles decide who may run a function;
// users see only their own executions (with no logs), guests none.
func TestExecutionRolesAndJWT(t *testing.T) {
	requireImages(t, "fnflow/runtime:node-18.0")
	r := startExecApp(t, nil)
	c := newClient(t, r)
	code := `module.exports = async ({ req, res }) => res.json({ user: req.headers['x-appwrite-user-id'], jwt: req.headers['x-appwrite-user-jwt'] !== '' })`
	seedFunction(t, r, c, "members", "node-18.0", "index.js", code, map[string]any{"execute": []string{"users"}})
	seedFunction(t, r, c, "alice-only", "node-18.0", "index.js", code, map[string]any{"execute": []string{"user:alice"}})

	alice := map[string]string{"X-Appwrite-Key": "", "X-Appwrite-JWT": userJWT(t, r.Config.Auth.JWTSecret, "alice")}
	bob := map[string]string{"X-Appwrite-Key": "", "X-Appwrite-JWT": userJWT(t, r.Config.Auth.JWTSecret, "bob")}
	guest := map[string]string{"X-Appwrite-Key": ""}

	res := c.do("POST", "/v1/functions/members/executions", map[string]any{"body": "b"}, alice)
	if res.Status != 201 {
		t.Fatalf("alice executes: %d %s", res.Status, res.Body)
	}
	e := res.JSON(t)
	if e["status"] != "completed" || e["logs"] != "" {
		t.Fatalf("user execution: %s", res.Body)
	}
	if body, _ := e["responseBody"].(string); body != `{"user":"alice","jwt":true}` {
		t.Fatalf("function did not get the user headers: %q", body)
	}
	if perms, _ := e["$permissions"].([]any); len(perms) != 1 || perms[0] != `read("user:alice")` {
		t.Fatalf("permissions %v", e["$permissions"])
	}
	wantError(t, c.do("POST", "/v1/functions/members/executions", map[string]any{}, guest), 401, "user_unauthorized")
	wantError(t, c.do("POST", "/v1/functions/alice-only/executions", map[string]any{}, bob), 401, "user_unauthorized")
	if res := c.do("POST", "/v1/functions/alice-only/executions", map[string]any{}, alice); res.Status != 201 {
		t.Fatalf("alice-only by alice: %d %s", res.Status, res.Body)
	}
	// A key-created execution is not visible to users.
	execute(t, c, "members", map[string]any{"body": "k"}, 201)

	list := func(h map[string]string) map[string]any {
		res := c.do("GET", "/v1/functions/members/executions", nil, h)
		if res.Status != 200 {
			t.Fatalf("list: %d %s", res.Status, res.Body)
		}
		return res.JSON(t)
	}
	if l := list(alice); l["total"].(float64) != 1 || len(l["executions"].([]any)) != 1 {
		t.Fatalf("alice sees %v", l)
	}
	if l := list(bob); l["total"].(float64) != 0 {
		t.Fatalf("bob sees %v", l)
	}
	if l := list(nil); l["total"].(float64) != 2 {
		t.Fatalf("the key sees %v", l)
	}
	wantError(t, c.do("GET", "/v1/functions/members/executions", nil, guest), 401, "general_unauthorized_scope")
	wantError(t, c.do("GET", "/v1/functions/members", nil, alice), 401, "general_unauthorized_scope")
}
