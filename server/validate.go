package server

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/fnflow/fnflow/models"
)

// knownRuntimeIDs are the runtime IDs Appwrite's SDKs know. An ID outside
// this list fails validation (400); a known ID that this installation does
// not offer is function_runtime_unsupported (404).
var knownRuntimeIDs = strings.Fields(`node-14.5 node-16.0 node-18.0 node-19.0 node-20.0 node-21.0 node-22 node-23 node-24 node-25
php-8.0 php-8.1 php-8.2 php-8.3 php-8.4 ruby-3.0 ruby-3.1 ruby-3.2 ruby-3.3 ruby-3.4 ruby-4.0
python-3.8 python-3.9 python-3.10 python-3.11 python-3.12 python-3.13 python-3.14 python-ml-3.11 python-ml-3.12 python-ml-3.13
deno-1.21 deno-1.24 deno-1.35 deno-1.40 deno-1.46 deno-2.0 deno-2.5 deno-2.6
dart-2.15 dart-2.16 dart-2.17 dart-2.18 dart-2.19 dart-3.0 dart-3.1 dart-3.3 dart-3.5 dart-3.8 dart-3.9 dart-3.10 dart-3.11 dart-3.12
dotnet-6.0 dotnet-7.0 dotnet-8.0 dotnet-10 java-8.0 java-11.0 java-17.0 java-18.0 java-21.0 java-22 java-25
swift-5.5 swift-5.8 swift-5.9 swift-5.10 swift-6.2 kotlin-1.6 kotlin-1.8 kotlin-1.9 kotlin-2.0 kotlin-2.3 cpp-17 cpp-20
bun-1.0 bun-1.1 bun-1.2 bun-1.3 go-1.23 go-1.24 go-1.25 go-1.26 rust-1.83 static-1
flutter-3.24 flutter-3.27 flutter-3.29 flutter-3.32 flutter-3.35 flutter-3.38 flutter-3.41 flutter-3.44`)

// checkRuntime validates a runtime ID against what this installation offers.
func (s *Server) checkRuntime(id string) error {
	if _, ok := s.runtimes[id]; ok {
		return nil
	}
	if slices.Contains(knownRuntimeIDs, id) {
		return models.Errorf(models.CodeFunctionRuntimeUnsupported, "Runtime \"%s\" is not supported by this installation. Supported runtimes: %s.", id, strings.Join(s.runtimeIDs(), ", "))
	}
	return invalid("runtime", "Value must be one of ("+strings.Join(s.runtimeIDs(), ", ")+")")
}

func (s *Server) runtimeIDs() []string {
	ids := make([]string, 0, len(s.runtimeL))
	for _, r := range s.runtimeL {
		ids = append(ids, r.ID)
	}
	return ids
}

// allowedSpecs are the specifications within the configured compute limits.
func (s *Server) allowedSpecs() []models.Specification {
	return models.SpecificationsWithin(s.cfg.Limits.MaxCPUs, s.cfg.Limits.MaxMemoryMB)
}

// defaultSpec is limits.default_specification, or else the smallest allowed
// slug: a function gets more only when it asks for it.
func (s *Server) defaultSpec() string {
	if s.cfg.Limits.DefaultSpecSlug != "" {
		return s.cfg.Limits.DefaultSpecSlug
	}
	specs := s.allowedSpecs()
	if len(specs) == 0 {
		return "s-1vcpu-512mb"
	}
	return specs[0].Slug
}

func (s *Server) checkSpec(param, slug string) error {
	var slugs []string
	for _, sp := range s.allowedSpecs() {
		if sp.Slug == slug {
			return nil
		}
		slugs = append(slugs, sp.Slug)
	}
	return invalid(param, "Specification must be one of: "+strings.Join(slugs, ", "))
}

// eventFamilies are the top-level resources whose events a function may subscribe to.
var eventFamilies = []string{"users", "databases", "buckets", "teams", "sites", "messages", "topics", "providers", "schedules", "rules", "tokens"}

// checkEvents validates event patterns like "users.*.create".
func checkEvents(events []string) error {
	for _, ev := range events {
		if err := checkEventName("events", ev, false); err != nil {
			return err
		}
	}
	return nil
}

// checkEventName validates one event name of a family functions may
// subscribe to: a subscription pattern ("users.*.create"), or, when posted,
// a concrete event ("users.u1.create": every resource named by its ID).
func checkEventName(param, name string, posted bool) error {
	parts := strings.Split(name, ".")
	if parts[0] == "functions" {
		if posted {
			return invalid(param, "Function events are published by fnflow itself and cannot be posted.")
		}
		return invalid(param, "Triggering a function on a function event is not allowed.")
	}
	if !slices.Contains(eventFamilies, parts[0]) {
		return invalid(param, fmt.Sprintf("Event \"%s\" is not valid: unknown resource \"%s\".", name, parts[0]))
	}
	for _, p := range parts {
		if posted && (p == "" || p == "*" || strings.ContainsAny(p, " \t\r\n")) {
			return invalid(param, fmt.Sprintf("Event \"%s\" is not valid: name every resource by its ID, without wildcards.", name))
		}
		if p == "" {
			return invalid(param, fmt.Sprintf("Event \"%s\" is not valid.", name))
		}
	}
	if posted && !json.Valid([]byte(`"`+name+`"`)) {
		return invalid(param, fmt.Sprintf("Event \"%s\" is not valid.", name))
	}
	return nil
}

// checkRoles validates execute roles: any, guests, users[/verified|/unverified],
// user:<id>[/dim], team:<id>[/role], member:<id>, label:<label>.
func checkRoles(roles []string) error {
	for _, r := range roles {
		name, rest, hasID := strings.Cut(r, ":")
		id, dim, hasDim := strings.Cut(rest, "/")
		ok := false
		switch name {
		case "any", "guests":
			ok = !hasID
		case "users":
			ok = !hasID
		case "user", "team":
			ok = hasID && models.ValidID(id) && (!hasDim || dim != "")
		case "member", "label":
			ok = hasID && models.ValidID(id) && !hasDim
		}
		if strings.HasPrefix(r, "users/") {
			ok = r == "users/verified" || r == "users/unverified"
		}
		if !ok {
			return invalid("execute", fmt.Sprintf("Role \"%s\" is not valid. Roles are any, guests, users, user:<id>, team:<id>[/<role>], member:<id> or label:<label>.", r))
		}
	}
	return nil
}
