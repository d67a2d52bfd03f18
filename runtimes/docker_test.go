package runtimes

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/docker/docker/api/types/container"
	"github.com/docker/docker/api/types/filters"
	"github.com/docker/docker/client"
	"github.com/docker/go-connections/nat"

	"github.com/fnflow/fnflow/internal/testreq"
)

// Integration test harness: real images, real containers started the way
// the docker layer starts them (read-only root, tmpfs /tmp, uid 65534, no
// capabilities, code read-only, logs directory writable). Every container
// is labelled testLabel and removed.

const (
	testLabel      = "fnflow.test"
	testLabelValue = "runtimes"
	runLabel       = "fnflow.test.run" // this test process, so parallel runs leave each other alone
	testSecret     = "test-secret"
)

var testRun = randomHex(6)

func testLabels() map[string]string {
	return map[string]string{testLabel: testLabelValue, runLabel: testRun}
}

var (
	dockerOnce sync.Once
	dockerCli  *client.Client
	dockerErr  error
	imagesOnce sync.Once
	imagesErr  error
)

func TestMain(m *testing.M) {
	code := m.Run()
	if dockerCli != nil {
		removeTestContainers(filters.Arg("label", runLabel+"="+testRun), 0)
	}
	os.Exit(code)
}

// dockerClient skips the test when the Docker engine cannot be reached.
func dockerClient(t *testing.T) *client.Client {
	t.Helper()
	dockerOnce.Do(func() {
		cli, err := client.NewClientWithOpts(client.FromEnv, client.WithAPIVersionNegotiation())
		if err != nil {
			dockerErr = err
			return
		}
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if _, err := cli.Ping(ctx); err != nil {
			dockerErr = err
			return
		}
		dockerCli = cli
		// Leftovers of interrupted runs; recent ones may belong to a run in progress.
		removeTestContainers(filters.Arg("label", testLabel+"="+testLabelValue), 30*time.Minute)
	})
	if dockerErr != nil {
		testreq.Missing(t, fmt.Sprintf("Docker engine unreachable, runtime integration tests cannot run: %v", dockerErr))
	}
	return dockerCli
}

// removeTestContainers removes the test containers matching filter that
// are older than minAge.
func removeTestContainers(filter filters.KeyValuePair, minAge time.Duration) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	list, err := dockerCli.ContainerList(ctx, container.ListOptions{All: true, Filters: filters.NewArgs(filter)})
	if err != nil {
		fmt.Fprintf(os.Stderr, "listing test containers: %v\n", err)
		return
	}
	for _, c := range list {
		if time.Since(time.Unix(c.Created, 0)) < minAge {
			continue
		}
		if err := dockerCli.ContainerRemove(ctx, c.ID, container.RemoveOptions{Force: true}); err != nil {
			fmt.Fprintf(os.Stderr, "removing test container %s: %v\n", c.ID[:12], err)
		}
	}
}

type testWriter struct{ t *testing.T }

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Log(strings.TrimRight(string(p), "\n"))
	return len(p), nil
}

// testCatalog is the catalog the integration tests use: every runtime, or
// those FNFLOW_TEST_RUNTIMES names (comma-separated runtime IDs or keys,
// e.g. "php,ruby-3.3").
func testCatalog() []Definition {
	names := strings.FieldsFunc(os.Getenv("FNFLOW_TEST_RUNTIMES"), func(r rune) bool { return r == ',' || r == ' ' })
	if len(names) == 0 {
		return Catalog()
	}
	var out []Definition
	for _, d := range Catalog() {
		for _, n := range names {
			if d.ID == n || d.Key == n {
				out = append(out, d)
				break
			}
		}
	}
	return out
}

// ensureImages builds the images of testCatalog once per test binary;
// images that are up to date are not rebuilt.
func ensureImages(t *testing.T) *client.Client {
	t.Helper()
	cli := dockerClient(t)
	imagesOnce.Do(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Minute)
		defer cancel()
		imagesErr = NewBuilder(cli).Build(ctx, definitionIDs(testCatalog()), testWriter{t})
	})
	if imagesErr != nil {
		t.Fatalf("building runtime images: %v", imagesErr)
	}
	return cli
}

// writeTree writes files (relative path → content) into a new directory
// readable by uid 65534.
func writeFunction(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// t.TempDir is 0700; subdirectories created above are 0755.
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

func writableDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.Chmod(dir, 0o777); err != nil {
		t.Fatal(err)
	}
	return dir
}

type runtimeContainer struct {
	id      string
	url     string
	logsDir string
}

// startRuntime starts a runtime container for the function in codeDir and
// waits until /__opr/health answers.
func startRuntime(t *testing.T, cli *client.Client, d Definition, codeDir, entrypoint string, env ...string) *runtimeContainer {
	t.Helper()
	logsDir := writableDir(t)
	env = append([]string{EnvSecret + "=" + testSecret, EnvEntrypoint + "=" + entrypoint}, env...)
	port := nat.Port(fmt.Sprintf("%d/tcp", ServerPort))
	pids := int64(128)
	cfg := &container.Config{
		Image:        d.Image,
		User:         RunAsUser,
		Env:          env,
		Labels:       testLabels(),
		ExposedPorts: nat.PortSet{port: {}},
	}
	host := &container.HostConfig{
		ReadonlyRootfs: true,
		Tmpfs:          map[string]string{TmpDir: "rw,nosuid,nodev,size=64m"},
		CapDrop:        []string{"ALL"},
		SecurityOpt:    []string{"no-new-privileges"},
		Binds:          []string{codeDir + ":" + FunctionDir + ":ro", logsDir + ":" + LogsDir + ":rw"},
		PortBindings:   nat.PortMap{port: {{HostIP: "127.0.0.1", HostPort: ""}}},
		Resources:      container.Resources{Memory: 256 << 20, PidsLimit: &pids},
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	start := time.Now()
	created, err := cli.ContainerCreate(ctx, cfg, host, nil, nil, "")
	if err != nil {
		t.Fatalf("creating container: %v", err)
	}
	t.Cleanup(func() { removeContainer(t, cli, created.ID) })
	if err := cli.ContainerStart(ctx, created.ID, container.StartOptions{}); err != nil {
		t.Fatalf("starting container: %v", err)
	}
	info, err := cli.ContainerInspect(ctx, created.ID)
	if err != nil {
		t.Fatalf("inspecting container: %v", err)
	}
	bindings := info.NetworkSettings.Ports[port]
	if len(bindings) == 0 {
		t.Fatalf("container has no published port")
	}
	rc := &runtimeContainer{id: created.ID, url: "http://127.0.0.1:" + bindings[0].HostPort, logsDir: logsDir}
	for {
		resp, err := http.Get(rc.url + HealthPath)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				break
			}
		}
		if time.Since(start) > 30*time.Second {
			t.Fatalf("runtime not healthy after 30s: %v\n%s", err, containerLogs(cli, created.ID))
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Logf("%s: container start to healthy: %s", d.ID, time.Since(start).Round(time.Millisecond))
	return rc
}

func removeContainer(t *testing.T, cli *client.Client, id string) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if t.Failed() {
		t.Logf("container output:\n%s", containerLogs(cli, id))
	}
	if err := cli.ContainerRemove(ctx, id, container.RemoveOptions{Force: true}); err != nil {
		t.Errorf("removing container %s: %v", id[:12], err)
	}
}

func containerLogs(cli *client.Client, id string) string {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	r, err := cli.ContainerLogs(ctx, id, container.LogsOptions{ShowStdout: true, ShowStderr: true})
	if err != nil {
		return err.Error()
	}
	defer r.Close()
	b, _ := io.ReadAll(r)
	return string(b)
}

// memoryUsage is the container's memory use as docker stats shows it
// (usage minus page cache).
func memoryUsage(t *testing.T, cli *client.Client, id string) string {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	r, err := cli.ContainerStatsOneShot(ctx, id)
	if err != nil {
		return err.Error()
	}
	defer r.Body.Close()
	var s container.StatsResponse
	if err := json.NewDecoder(r.Body).Decode(&s); err != nil {
		return err.Error()
	}
	usage := s.MemoryStats.Usage
	if cache, ok := s.MemoryStats.Stats["total_inactive_file"]; ok && cache < usage {
		usage -= cache
	} else if cache, ok := s.MemoryStats.Stats["inactive_file"]; ok && cache < usage {
		usage -= cache
	}
	return humanBytes(int64(usage))
}

// noRedirects shows redirects to the test instead of following them.
var noRedirects = &http.Client{
	Timeout:       time.Minute,
	CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
}

type response struct {
	status  int
	headers http.Header
	body    string
}

// call sends a request with the secret, logging enabled, and extra headers
// given as "name: value".
func (rc *runtimeContainer) call(t *testing.T, method, path, body string, headers ...string) response {
	t.Helper()
	r, err := rc.do(method, path, body, headers...)
	if err != nil {
		t.Fatalf("%s %s: %v", method, path, err)
	}
	return r
}

// do is call for other goroutines than the test's.
func (rc *runtimeContainer) do(method, path, body string, headers ...string) (response, error) {
	req, err := http.NewRequest(method, rc.url+path, strings.NewReader(body))
	if err != nil {
		return response{}, err
	}
	req.Header.Set(HeaderSecret, testSecret)
	req.Header.Set(HeaderLogging, "enabled")
	for _, h := range headers {
		k, v, _ := strings.Cut(h, ":")
		req.Header.Set(strings.TrimSpace(k), strings.TrimSpace(v))
	}
	resp, err := noRedirects.Do(req)
	if err != nil {
		return response{}, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	return response{status: resp.StatusCode, headers: resp.Header, body: string(b)}, err
}

// logs returns the log and error files of a response.
func (rc *runtimeContainer) logs(t *testing.T, r response) (string, string) {
	t.Helper()
	logsName, errorsName, ok := LogFileNames(r.headers.Get(HeaderLogID))
	if !ok {
		t.Fatalf("response has no usable %s header: %q", HeaderLogID, r.headers.Get(HeaderLogID))
	}
	read := func(name string) string {
		b, err := os.ReadFile(filepath.Join(rc.logsDir, name))
		if err != nil {
			t.Fatalf("reading log file: %v", err)
		}
		return string(b)
	}
	return read(logsName), read(errorsName)
}
