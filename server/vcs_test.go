package server_test

import "testing"

// TestVCSDeploymentsAnswerInstallationNotFound: fnflow has no Git host, so
// VCS deployments and VCS function params answer Appwrite's
// installation_not_found (404), after Appwrite's param checks, never a
// route not found.
func TestVCSDeploymentsAnswerInstallationNotFound(t *testing.T) {
	_, c := startApp(t, nil)
	c.createFunction("vcs-fn", "node-18.0", "index.js", "")
	wantError(t, c.do("POST", "/v1/functions/vcs-fn/deployments/vcs", map[string]any{"type": "branch", "reference": "main"}, nil),
		404, "installation_not_found")
	wantError(t, c.do("POST", "/v1/functions/vcs-fn/deployments/vcs", map[string]any{"type": "commit", "reference": "abc123", "activate": true}, nil),
		404, "installation_not_found")
	wantError(t, c.do("POST", "/v1/functions/vcs-fn/deployments/vcs", map[string]any{"type": "tag", "reference": "v1"}, nil),
		400, "general_argument_invalid")
	wantError(t, c.do("POST", "/v1/functions/vcs-fn/deployments/vcs", map[string]any{"type": "branch"}, nil),
		400, "general_argument_invalid")
	wantError(t, c.do("POST", "/v1/functions/missing/deployments/vcs", map[string]any{"type": "branch", "reference": "main"}, nil),
		404, "function_not_found")
	// Connecting a function to a repository needs an installation.
	wantError(t, c.do("POST", "/v1/functions", map[string]any{"functionId": "vcs-new", "name": "n", "runtime": "node-18.0",
		"installationId": "inst1", "providerRepositoryId": "repo", "providerBranch": "main"}, nil), 404, "installation_not_found")
	wantError(t, c.do("PUT", "/v1/functions/vcs-fn", map[string]any{"name": "vcs-fn", "installationId": "inst1"}, nil),
		404, "installation_not_found")
	// Without one, the function is unchanged and VCS-free updates work.
	if res := c.do("PUT", "/v1/functions/vcs-fn", map[string]any{"name": "vcs-fn", "installationId": ""}, nil); res.Status != 200 {
		t.Fatalf("update: %d %s", res.Status, res.Body)
	}
}
