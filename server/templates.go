package server

import (
	"bytes"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/gofiber/fiber/v2"

	"github.com/fnflow/fnflow/models"
	"github.com/fnflow/fnflow/query"
	"github.com/fnflow/fnflow/templates"
)

// Function templates (Appwrite 1.9's Templates/XList, Templates/Get and
// Deployments/Template/Create) served from the catalogue embedded in the
// binary (package templates): no Git host, no network.

// catalogue is the embedded template catalogue; read-only, checked by the
// templates package's tests.
var catalogue = templates.MustLoad()

func (s *Server) registerTemplates(r fiber.Router) {
	r.Get("/templates", s.scope("public"), s.listTemplates)
	r.Get("/templates/:templateId", s.scope("public"), s.getTemplate)
	r.Post("/:functionId/deployments/template", s.scope("functions.write"), s.createTemplateDeployment)
}

type templateRuntimeJSON struct {
	Name                  string `json:"name"`
	Commands              string `json:"commands"`
	Entrypoint            string `json:"entrypoint"`
	ProviderRootDirectory string `json:"providerRootDirectory"`
}

type templateFunctionJSON struct {
	Icon                 string                `json:"icon"`
	ID                   string                `json:"id"`
	Name                 string                `json:"name"`
	Tagline              string                `json:"tagline"`
	Permissions          []string              `json:"permissions"`
	Events               []string              `json:"events"`
	Cron                 string                `json:"cron"`
	Timeout              int                   `json:"timeout"`
	UseCases             []string              `json:"useCases"`
	Runtimes             []templateRuntimeJSON `json:"runtimes"`
	Instructions         string                `json:"instructions"`
	VCSProvider          string                `json:"vcsProvider"`
	ProviderRepositoryID string                `json:"providerRepositoryId"`
	ProviderOwner        string                `json:"providerOwner"`
	ProviderVersion      string                `json:"providerVersion"`
	Variables            []templates.Variable  `json:"variables"`
	Scopes               []string              `json:"scopes"`
}

// renderTemplate lists, for each family the template has code for, every
// runtime of this installation of that family (Appwrite lists one entry per
// runtime version too).
func (s *Server) renderTemplate(t templates.Template) templateFunctionJSON {
	rts := []templateRuntimeJSON{}
	for _, fam := range catalogue.Families(t.ID) {
		b, _ := catalogue.Build(t.ID, fam)
		for _, r := range s.runtimeL {
			if r.Key == fam {
				rts = append(rts, templateRuntimeJSON{Name: r.ID, Commands: b.Commands, Entrypoint: b.Entrypoint,
					ProviderRootDirectory: templates.RootDirectory(fam, t.ID)})
			}
		}
	}
	return templateFunctionJSON{Icon: t.Icon, ID: t.ID, Name: t.Name, Tagline: t.Tagline, Permissions: t.Permissions,
		Events: t.Events, Cron: t.Cron, Timeout: t.Timeout, UseCases: t.UseCases, Runtimes: rts,
		Instructions: t.Instructions, VCSProvider: templates.VCSProvider, ProviderRepositoryID: templates.ProviderRepository,
		ProviderOwner: templates.ProviderOwner, ProviderVersion: templates.ProviderVersion, Variables: t.Variables,
		Scopes: t.Scopes}
}

// queryRange reads an integer query param within [min, max] (Utopia's
// Range validator takes numeric strings).
func queryRange(c *fiber.Ctx, name string, min, max, def int) (int, error) {
	v := c.Query(name)
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < min || n > max {
		return 0, invalid(name, fmt.Sprintf("Value must be a valid range between %s and %s", commas(min), commas(max)))
	}
	return n, nil
}

// queryWhiteList reads a GET array param whose values must each be one of
// allowed (Utopia's ArrayList of a WhiteList), at most 100 of them.
func queryWhiteList(c *fiber.Ctx, name string, allowed []string) ([]string, error) {
	var pairs [][2]string
	c.Context().QueryArgs().VisitAll(func(k, v []byte) { pairs = append(pairs, [2]string{string(k), string(v)}) })
	vals := query.CollectArray(pairs, name)
	for _, v := range vals {
		if len(vals) > 100 || !slices.Contains(allowed, v) {
			return nil, invalid(name, "Value must a valid array no longer than 100 items and Value must be one of ("+
				strings.Join(allowed, ", ")+")")
		}
	}
	return vals, nil
}

func (s *Server) listTemplates(c *fiber.Ctx) error {
	ids := make([]string, 0, len(s.runtimeL))
	for _, r := range s.runtimeL {
		ids = append(ids, r.ID)
	}
	rts, err := queryWhiteList(c, "runtimes", ids)
	if err != nil {
		return err
	}
	useCases, err := queryWhiteList(c, "useCases", templates.UseCases)
	if err != nil {
		return err
	}
	limit, err := queryRange(c, "limit", 1, 5000, 25)
	if err != nil {
		return err
	}
	offset, err := queryRange(c, "offset", 0, 5000, 0)
	if err != nil {
		return err
	}
	withTotal := true
	if v := c.Query("total"); v != "" {
		b, ok := query.ParseLooseBool(v)
		if !ok {
			return invalid("total", "Value must be a valid boolean")
		}
		withTotal = b
	}
	out := []templateFunctionJSON{}
	for _, t := range catalogue.All() {
		tj := s.renderTemplate(t)
		if len(rts) > 0 && !slices.ContainsFunc(tj.Runtimes, func(r templateRuntimeJSON) bool { return slices.Contains(rts, r.Name) }) {
			continue
		}
		if len(useCases) > 0 && !slices.ContainsFunc(t.UseCases, func(u string) bool { return slices.Contains(useCases, u) }) {
			continue
		}
		out = append(out, tj)
	}
	total := 0
	if withTotal {
		total = len(out)
	}
	out = out[min(offset, len(out)):]
	out = out[:min(limit, len(out))]
	return c.JSON(fiber.Map{"total": total, "templates": out})
}

func (s *Server) getTemplate(c *fiber.Ctx) error {
	id := c.Params("templateId")
	if utf8.RuneCountInString(id) > 128 {
		return invalid("templateId", textDescription(1, 128))
	}
	t, ok := catalogue.Get(id)
	if !ok {
		return models.Errorf(models.CodeFunctionTemplateNotFound, "Function Template with the requested ID could not be found.")
	}
	return c.JSON(s.renderTemplate(t))
}

// createTemplateDeployment builds a template's code into a new deployment
// of the function. Appwrite clones owner/repository at reference and takes
// rootDirectory; fnflow takes rootDirectory ("node/starter") from its
// built-in catalogue, named owner "fnflow", repository "templates" (what
// GET /v1/functions/templates lists as providerOwner and
// providerRepositoryId). The catalogue ships with the binary, so type and
// reference are checked, then any reference gets it.
func (s *Server) createTemplateDeployment(c *fiber.Ctx) error {
	ctx := c.UserContext()
	p, err := parseBody(c)
	if err != nil {
		return err
	}
	repository, err := p.text("repository", required, 128, emptyOK, "")
	if err != nil {
		return err
	}
	owner, err := p.text("owner", required, 128, emptyOK, "")
	if err != nil {
		return err
	}
	root, err := p.text("rootDirectory", required, 128, emptyOK, "")
	if err != nil {
		return err
	}
	kind, err := p.text("type", required, 2048, emptyOK, "")
	if err != nil {
		return err
	}
	if !slices.Contains([]string{"commit", "branch", "tag"}, kind) {
		return invalid("type", "Value must be one of (commit, branch, tag)")
	}
	if _, err := p.text("reference", required, 128, emptyOK, ""); err != nil {
		return err
	}
	activate, err := p.looseBool("activate", false)
	if err != nil {
		return err
	}
	f, err := s.loadFunction(c)
	if err != nil {
		return err
	}
	if f.ProviderRepositoryID != "" {
		return errNoInstallation()
	}
	if !strings.EqualFold(owner, templates.ProviderOwner) || !strings.EqualFold(repository, templates.ProviderRepository) {
		return models.Errorf(models.CodeProviderRepositoryNotFound,
			"VCS (Version Control System) repository with the requested ID could not be found. fnflow deploys templates from its built-in catalogue only: owner %q, repository %q.",
			templates.ProviderOwner, templates.ProviderRepository)
	}
	t, b, err := catalogue.Lookup(root)
	if err != nil {
		return models.Errorf(models.CodeFunctionTemplateNotFound,
			"Function Template with the requested ID could not be found: rootDirectory must be <runtime family>/<templateId> as listed in providerRootDirectory.")
	}
	if rt, ok := s.runtimes[f.Runtime]; ok && rt.Key != b.Family {
		return invalid("rootDirectory", fmt.Sprintf("The template's code at %q is for %s runtimes, the function's runtime is %s.", root, b.Family, f.Runtime))
	}
	archive, err := catalogue.Archive(t.ID, b.Family)
	if err != nil {
		return fmt.Errorf("template %s archive: %w", root, err)
	}
	entrypoint, commands := f.Entrypoint, f.Commands
	if entrypoint == "" {
		entrypoint = b.Entrypoint
	}
	if commands == "" {
		commands = b.Commands
	}
	d := s.newDeployment(f, models.NewID(), "vcs", entrypoint, commands, activate)
	d.SourceSize = int64(len(archive))
	if err := s.createWithSource(ctx, d, bytes.NewReader(archive)); err != nil {
		return err
	}
	return sendModel(c, fiber.StatusAccepted, modelDeployment, renderDeployment(d))
}
