package server

import (
	"github.com/gofiber/fiber/v2"

	"github.com/fnflow/fnflow/models"
	"github.com/fnflow/fnflow/query"
)

// variableScope says whose variables a route manages: a function's, or the
// project's (resourceID "").
type variableScope struct {
	resourceType string
	resourceID   string
	function     *models.Function
}

func (s *Server) registerVariables(r fiber.Router) {
	read, write := s.scope("functions.read"), s.scope("functions.write")
	r.Get("/:functionId/variables", read, s.withFunctionVars(s.listVariables))
	r.Post("/:functionId/variables", write, s.withFunctionVars(s.createVariable))
	r.Get("/:functionId/variables/:variableId", read, s.withFunctionVars(s.getVariable))
	r.Put("/:functionId/variables/:variableId", write, s.withFunctionVars(s.updateVariable))
	r.Delete("/:functionId/variables/:variableId", write, s.withFunctionVars(s.deleteVariable))
}

// RegisterProjectVariables adds /v1/project/variables (project-level
// variables). Scopes project.read / project.write only, as Appwrite 1.9: a
// functions-scoped key (a deploy key, a run's ephemeral key) can neither
// read nor change the variables every function of the project gets.
func (s *Server) registerProjectVariables(r fiber.Router) {
	read, write := s.scope("project.read"), s.scope("project.write")
	scope := func(h func(*fiber.Ctx, variableScope) error) fiber.Handler {
		return func(c *fiber.Ctx) error { return h(c, variableScope{resourceType: models.VariableProject}) }
	}
	r.Get("/variables", read, scope(s.listVariables))
	r.Post("/variables", write, scope(s.createVariable))
	r.Get("/variables/:variableId", read, scope(s.getVariable))
	r.Put("/variables/:variableId", write, scope(s.updateVariable))
	r.Delete("/variables/:variableId", write, scope(s.deleteVariable))
}

func (s *Server) withFunctionVars(h func(*fiber.Ctx, variableScope) error) fiber.Handler {
	return func(c *fiber.Ctx) error {
		f, err := s.loadFunction(c)
		if err != nil {
			return err
		}
		return h(c, variableScope{resourceType: models.VariableFunction, resourceID: f.ID, function: f})
	}
}

// markNotLive records that a function's running deployment no longer has
// its latest configuration.
func (s *Server) markNotLive(c *fiber.Ctx, vs variableScope) error {
	if vs.function == nil {
		return nil
	}
	return s.store.MarkFunctionNotLive(c.UserContext(), vs.function.ProjectID, vs.function.ID)
}

func variableID(c *fiber.Ctx) (string, error) {
	return pathID(c, "variableId", models.CodeVariableNotFound, "Variable")
}

func (s *Server) createVariable(c *fiber.Ctx, vs variableScope) error {
	p, err := parseBody(c)
	if err != nil {
		return err
	}
	// variableId is required since 1.9; older clients leave it out.
	rawID, err := p.text("variableId", optional, 36, nonEmpty, "unique()")
	if err != nil {
		return err
	}
	id, err := models.ResolveID("variableId", rawID)
	if err != nil {
		return err
	}
	v := &models.Variable{ProjectID: principalOf(c).project.ID, ID: id, ResourceType: vs.resourceType, ResourceID: vs.resourceID}
	if v.Key, err = p.text("key", required, 255, nonEmpty, ""); err != nil {
		return err
	}
	if v.Value, err = p.text("value", required, 8192, emptyOK, ""); err != nil {
		return err
	}
	if err := checkVariable(v); err != nil {
		return err
	}
	if v.Secret, err = p.strictBool("secret", true); err != nil {
		return err
	}
	if err := s.store.CreateVariable(c.UserContext(), v); err != nil {
		return err
	}
	if err := s.markNotLive(c, vs); err != nil {
		return err
	}
	return sendModel(c, fiber.StatusCreated, modelVariable, renderVariable(v))
}

func (s *Server) getVariable(c *fiber.Ctx, vs variableScope) error {
	id, err := variableID(c)
	if err != nil {
		return err
	}
	v, err := s.store.GetVariable(c.UserContext(), principalOf(c).project.ID, vs.resourceType, vs.resourceID, id)
	if err != nil {
		return err
	}
	return sendModel(c, fiber.StatusOK, modelVariable, renderVariable(v))
}

func (s *Server) listVariables(c *fiber.Ctx, vs variableScope) error {
	opts, err := listOptions(c, query.VariablesResource)
	if err != nil {
		return err
	}
	vars, total, err := s.store.ListVariables(c.UserContext(), principalOf(c).project.ID, vs.resourceType, vs.resourceID, opts)
	if err != nil {
		return err
	}
	out := make([]variableJSON, 0, len(vars))
	for i := range vars {
		out = append(out, renderVariable(&vars[i]))
	}
	return sendModel(c, fiber.StatusOK, modelVariableList, fiber.Map{"total": total, "variables": out})
}

func (s *Server) updateVariable(c *fiber.Ctx, vs variableScope) error {
	id, err := variableID(c)
	if err != nil {
		return err
	}
	p, err := parseBody(c)
	if err != nil {
		return err
	}
	if !p.has("key") && !p.has("value") && !p.has("secret") {
		return models.Errorf(models.CodeGeneralArgumentInvalid, "Invalid request: at least one of key, value or secret must be given.")
	}
	ctx := c.UserContext()
	v, err := s.store.GetVariable(ctx, principalOf(c).project.ID, vs.resourceType, vs.resourceID, id)
	if err != nil {
		return err
	}
	if v.Key, err = p.text("key", optional, 255, nonEmpty, v.Key); err != nil {
		return err
	}
	if v.Value, err = p.text("value", optional, 8192, emptyOK, v.Value); err != nil {
		return err
	}
	if err := checkVariable(v); err != nil {
		return err
	}
	secret, err := p.strictBool("secret", v.Secret)
	if err != nil {
		return err
	}
	if v.Secret && !secret {
		return models.Errorf(models.CodeVariableCannotUnsetSecret, "Secret variables cannot be marked as non-secret. Please re-create the variable if this is your intention.")
	}
	v.Secret = secret
	if err := s.store.SaveVariable(ctx, v); err != nil {
		return err
	}
	if err := s.markNotLive(c, vs); err != nil {
		return err
	}
	return sendModel(c, fiber.StatusOK, modelVariable, renderVariable(v))
}

func (s *Server) deleteVariable(c *fiber.Ctx, vs variableScope) error {
	id, err := variableID(c)
	if err != nil {
		return err
	}
	if err := s.store.DeleteVariable(c.UserContext(), principalOf(c).project.ID, vs.resourceType, vs.resourceID, id); err != nil {
		return err
	}
	if err := s.markNotLive(c, vs); err != nil {
		return err
	}
	return c.SendStatus(fiber.StatusNoContent)
}

// checkVariable: a variable becomes an environment variable of the
// function's runtime, so its key must be a usable name and its value must
// hold no NUL (one bad variable would otherwise fail every execution).
func checkVariable(v *models.Variable) error {
	if why := models.CheckVariableKey(v.Key); why != "" {
		return invalid("key", why)
	}
	if why := models.CheckVariableValue(v.Value); why != "" {
		return invalid("value", why)
	}
	return nil
}
