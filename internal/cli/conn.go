package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
)

// DefaultEndpoint is where `./task up` serves the API.
const DefaultEndpoint = "http://127.0.0.1:8080"

// DefaultDomainSuffix is the server's default server.domain_suffix.
const DefaultDomainSuffix = "functions.localhost"

// EnvVars are the variables the client reads; the server's config warns
// about FNFLOW_* variables it does not know, and these are known.
var EnvVars = []string{"FNFLOW_ENDPOINT", "FNFLOW_PROJECT", "FNFLOW_KEY", "FNFLOW_CLI_CONFIG"}

// Conn is where and as whom the client connects.
type Conn struct {
	Endpoint     string `json:"endpoint"`
	Project      string `json:"project"`
	Key          string `json:"key"`
	DomainSuffix string `json:"domainSuffix,omitempty"`
}

// APIURL is the endpoint with /v1.
func (c Conn) APIURL() string { return strings.TrimSuffix(c.Endpoint, "/") + "/v1" }

// FunctionURL is the function's generated domain on the endpoint's scheme and port.
func (c Conn) FunctionURL(functionID string) string {
	u, err := url.Parse(c.Endpoint)
	if err != nil || c.DomainSuffix == "" {
		return ""
	}
	host := functionID + "." + c.Project + "." + c.DomainSuffix
	if p := u.Port(); p != "" {
		host += ":" + p
	}
	return u.Scheme + "://" + host + "/"
}

// ConfigPath is the login file: $FNFLOW_CLI_CONFIG, else fnflow/cli.json in
// the user's config directory.
func ConfigPath(getenv func(string) string) (string, error) {
	if p := getenv("FNFLOW_CLI_CONFIG"); p != "" {
		return p, nil
	}
	dir := getenv("XDG_CONFIG_HOME")
	if dir == "" {
		home := getenv("HOME")
		if home == "" {
			return "", errors.New("cannot find a config directory: set HOME or FNFLOW_CLI_CONFIG")
		}
		dir = filepath.Join(home, ".config")
	}
	return filepath.Join(dir, "fnflow", "cli.json"), nil
}

// LoadConn reads the login file; a missing file gives an empty Conn.
func LoadConn(path string) (Conn, error) {
	var c Conn
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return c, nil
	}
	if err != nil {
		return c, err
	}
	if err := json.Unmarshal(data, &c); err != nil {
		return c, fmt.Errorf("%s: %w", path, err)
	}
	return c, nil
}

// SaveConn writes the login file readable by its owner only (0600), also
// when it existed before with wider permissions.
func SaveConn(path string, c Conn) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return err
	}
	data, err := json.MarshalIndent(c, "", "  ")
	if err != nil {
		return err
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, append(data, '\n'), 0o600); err != nil {
		return err
	}
	if err := os.Chmod(tmp, 0o600); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

// Resolve fills each empty field of flags from the environment, then from
// the login file, then from defaults; project and key are required.
func Resolve(flags Conn, getenv func(string) string) (Conn, error) {
	c := flags
	pick := func(dst *string, env string, file string) {
		if *dst == "" {
			*dst = getenv(env)
		}
		if *dst == "" {
			*dst = file
		}
	}
	var file Conn
	if path, err := ConfigPath(getenv); err == nil {
		if file, err = LoadConn(path); err != nil {
			return c, err
		}
	}
	pick(&c.Endpoint, "FNFLOW_ENDPOINT", file.Endpoint)
	pick(&c.Project, "FNFLOW_PROJECT", file.Project)
	pick(&c.Key, "FNFLOW_KEY", file.Key)
	if c.DomainSuffix == "" {
		c.DomainSuffix = file.DomainSuffix
	}
	if c.Endpoint == "" {
		c.Endpoint = DefaultEndpoint
	}
	if c.DomainSuffix == "" {
		c.DomainSuffix = DefaultDomainSuffix
	}
	c.Endpoint = strings.TrimSuffix(strings.TrimSuffix(c.Endpoint, "/"), "/v1")
	if u, err := url.Parse(c.Endpoint); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return c, fmt.Errorf("endpoint %q: want a URL such as %s", c.Endpoint, DefaultEndpoint)
	}
	var missing []string
	if c.Project == "" {
		missing = append(missing, "project (--project or FNFLOW_PROJECT)")
	}
	if c.Key == "" {
		missing = append(missing, "API key (--key or FNFLOW_KEY)")
	}
	if len(missing) > 0 {
		return c, fmt.Errorf("no %s: run `fnflow login` or set them", strings.Join(missing, " and no "))
	}
	return c, nil
}
