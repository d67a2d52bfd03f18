package config

import (
	"errors"
	"fmt"
	"net"
	"net/url"
	"strings"

	"github.com/fnflow/fnflow/models"
)

// Validate checks values that need no network. Each problem names the key
// and what to do about it; all problems are reported together.
func (c Config) Validate() error {
	var errs []error
	bad := func(key, format string, args ...any) {
		errs = append(errs, fmt.Errorf("%s: %s", key, fmt.Sprintf(format, args...)))
	}
	if _, _, err := net.SplitHostPort(c.Server.Listen); err != nil {
		bad("server.listen", "want host:port such as 127.0.0.1:8080, got %q", c.Server.Listen)
	}
	if u, err := url.Parse(c.Server.PublicURL); err != nil || u.Scheme == "" || u.Host == "" {
		bad("server.public_url", "want an absolute URL such as http://127.0.0.1:8080, got %q", c.Server.PublicURL)
	}
	if c.Server.FunctionEndpoint != "" {
		if u, err := url.Parse(c.Server.FunctionEndpoint); err != nil || u.Scheme == "" || u.Host == "" {
			bad("server.function_endpoint", "want an absolute URL that containers reach, such as http://172.17.0.1:8080/v1, got %q", c.Server.FunctionEndpoint)
		}
	}
	if strings.ContainsAny(c.Docker.Network, " /:") {
		bad("docker.network", "want a Docker network name such as fnflow, got %q", c.Docker.Network)
	}
	for _, f := range []struct{ key, v string }{{"docker.egress", c.Docker.Egress}, {"docker.build_egress", c.Docker.BuildEgress}} {
		if f.v != "all" && f.v != "none" {
			bad(f.key, "must be all (containers reach any address, as on Appwrite) or none (only the host: the API on the internal network's gateway), got %q", f.v)
		}
	}
	if c.Docker.Egress == "none" || c.Docker.BuildEgress == "none" {
		switch n := c.Docker.InternalNetwork; {
		case n == "" || n == "default" || n == "bridge" || n == "host" || n == "none" || strings.ContainsAny(n, " /:"):
			bad("docker.internal_network", "want the name of a network fnflow creates as internal, such as fnflow-internal (not Docker's own), got %q", n)
		case n == c.Docker.Network:
			bad("docker.internal_network", "must differ from docker.network (%q): containers with egress stay on docker.network", n)
		}
	}
	if c.Server.BodyLimit < 1<<20 {
		bad("server.body_limit", "must be at least 1048576 bytes, got %d", c.Server.BodyLimit)
	}
	if strings.Trim(c.Server.DomainSuffix, ".") != c.Server.DomainSuffix || strings.ContainsAny(c.Server.DomainSuffix, ":/ ") {
		bad("server.domain_suffix", "want a host name suffix such as functions.localhost (no port, no leading or trailing dot), got %q", c.Server.DomainSuffix)
	}
	for host, target := range c.Server.Domains {
		pid, fid, ok := strings.Cut(target, "/")
		if host == "" || strings.ContainsAny(host, ":/ ") || !ok || pid == "" || fid == "" || strings.Contains(fid, "/") {
			bad("server.domains", "want host: projectId/functionId, got %q: %q", host, target)
		}
	}
	switch c.Database.Driver {
	case "sqlite", "postgres":
	default:
		bad("database.driver", "must be sqlite or postgres, got %q", c.Database.Driver)
	}
	if strings.TrimSpace(c.Database.DSN) == "" {
		bad("database.dsn", "is empty: give a file path for sqlite or a postgres URL")
	}
	if _, _, err := net.SplitHostPort(c.Temporal.Address); err != nil {
		bad("temporal.address", "want host:port such as 127.0.0.1:7233, got %q", c.Temporal.Address)
	}
	if c.Temporal.Namespace == "" {
		bad("temporal.namespace", "is empty")
	}
	if c.Temporal.TaskQueue == "" {
		bad("temporal.task_queue", "is empty")
	}
	if c.Temporal.Retention < 24*60*60*1e9 {
		bad("temporal.retention", "must be at least 24h so yesterday's runs stay visible, got %s", c.Temporal.Retention)
	}
	if c.Docker.MaxContainers < 1 {
		bad("docker.max_containers", "must be at least 1, got %d", c.Docker.MaxContainers)
	}
	if c.Docker.MaxContainersPerProject < 0 || c.Docker.MaxContainersPerProject > c.Docker.MaxContainers {
		bad("docker.max_containers_per_project", "must be between 0 (half of docker.max_containers) and docker.max_containers, got %d", c.Docker.MaxContainersPerProject)
	}
	if c.Docker.MaxInstances < 1 || c.Docker.MaxInstances > c.Docker.MaxContainers {
		bad("docker.max_instances", "must be between 1 and docker.max_containers, got %d", c.Docker.MaxInstances)
	}
	if c.Docker.InstanceConcurrency < 1 {
		bad("docker.instance_concurrency", "must be at least 1, got %d", c.Docker.InstanceConcurrency)
	}
	if c.Docker.Spares < 0 || c.Docker.Spares > c.Docker.MaxContainers {
		bad("docker.spares", "must be between 0 and docker.max_containers, got %d", c.Docker.Spares)
	}
	if c.Docker.ScaleDownAfter <= 0 {
		bad("docker.scale_down_after", "must be positive, got %s", c.Docker.ScaleDownAfter)
	}
	if c.Docker.IdleTimeout <= 0 {
		bad("docker.idle_timeout", "must be positive, got %s", c.Docker.IdleTimeout)
	}
	if c.Storage.Dir == "" {
		bad("storage.dir", "is empty")
	}
	switch c.Storage.Driver {
	case "local":
	case "s3":
		if c.Storage.S3.Endpoint == "" {
			bad("storage.s3.endpoint", "is empty: give host:port or a URL of the S3-compatible service")
		}
		if c.Storage.S3.Bucket == "" {
			bad("storage.s3.bucket", "is empty: name the bucket that holds the artifacts")
		}
	default:
		bad("storage.driver", "must be local or s3, got %q", c.Storage.Driver)
	}
	if c.Metrics.Listen != "" {
		if _, _, err := net.SplitHostPort(c.Metrics.Listen); err != nil {
			bad("metrics.listen", "want host:port such as 127.0.0.1:9464, or empty, got %q", c.Metrics.Listen)
		}
	}
	switch c.Tracing.Protocol {
	case "http/protobuf", "grpc":
	default:
		bad("tracing.protocol", "must be http/protobuf or grpc, got %q", c.Tracing.Protocol)
	}
	if e := c.Tracing.Endpoint; e != "" {
		if u, err := url.Parse(e); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			bad("tracing.endpoint", "want the OTLP receiver's URL such as http://127.0.0.1:4318 (https for TLS), or empty, got %q", e)
		}
	}
	if r := c.Tracing.SampleRatio; !(r >= 0 && r <= 1) {
		bad("tracing.sample_ratio", "must be between 0 and 1, got %v", r)
	}
	if c.Limits.CodeSize < 1 {
		bad("limits.code_size", "must be positive")
	}
	if c.Limits.MaxTimeout < 1 || c.Limits.MaxTimeout > 86400 {
		bad("limits.max_timeout", "must be between 1 and 86400 seconds, got %d", c.Limits.MaxTimeout)
	}
	if c.Executions.SyncTimeout <= 0 {
		bad("executions.sync_timeout", "must be positive")
	}
	if c.Executions.MinScheduleLead < 0 {
		bad("executions.min_schedule_lead", "must not be negative")
	}
	if slug := c.Limits.DefaultSpecSlug; slug != "" {
		var allowed []string
		found := false
		for _, sp := range models.SpecificationsWithin(c.Limits.MaxCPUs, c.Limits.MaxMemoryMB) {
			allowed = append(allowed, sp.Slug)
			found = found || sp.Slug == slug
		}
		if !found {
			bad("limits.default_specification", "%q is not a specification within limits.max_cpus and limits.max_memory_mb; want one of: %s", slug, strings.Join(allowed, ", "))
		}
	}
	switch c.Log.Format {
	case "text", "json":
	default:
		bad("log.format", "must be text or json, got %q", c.Log.Format)
	}
	switch strings.ToLower(c.Log.Level) {
	case "debug", "info", "warn", "error":
	default:
		bad("log.level", "must be debug, info, warn or error, got %q", c.Log.Level)
	}
	return errors.Join(errs...)
}
