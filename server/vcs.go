package server

import (
	"slices"

	"github.com/gofiber/fiber/v2"

	"github.com/fnflow/fnflow/models"
)

// VCS: Appwrite deploys functions from Git through a GitHub App
// installation. fnflow has no Git host: no installation exists, so
// everything that needs one answers Appwrite's installation_not_found
// (404) with a sentence saying why, instead of a route not found.

func errNoInstallation() error {
	return models.Errorf(models.CodeInstallationNotFound,
		"Installation with the requested ID could not be found. fnflow has no VCS (Git) installations: deploy code with POST /v1/functions/{functionId}/deployments or a template with POST /v1/functions/{functionId}/deployments/template.")
}

// createVCSDeployment is POST /v1/functions/{functionId}/deployments/vcs:
// its params are checked as Appwrite does (type branch|commit, reference
// up to 255 characters, activate), then the function, then the missing
// installation.
func (s *Server) createVCSDeployment(c *fiber.Ctx) error {
	p, err := parseBody(c)
	if err != nil {
		return err
	}
	kind, err := p.text("type", required, 2048, emptyOK, "")
	if err != nil {
		return err
	}
	if !slices.Contains([]string{"branch", "commit"}, kind) {
		return invalid("type", "Value must be one of (branch, commit)")
	}
	if _, err := p.text("reference", required, 255, nonEmpty, ""); err != nil {
		return err
	}
	if _, err := p.looseBool("activate", false); err != nil {
		return err
	}
	if _, err := s.loadFunction(c); err != nil {
		return err
	}
	return errNoInstallation()
}
