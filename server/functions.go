package server

import (
	"strconv"
	"time"

	"github.com/gofiber/fiber/v2"

	"github.com/fnflow/fnflow/contract"
	"github.com/fnflow/fnflow/models"
	"github.com/fnflow/fnflow/query"
)

func (s *Server) registerFunctions(r fiber.Router) {
	read, write := s.scope("functions.read"), s.scope("functions.write")
	r.Get("/", read, s.listFunctions)
	r.Post("/", write, s.createFunction)
	r.Get("/runtimes", s.scope("public"), s.listRuntimes)
	r.Get("/specifications", read, s.listSpecifications)
	s.registerTemplates(r) // before /:functionId
	r.Get("/usage", read, s.functionsUsage)
	r.Get("/:functionId/usage", read, s.functionUsage)
	r.Post("/:functionId/deployments/vcs", write, s.createVCSDeployment)
	r.Get("/:functionId", read, s.getFunction)
	r.Put("/:functionId", write, s.updateFunction)
	r.Delete("/:functionId", write, s.deleteFunction)
	s.registerVariables(r)
	s.registerDeployments(r)
	s.registerExecutions(r)
}

// pathID reads and checks an ID path parameter; a malformed ID cannot
// exist, so it answers as not found.
func pathID(c *fiber.Ctx, name string, notFound models.Code, what string) (string, error) {
	id := c.Params(name)
	if !models.ValidID(id) {
		return "", models.Errorf(notFound, "%s with the requested ID could not be found.", what)
	}
	return id, nil
}

func functionID(c *fiber.Ctx) (string, error) {
	return pathID(c, "functionId", models.CodeFunctionNotFound, "Function")
}

// functionFields reads the configuration parameters shared by create and
// update. Parameters left out take their create defaults (PUT semantics).
func (s *Server) functionFields(p *params, f *models.Function, update bool) error {
	var err error
	if f.Name, err = p.text("name", required, 128, nonEmpty, ""); err != nil {
		return err
	}
	runtime, err := p.text("runtime", presence(!update), 2048, emptiness(update), "")
	if err != nil {
		return err
	}
	if runtime != "" || !update {
		if err := s.checkRuntime(runtime); err != nil {
			return err
		}
		f.Runtime = runtime
	}
	if f.Execute, err = p.textList("execute", 100, 64, []string{}); err != nil {
		return err
	}
	if err := checkRoles(f.Execute); err != nil {
		return err
	}
	if f.Events, err = p.textList("events", 100, 256, []string{}); err != nil {
		return err
	}
	if err := checkEvents(f.Events); err != nil {
		return err
	}
	// 128: the column's size (Appwrite's schedule attribute has the same).
	if f.Schedule, err = p.text("schedule", optional, 128, emptyOK, ""); err != nil {
		return err
	}
	if err := models.CheckSchedule(f.Schedule); err != nil {
		return err
	}
	if f.Timeout, err = p.integer("timeout", 1, s.cfg.Limits.MaxTimeout, 15); err != nil {
		return err
	}
	// fnflow extensions: containers kept warm, and the most the function
	// may get (0: docker.max_instances). An update that leaves one out
	// keeps it (official SDKs do not send them).
	if !update || p.has("minInstances") {
		if f.MinInstances, err = p.integer("minInstances", 0, s.cfg.Docker.MaxContainers, 0); err != nil {
			return err
		}
	}
	if !update || p.has("maxInstances") {
		if f.MaxInstances, err = p.integer("maxInstances", 0, s.cfg.Docker.MaxContainers, 0); err != nil {
			return err
		}
	}
	if f.MaxInstances > 0 && f.MinInstances > f.MaxInstances {
		return invalid("minInstances", "Value must be at most maxInstances.")
	}
	if f.Enabled, err = p.strictBool("enabled", true); err != nil {
		return err
	}
	if f.Logging, err = p.strictBool("logging", true); err != nil {
		return err
	}
	if f.Entrypoint, err = p.text("entrypoint", optional, 1028, emptyOK, ""); err != nil {
		return err
	}
	if f.Commands, err = p.text("commands", optional, 8192, emptyOK, ""); err != nil {
		return err
	}
	if err := runnableText("entrypoint", f.Entrypoint, 1028); err != nil {
		return err
	}
	if err := runnableText("commands", f.Commands, 8192); err != nil {
		return err
	}
	if f.Scopes, err = p.textList("scopes", 100, 128, []string{}); err != nil {
		return err
	}
	if err := checkScopes("scopes", f.Scopes); err != nil {
		return err
	}
	if f.InstallationID, err = p.text("installationId", optional, 128, emptyOK, ""); err != nil {
		return err
	}
	if !update || p.has("providerRepositoryId") {
		if f.ProviderRepositoryID, err = p.text("providerRepositoryId", optional, 128, emptyOK, ""); err != nil {
			return err
		}
	}
	if f.ProviderBranch, err = p.text("providerBranch", optional, 128, emptyOK, ""); err != nil {
		return err
	}
	if f.ProviderSilentMode, err = p.strictBool("providerSilentMode", false); err != nil {
		return err
	}
	if f.ProviderRootDirectory, err = p.text("providerRootDirectory", optional, 128, emptyOK, ""); err != nil {
		return err
	}
	if !update || p.has("providerBranches") {
		if f.ProviderBranches, err = p.textList("providerBranches", 100, 128, []string{}); err != nil {
			return err
		}
	}
	if !update || p.has("providerPaths") {
		if f.ProviderPaths, err = p.textList("providerPaths", 100, 128, []string{}); err != nil {
			return err
		}
	}
	if f.InstallationID != "" { // checked first, as Appwrite
		return errNoInstallation() // no Git host installations here (server/vcs.go)
	}
	if f.ProviderRepositoryID != "" && (f.InstallationID == "" || f.ProviderBranch == "") {
		return invalid("providerRepositoryId", "A repository needs installationId and providerBranch as well.")
	}
	if f.DeploymentRetention, err = p.integer("deploymentRetention", 0, 36500, 0); err != nil {
		return err
	}
	if err := s.durableFields(p, f, update); err != nil {
		return err
	}
	// Older clients (response format < 1.9) send one "specification".
	legacySpec, err := p.text("specification", optional, 64, nonEmpty, "")
	if err != nil {
		return err
	}
	def := s.defaultSpec()
	if legacySpec != "" {
		def = legacySpec
	}
	for _, sp := range []struct {
		name string
		dst  *string
	}{{"buildSpecification", &f.BuildSpecification}, {"runtimeSpecification", &f.RuntimeSpecification}} {
		if *sp.dst, err = p.text(sp.name, optional, 64, nonEmpty, def); err != nil {
			return err
		}
		if err := s.checkSpec(sp.name, *sp.dst); err != nil {
			return err
		}
	}
	return nil
}

func (s *Server) createFunction(c *fiber.Ctx) error {
	ctx := c.UserContext()
	pr := principalOf(c)
	p, err := parseBody(c)
	if err != nil {
		return err
	}
	rawID, err := p.text("functionId", required, 36, nonEmpty, "")
	if err != nil {
		return err
	}
	id, err := models.ResolveID("functionId", rawID)
	if err != nil {
		return err
	}
	f := &models.Function{ProjectID: pr.project.ID, ID: id, Live: true, Version: "v5"}
	if err := s.functionFields(p, f, false); err != nil {
		return err
	}
	if lim := s.cfg.Server.FunctionCreateLimit; lim > 0 {
		n, err := s.store.CountFunctionsCreatedSince(ctx, pr.project.ID, time.Now().Add(-24*time.Hour))
		if err != nil {
			return err
		}
		c.Set("X-RateLimit-Limit", strconv.Itoa(lim))
		c.Set("X-RateLimit-Remaining", strconv.Itoa(max(0, lim-int(n)-1)))
		c.Set("X-RateLimit-Reset", strconv.FormatInt(time.Now().Add(24*time.Hour).Unix(), 10))
		if int(n) >= lim {
			return models.Errorf(models.CodeGeneralRateLimitExceeded, "Rate limit for the current endpoint has been exceeded. Please try again after some time.")
		}
	}
	if err := s.store.CreateFunction(ctx, f); err != nil {
		return err
	}
	// No hook call here: a new function has no active deployment yet, so it
	// has no cron schedule to create (activation creates it).
	return sendModel(c, fiber.StatusCreated, modelFunction, renderFunction(f, nil))
}

func (s *Server) loadFunction(c *fiber.Ctx) (*models.Function, error) {
	id, err := functionID(c)
	if err != nil {
		return nil, err
	}
	return s.store.GetFunction(c.UserContext(), principalOf(c).project.ID, id)
}

func (s *Server) functionVars(c *fiber.Ctx, f *models.Function) ([]models.Variable, error) {
	vars, _, err := s.store.ListVariables(c.UserContext(), f.ProjectID, models.VariableFunction, f.ID,
		models.ListOptions{Limit: 5000})
	return vars, err
}

func (s *Server) getFunction(c *fiber.Ctx) error {
	f, err := s.loadFunction(c)
	if err != nil {
		return err
	}
	vars, err := s.functionVars(c, f)
	if err != nil {
		return err
	}
	return sendModel(c, fiber.StatusOK, modelFunction, renderFunction(f, vars))
}

func (s *Server) listFunctions(c *fiber.Ctx) error {
	opts, err := listOptions(c, query.FunctionsResource)
	if err != nil {
		return err
	}
	fs, total, err := s.store.ListFunctions(c.UserContext(), principalOf(c).project.ID, opts)
	if err != nil {
		return err
	}
	out := make([]functionJSON, 0, len(fs))
	for i := range fs {
		vars, err := s.functionVars(c, &fs[i])
		if err != nil {
			return err
		}
		out = append(out, renderFunction(&fs[i], vars))
	}
	return sendModel(c, fiber.StatusOK, modelFunctionList, fiber.Map{"total": total, "functions": out})
}

func (s *Server) updateFunction(c *fiber.Ctx) error {
	ctx := c.UserContext()
	f, err := s.loadFunction(c)
	if err != nil {
		return err
	}
	p, err := parseBody(c)
	if err != nil {
		return err
	}
	before := *f
	if err := s.functionFields(p, f, true); err != nil {
		return err
	}
	if f.Name != before.Name || f.Entrypoint != before.Entrypoint || f.Commands != before.Commands ||
		f.ProviderRootDirectory != before.ProviderRootDirectory || f.Runtime != before.Runtime {
		f.Live = false
	}
	f.UpdatedAt = models.Now()
	if err := s.store.SaveFunction(ctx, f); err != nil {
		return err
	}
	if s.hooks != nil {
		if err := s.hooks.FunctionChanged(ctx, f); err != nil {
			return err
		}
	}
	vars, err := s.functionVars(c, f)
	if err != nil {
		return err
	}
	return sendModel(c, fiber.StatusOK, modelFunction, renderFunction(f, vars))
}

func (s *Server) deleteFunction(c *fiber.Ctx) error {
	ctx := c.UserContext()
	id, err := functionID(c)
	if err != nil {
		return err
	}
	pid := principalOf(c).project.ID
	deployments, err := s.cancelFunctionBuilds(ctx, pid, id)
	if err != nil {
		return err
	}
	if err := s.store.DeleteFunction(ctx, pid, id); err != nil {
		return err
	}
	s.startFunctionCleanup(ctx, pid, id, deployments)
	if s.hooks != nil {
		if err := s.hooks.FunctionDeleted(ctx, pid, id); err != nil {
			return err
		}
	}
	return c.SendStatus(fiber.StatusNoContent)
}

type runtimeJSON struct {
	ID       string   `json:"$id"`
	Key      string   `json:"key"`
	Name     string   `json:"name"`
	Version  string   `json:"version"`
	Base     string   `json:"base"`
	Image    string   `json:"image"`
	Logo     string   `json:"logo"`
	Supports []string `json:"supports"`
}

func (s *Server) listRuntimes(c *fiber.Ctx) error {
	out := make([]runtimeJSON, 0, len(s.runtimeL))
	for _, r := range s.runtimeL {
		out = append(out, runtimeJSON{ID: r.ID, Key: r.Key, Name: r.Name, Version: r.Version, Base: r.Base,
			Image: r.Image, Logo: r.Logo, Supports: list(r.Supports)})
	}
	return c.JSON(fiber.Map{"total": len(out), "runtimes": out})
}

type specificationJSON struct {
	Memory  int     `json:"memory"`
	CPUs    float64 `json:"cpus"`
	Enabled bool    `json:"enabled"`
	Slug    string  `json:"slug"`
}

func (s *Server) listSpecifications(c *fiber.Ctx) error {
	specs := s.allowedSpecs()
	out := make([]specificationJSON, 0, len(specs))
	for _, sp := range specs {
		out = append(out, specificationJSON{Memory: sp.Memory, CPUs: sp.CPUs, Enabled: true, Slug: sp.Slug})
	}
	return c.JSON(fiber.Map{"total": len(out), "specifications": out})
}

// durableFields reads fnflow's extension fields (issue 14). An update that
// leaves one out keeps its value: official SDKs do not send them, and
// their updates must not reset them.
func (s *Server) durableFields(p *params, f *models.Function, update bool) error {
	var err error
	if !update || p.has("retries") {
		if f.Retries, err = p.integer("retries", 0, 20, 0); err != nil {
			return err
		}
	}
	if !update || p.has("retryDelay") {
		if f.RetryDelay, err = p.integer("retryDelay", 0, int(contract.MaxRetryDelay.Seconds()), 5); err != nil {
			return err
		}
	}
	if !update || p.has("maxConcurrency") {
		if f.MaxConcurrency, err = p.integer("maxConcurrency", 0, 1000, 0); err != nil {
			return err
		}
	}
	if !update || p.has("failureFunctionId") {
		if f.FailureFunctionID, err = p.text("failureFunctionId", optional, 36, emptyOK, ""); err != nil {
			return err
		}
		if f.FailureFunctionID != "" && !models.ValidID(f.FailureFunctionID) {
			return invalid("failureFunctionId", "Value must be the ID of a function of this project.")
		}
	}
	return nil
}
