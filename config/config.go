package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"reflect"
	"strconv"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

// Config is the whole configuration. Field names map to config.yaml keys and
// to environment variables: database.dsn is FNFLOW_DATABASE_DSN.
type Config struct {
	Server     Server     `yaml:"server"`
	Database   Database   `yaml:"database"`
	Temporal   Temporal   `yaml:"temporal"`
	Docker     Docker     `yaml:"docker"`
	Storage    Storage    `yaml:"storage"`
	Auth       Auth       `yaml:"auth"`
	Limits     Limits     `yaml:"limits"`
	Executions Executions `yaml:"executions"`
	Runtimes   Runtimes   `yaml:"runtimes"`
	Log        Log        `yaml:"log"`
	Metrics    Metrics    `yaml:"metrics"`
	Tracing    Tracing    `yaml:"tracing"`
}

// Server configures the HTTP API.
type Server struct {
	Listen    string `yaml:"listen"`
	PublicURL string `yaml:"public_url"`
	// FunctionEndpoint is the API URL functions get as
	// APPWRITE_FUNCTION_API_ENDPOINT (with /v1). Empty: the API also listens
	// on the runtime network's gateway and functions get that address.
	FunctionEndpoint string `yaml:"function_endpoint"`
	// BodyLimit is the largest request body accepted, in bytes.
	BodyLimit int `yaml:"body_limit"`
	// DomainSuffix routes Host "<functionId>.<projectId>.<suffix>" to that
	// function (a function ID is unique only within its project). Empty
	// turns generated function domains off.
	DomainSuffix string `yaml:"domain_suffix"`
	// Domains maps custom host names to functions as "projectId/functionId".
	Domains map[string]string `yaml:"domains"`
	// FunctionCreateLimit is how many functions a project may create per day (0 = no limit).
	FunctionCreateLimit int `yaml:"function_create_limit"`
	// ExecutionRateLimit is how many executions a caller without an API key
	// (a user or a guest, counted per client IP) may create per minute, as
	// Appwrite limits createExecution (0 = no limit). Keys are not limited.
	ExecutionRateLimit int `yaml:"execution_rate_limit"`
}

// Database selects the store.
type Database struct {
	Driver string `yaml:"driver"` // sqlite or postgres
	DSN    string `yaml:"dsn"`
}

// Temporal configures the Temporal connection and the embedded dev server.
type Temporal struct {
	Address   string        `yaml:"address"`
	Namespace string        `yaml:"namespace"`
	TaskQueue string        `yaml:"task_queue"`
	Retention time.Duration `yaml:"retention"`
	DevServer DevServer     `yaml:"dev_server"`
}

// DevServer is the embedded Temporal dev server that fnflow serve starts when
// nothing answers at Temporal.Address.
type DevServer struct {
	Enabled bool   `yaml:"enabled"`
	Binary  string `yaml:"binary"`
	DBFile  string `yaml:"db_file"`
	UIPort  int    `yaml:"ui_port"`
}

// Docker configures the container layer.
type Docker struct {
	Host string `yaml:"host"`
	// InstanceID labels this process's containers; its reconciler removes
	// containers with its own ID that it no longer tracks (e.g. after a
	// crash). Processes sharing one Docker engine need distinct IDs.
	// Empty means the host name.
	InstanceID string `yaml:"instance_id"`
	// Network is the Docker network of runtime and build containers whose
	// egress is all. fnflow creates it when missing as a bridge on which
	// containers cannot reach each other. "bridge" means Docker's default
	// bridge.
	Network string `yaml:"network"`
	// Egress is what functions (runtime containers) reach: "all" (the
	// default, as Appwrite: any address, through Network) or "none": they
	// join InternalNetwork, a Docker network with no route out, and reach
	// only the host's addresses (the API listens on its gateway).
	Egress string `yaml:"egress"`
	// BuildEgress is the same for build containers. Default "all": build
	// commands install packages from registries, as on Appwrite.
	BuildEgress string `yaml:"build_egress"`
	// InternalNetwork is the network of containers whose egress is none,
	// created when missing as an internal bridge on which containers cannot
	// reach each other. An existing network of that name must be internal.
	InternalNetwork string        `yaml:"internal_network"`
	MaxContainers   int           `yaml:"max_containers"`
	IdleTimeout     time.Duration `yaml:"idle_timeout"`
	// MaxContainersPerProject bounds the runtime containers one project
	// holds on a worker (serving, starting, including minInstances and
	// scale-ups), so that one project's long runs cannot take every slot
	// of MaxContainers from the others. 0 (the default) is half of
	// MaxContainers, rounded up (25 of the default 50): a project can still
	// use most of an idle worker, and what is left always serves the
	// others. An installation with one project sets it to MaxContainers.
	// Use PerProjectContainers for the value in force.
	MaxContainersPerProject int `yaml:"max_containers_per_project"`
	// MaxInstances is the default most containers one deployment gets
	// (function field maxInstances overrides it); InstanceConcurrency the
	// requests in flight per container above which another one starts;
	// ScaleDownAfter removes extra containers unused for that long.
	MaxInstances        int           `yaml:"max_instances"`
	InstanceConcurrency int           `yaml:"instance_concurrency"`
	ScaleDownAfter      time.Duration `yaml:"scale_down_after"`
	// Spares is how many pre-started code-less runtime containers are kept
	// per image in use (0 turns them off): cold starts specialize one
	// instead of running a container. SpareRuntimes (runtime IDs) get them
	// from the start, not only once used.
	Spares        int           `yaml:"spares"`
	SpareRuntimes []string      `yaml:"spare_runtimes"`
	CallTimeout   time.Duration `yaml:"call_timeout"`
}

// Storage configures where deployment artifacts live: a local directory
// (the embedded default; shared between hosts only through a shared mount)
// or an S3-compatible bucket every worker host reads.
type Storage struct {
	// Driver is local (Dir) or s3 (the S3 settings).
	Driver string `yaml:"driver"`
	// Dir holds the artifacts with driver local, and the workers' unpacked
	// code with either driver.
	Dir string `yaml:"dir"`
	S3  S3     `yaml:"s3"`
}

// S3 is an S3-compatible bucket (AWS S3, MinIO, SeaweedFS, Ceph, ...).
type S3 struct {
	// Endpoint is host:port, or a URL whose scheme chooses TLS.
	Endpoint string `yaml:"endpoint"`
	Bucket   string `yaml:"bucket"`
	Region   string `yaml:"region"`
	// Prefix is put before every key ("" = the bucket's root).
	Prefix    string `yaml:"prefix"`
	AccessKey string `yaml:"access_key"`
	SecretKey string `yaml:"secret_key"`
	// Insecure uses plain HTTP when Endpoint has no scheme.
	Insecure bool `yaml:"insecure"`
	// PathStyle addresses the bucket in the path rather than the host name.
	PathStyle bool `yaml:"path_style"`
	// UnsignedPayload sends bodies unsigned over plain HTTP as well (HTTPS
	// always does), for servers that cannot decode aws-chunked uploads.
	UnsignedPayload bool `yaml:"unsigned_payload"`
}

// Auth configures user JWT verification.
type Auth struct {
	JWTSecret string `yaml:"jwt_secret"`
}

// Limits are size and time limits.
type Limits struct {
	CodeSize        int64         `yaml:"code_size"`
	UnpackedSize    int64         `yaml:"unpacked_size"`
	UnpackedFiles   int           `yaml:"unpacked_files"`
	BuildTimeout    time.Duration `yaml:"build_timeout"`
	MaxTimeout      int           `yaml:"max_timeout"`
	ResponseBody    int           `yaml:"response_body"`
	ExecutionBody   int           `yaml:"execution_body"`
	LogChars        int           `yaml:"log_chars"`
	BuildLogBytes   int           `yaml:"build_log_bytes"`
	DefaultSpecSlug string        `yaml:"default_specification"`
	MaxCPUs         float64       `yaml:"max_cpus"`
	MaxMemoryMB     int           `yaml:"max_memory_mb"`
}

// Executions tunes execution behaviour.
type Executions struct {
	SyncTimeout      time.Duration `yaml:"sync_timeout"`
	MinScheduleLead  time.Duration `yaml:"min_schedule_lead"`
	CronCatchup      time.Duration `yaml:"cron_catchup_window"`
	StuckGracePeriod time.Duration `yaml:"stuck_grace_period"`
}

// Runtimes selects runtimes and image overrides.
type Runtimes struct {
	// Enabled lists runtime IDs offered by the API; empty means every built-in runtime.
	Enabled []string `yaml:"enabled"`
	// Images maps a runtime ID to an image to use instead of the locally built one.
	Images map[string]string `yaml:"images"`
}

// Metrics configures the Prometheus endpoint, /metrics.
type Metrics struct {
	// Enabled records metrics and serves them.
	Enabled bool `yaml:"enabled"`
	// Listen is a listener of its own for /metrics, in any role
	// (a worker has no other). Empty: the API serves /metrics on
	// server.listen to loopback clients only, and a worker serves none.
	// Unauthenticated: keep it on loopback or a private network.
	Listen string `yaml:"listen"`
}

// Tracing configures OpenTelemetry traces, exported over OTLP.
type Tracing struct {
	// Enabled records spans and exports them to Endpoint (off by default:
	// then no exporter runs and nothing is injected into function calls).
	Enabled bool `yaml:"enabled"`
	// Endpoint is the OTLP receiver's URL; its scheme chooses TLS (http or
	// https). With protocol http/protobuf a URL without a path gets
	// /v1/traces. Empty: the local collector's default port for the
	// protocol (http://127.0.0.1:4318 or http://127.0.0.1:4317).
	Endpoint string `yaml:"endpoint"`
	// Protocol is http/protobuf (the default) or grpc.
	Protocol string `yaml:"protocol"`
	// SampleRatio is the share of new traces recorded (0 to 1); a request
	// that arrives with a sampled traceparent follows its parent's choice.
	SampleRatio float64 `yaml:"sample_ratio"`
	// ServiceName is the service.name of the spans. Empty: fnflow-api,
	// fnflow-worker, or fnflow for a process with both roles.
	ServiceName string `yaml:"service_name"`
}

// Log configures logging.
type Log struct {
	Level  string `yaml:"level"`
	Format string `yaml:"format"` // text or json
}

// Default returns the embedded setup: SQLite, a local Temporal dev server,
// local Docker, artifacts on the local disk.
func Default() Config {
	return Config{
		Server: Server{
			Listen:              "127.0.0.1:8080",
			PublicURL:           "http://127.0.0.1:8080",
			BodyLimit:           32 << 20,
			DomainSuffix:        "functions.localhost",
			FunctionCreateLimit: 0,
			ExecutionRateLimit:  60,
		},
		Database: Database{Driver: "sqlite", DSN: "data/fnflow.db"},
		Temporal: Temporal{
			Address:   "127.0.0.1:7233",
			Namespace: "fnflow",
			TaskQueue: "fnflow",
			Retention: 7 * 24 * time.Hour,
			DevServer: DevServer{Enabled: true, Binary: "bin/temporal", DBFile: "data/temporal.db", UIPort: 8233},
		},
		Docker: Docker{Network: "fnflow", Egress: "all", BuildEgress: "all", InternalNetwork: "fnflow-internal", MaxContainers: 50, IdleTimeout: 10 * time.Minute,
			MaxInstances: 1, InstanceConcurrency: 1, ScaleDownAfter: time.Minute, Spares: 1, CallTimeout: 30 * time.Second},
		Storage: Storage{Driver: "local", Dir: "data/artifacts", S3: S3{Region: "us-east-1"}},
		Limits: Limits{
			CodeSize:        30_000_000,
			UnpackedSize:    300 << 20,
			UnpackedFiles:   20_000,
			BuildTimeout:    15 * time.Minute,
			MaxTimeout:      900,
			ResponseBody:    20 << 20,
			ExecutionBody:   20 << 20,
			LogChars:        1_000_000,
			BuildLogBytes:   1_000_000,
			DefaultSpecSlug: "",
			MaxCPUs:         8,
			MaxMemoryMB:     8192,
		},
		Executions: Executions{
			SyncTimeout:      30 * time.Second,
			MinScheduleLead:  60 * time.Second,
			CronCatchup:      5 * time.Minute,
			StuckGracePeriod: 60 * time.Second,
		},
		Log:     Log{Level: "info", Format: "text"},
		Metrics: Metrics{Enabled: true},
		Tracing: Tracing{Protocol: "http/protobuf", SampleRatio: 1},
	}
}

// Load reads defaults, then the YAML file at path (if path is "" and
// config.yaml does not exist, defaults are used), then environment overrides.
func Load(path string, environ []string) (Config, error) {
	cfg := Default()
	explicit := path != ""
	if path == "" {
		path = "config.yaml"
	}
	data, err := os.ReadFile(path)
	switch {
	case err == nil:
		var doc yaml.Node
		if err := yaml.Unmarshal(data, &doc); err != nil {
			return cfg, fmt.Errorf("config file %s: %w", path, err)
		}
		if err := checkYAML(&doc); err != nil {
			return cfg, fmt.Errorf("config file %s:\n%w", path, err)
		}
		dec := yaml.NewDecoder(bytes.NewReader(data))
		dec.KnownFields(true)
		if err := dec.Decode(&cfg); err != nil && !errors.Is(err, io.EOF) {
			return cfg, fmt.Errorf("config file %s: %w", path, err)
		}
	case errors.Is(err, os.ErrNotExist) && !explicit:
	default:
		return cfg, fmt.Errorf("config file: %w", err)
	}
	if err := applyEnv(&cfg, environ); err != nil {
		return cfg, err
	}
	return cfg, nil
}

// applyEnv sets fields from FNFLOW_<SECTION>_<KEY>[_<KEY>] variables.
func applyEnv(cfg *Config, environ []string) error {
	vars := map[string]string{}
	for _, kv := range environ {
		k, v, ok := strings.Cut(kv, "=")
		if ok && strings.HasPrefix(k, "FNFLOW_") {
			vars[k] = v
		}
	}
	return walk(reflect.ValueOf(cfg).Elem(), "FNFLOW", func(name string, f reflect.Value) error {
		v, ok := vars[name]
		if !ok {
			return nil
		}
		if err := setValue(f, v); err != nil {
			return fmt.Errorf("environment variable %s: %q is %w", name, v, err)
		}
		return nil
	})
}

func walk(v reflect.Value, prefix string, fn func(string, reflect.Value) error) error {
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		tag := strings.Split(t.Field(i).Tag.Get("yaml"), ",")[0]
		name := prefix + "_" + strings.ToUpper(tag)
		f := v.Field(i)
		if f.Kind() == reflect.Struct {
			if err := walk(f, name, fn); err != nil {
				return err
			}
			continue
		}
		if err := fn(name, f); err != nil {
			return err
		}
	}
	return nil
}

func setValue(f reflect.Value, s string) error {
	switch f.Interface().(type) {
	case time.Duration:
		d, err := time.ParseDuration(s)
		if err != nil {
			return fmt.Errorf("not a duration (e.g. 10m, 30s, 24h)")
		}
		f.SetInt(int64(d))
		return nil
	case []string:
		var parts []string
		for _, p := range strings.Split(s, ",") {
			if p = strings.TrimSpace(p); p != "" {
				parts = append(parts, p)
			}
		}
		f.Set(reflect.ValueOf(parts))
		return nil
	case map[string]string:
		m := map[string]string{}
		for _, p := range strings.Split(s, ",") {
			k, v, ok := strings.Cut(p, "=")
			if !ok {
				return fmt.Errorf("not key=value pairs separated by commas")
			}
			m[strings.TrimSpace(k)] = strings.TrimSpace(v)
		}
		f.Set(reflect.ValueOf(m))
		return nil
	}
	switch f.Kind() {
	case reflect.String:
		f.SetString(s)
	case reflect.Bool:
		b, err := strconv.ParseBool(s)
		if err != nil {
			return fmt.Errorf("not a boolean (true or false)")
		}
		f.SetBool(b)
	case reflect.Int, reflect.Int64:
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			return fmt.Errorf("not an integer")
		}
		f.SetInt(n)
	case reflect.Float64:
		n, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return fmt.Errorf("not a number")
		}
		f.SetFloat(n)
	default:
		return fmt.Errorf("unsupported type %s", f.Type())
	}
	return nil
}

// PerProjectContainers is the bound on one project's runtime containers
// in force: MaxContainersPerProject, or half of MaxContainers (rounded up)
// when it is 0.
func (d Docker) PerProjectContainers() int {
	if d.MaxContainersPerProject > 0 {
		return d.MaxContainersPerProject
	}
	return (d.MaxContainers + 1) / 2
}
