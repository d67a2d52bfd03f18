package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/gofiber/fiber/v2"
	"github.com/golang-jwt/jwt/v5"

	"github.com/fnflow/fnflow/models"
)

// Principal kinds.
const (
	kindKey   = "key"
	kindUser  = "user"
	kindGuest = "guest"
)

// principal is who is calling: an API key, a user (JWT) or a guest.
type principal struct {
	project *models.Project
	kind    string
	keyID   string
	userID  string
	jwt     string
	scopes  []string
	roles   []string
}

const localPrincipal = "principal"

func principalOf(c *fiber.Ctx) *principal {
	p, _ := c.Locals(localPrincipal).(*principal)
	return p
}

// Scopes users and guests hold, as in Appwrite.
var (
	guestScopes = []string{"public", "executions.write", "execution.write"}
	userScopes  = []string{"public", "executions.read", "executions.write", "execution.read", "execution.write"}
)

// projectScopes are the scopes a key (and a function's `scopes`, which its
// runs' ephemeral keys carry) may hold: Appwrite 1.9.6's project scopes, in
// Appwrite's order, then fnflow's own events.read and events.write.
var projectScopes = strings.Fields(`project.read project.write keys.read keys.write platforms.read platforms.write
mocks.read mocks.write policies.read policies.write project.policies.read project.policies.write templates.read
templates.write oauth2.read oauth2.write users.read users.write sessions.read sessions.write teams.read teams.write
databases.read databases.write tables.read tables.write columns.read columns.write indexes.read indexes.write
rows.read rows.write collections.read collections.write attributes.read attributes.write documents.read
documents.write buckets.read buckets.write files.read files.write tokens.read tokens.write functions.read
functions.write executions.read executions.write execution.read execution.write sites.read sites.write log.read
log.write providers.read providers.write topics.read topics.write subscribers.read subscribers.write targets.read
targets.write messages.read messages.write rules.read rules.write webhooks.read webhooks.write locale.read
avatars.read health.read assistant.read migrations.read migrations.write schedules.read schedules.write vcs.read
vcs.write insights.read insights.write reports.read reports.write presences.read presences.write
events.read events.write`)

// checkScopes validates a `scopes` list as Appwrite does (an ArrayList of a
// WhiteList of the project scopes), naming the valid ones.
func checkScopes(param string, scopes []string) error {
	for _, sc := range scopes {
		if !slices.Contains(projectScopes, sc) {
			return invalid(param, "Value must a valid array no longer than 100 items and Value must be one of ("+
				strings.Join(projectScopes, ", ")+")")
		}
	}
	return nil
}

// resolveProject finds the project and authenticates the caller.
func (s *Server) resolveProject(c *fiber.Ctx) error {
	pid := c.Get("X-Appwrite-Project")
	if pid == "" {
		return models.Errorf(models.CodeGeneralAccessForbidden, "No Appwrite project was specified. Please specify your project ID when initializing your Appwrite SDK.")
	}
	if !models.ValidID(pid) {
		return models.Errorf(models.CodeProjectNotFound, "Project with the requested ID could not be found.")
	}
	ctx := c.UserContext()
	project, err := s.authCache.project(ctx, s.store, pid)
	if err != nil {
		return err
	}
	p, err := s.authenticate(ctx, c, project)
	if err != nil {
		return err
	}
	c.Locals(localPrincipal, p)
	return c.Next()
}

func (s *Server) authenticate(ctx context.Context, c *fiber.Ctx, project *models.Project) (*principal, error) {
	p := &principal{project: project}
	if key := c.Get("X-Appwrite-Key"); strings.HasPrefix(key, models.EphemeralKeyPrefix) {
		// A function calling back with the key of its execution.
		if project.KeySecret == "" {
			// Made by the first run since (ProjectKeySecret) after
			// this cached row was read.
			fresh, err := s.store.GetProject(ctx, project.ID)
			if err != nil {
				return nil, err
			}
			project, p.project = fresh, fresh
		}
		claims, err := models.VerifyEphemeralKey(project.KeySecret, key, project.ID)
		if err != nil {
			return nil, err
		}
		p.kind, p.keyID, p.scopes = kindKey, "ephemeral:"+claims.ExecutionID, claims.Scopes
		p.roles = []string{"any"}
		return p, nil
	} else if key != "" {
		k, err := s.authCache.apiKey(ctx, s.store, key)
		if err != nil {
			return nil, err
		}
		if k.ProjectID != project.ID {
			return nil, models.Errorf(models.CodeUserUnauthorized, "The current user is not authorized to perform the requested action.")
		}
		p.kind, p.keyID, p.scopes = kindKey, k.ID, k.Scopes
		p.roles = []string{"any"}
		return p, nil
	}
	if token := c.Get("X-Appwrite-JWT"); token != "" {
		uid, err := s.verifyJWT(token, project.ID)
		if err != nil {
			return nil, err
		}
		p.kind, p.userID, p.jwt, p.scopes = kindUser, uid, token, userScopes
		p.roles = []string{"any", "users", "user:" + uid}
		return p, nil
	}
	p.kind, p.scopes, p.roles = kindGuest, guestScopes, []string{"any", "guests"}
	return p, nil
}

// verifyJWT checks an HS256 user JWT signed with auth.jwt_secret and returns
// its user ID (claim userId, or sub). The token itself is never logged.
func (s *Server) verifyJWT(token, projectID string) (string, error) {
	invalidJWT := models.Errorf(models.CodeUserJWTInvalid, "Failed to verify JWT. Invalid token: the JWT is malformed, expired or not signed by this server.")
	if s.cfg.Auth.JWTSecret == "" {
		return "", models.Errorf(models.CodeUserJWTInvalid, "JWT authentication is not configured on this server (auth.jwt_secret).")
	}
	claims := jwt.MapClaims{}
	_, err := jwt.ParseWithClaims(token, claims, func(t *jwt.Token) (any, error) {
		return []byte(s.cfg.Auth.JWTSecret), nil
	}, jwt.WithValidMethods([]string{"HS256"}), jwt.WithExpirationRequired())
	if err != nil {
		return "", invalidJWT
	}
	if pid, ok := claims["projectId"].(string); ok && pid != "" && pid != projectID {
		return "", invalidJWT
	}
	uid, _ := claims["userId"].(string)
	if uid == "" {
		uid, _ = claims["sub"].(string)
	}
	if uid == "" || !models.ValidID(uid) {
		return "", invalidJWT
	}
	return uid, nil
}

// functionJWT is the user token a function receives (x-appwrite-user-jwt):
// the caller's verified token bound to the function's project. A token
// without a projectId claim is valid in every project, and the function
// may be hostile code of another tenant: forwarded as it is, it would let
// that code act as the user in any project. The copy keeps every claim
// (expiry included) and adds projectId, so it works against this project's
// API only; a token that names the project already goes as it is.
func (s *Server) functionJWT(token, projectID string) (string, error) {
	claims := jwt.MapClaims{}
	_, err := jwt.ParseWithClaims(token, claims, func(t *jwt.Token) (any, error) {
		return []byte(s.cfg.Auth.JWTSecret), nil
	}, jwt.WithValidMethods([]string{"HS256"}), jwt.WithExpirationRequired())
	if err != nil {
		return "", models.Errorf(models.CodeUserJWTInvalid, "Failed to verify JWT. Invalid token: the JWT is malformed, expired or not signed by this server.")
	}
	if pid, _ := claims["projectId"].(string); pid == projectID {
		return token, nil
	}
	claims["projectId"] = projectID
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString([]byte(s.cfg.Auth.JWTSecret))
}

// scope requires any one of the given scopes.
func (s *Server) scope(scopes ...string) fiber.Handler {
	return func(c *fiber.Ctx) error {
		p := principalOf(c)
		if p == nil {
			return errors.New("scope check without principal")
		}
		for _, want := range scopes {
			if slices.Contains(p.scopes, want) || want == "public" {
				return c.Next()
			}
		}
		who := "User (role: guests)"
		switch p.kind {
		case kindKey:
			who = "app." + p.project.ID + "@service.localhost (role: applications)"
		case kindUser:
			who = "User (role: users)"
		}
		missing, _ := json.Marshal(scopes[:1])
		return models.Errorf(models.CodeGeneralUnauthorizedScope, "%s missing scopes (%s)", who, missing)
	}
}

// canExecute reports whether the caller's roles match a function's execute list.
func (p *principal) canExecute(execute []string) bool {
	if p.kind == kindKey {
		return true
	}
	for _, role := range execute {
		if slices.Contains(p.roles, role) {
			return true
		}
		if p.kind == kindUser && strings.HasPrefix(role, "user:"+p.userID+"/") {
			return true
		}
	}
	return false
}

// isAdmin reports whether the caller is a key holder (sees logs, disabled functions).
func (p *principal) isAdmin() bool { return p.kind == kindKey }

func (p *principal) String() string {
	return fmt.Sprintf("%s:%s", p.kind, p.project.ID)
}
