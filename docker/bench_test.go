package docker

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// Benchmarks compare the pool with a raw `docker run` and a direct HTTP call
// in the same run, on the fake runtime and (when built) every interpreted
// runtime's image:
//
//	go test -run '^$' -bench . -benchtime 20x ./docker/
//
// They report medians, p99 and ratios with b.ReportMetric and log a table.
// They never assert timings.

const dockerCLI = "/usr/local/bin/docker"

type benchImage struct {
	name string
	spec func(tb testing.TB, name string) RuntimeSpec
}

func benchImages(b *testing.B, eng *Engine) []benchImage {
	imgs := []benchImage{{"fake", testSpec}}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if ok, err := eng.ImageExists(ctx, nodeImage); err != nil {
		b.Fatal(err)
	} else if ok {
		imgs = append(imgs, benchImage{"node-18.0", nodeSpec})
	}
	if ok, err := eng.ImageExists(ctx, pythonBenchImage); err != nil {
		b.Fatal(err)
	} else if ok {
		imgs = append(imgs, benchImage{"python-3.11", pythonBenchSpec})
	}
	// Per-runtime rows for every other interpreted runtime whose image is
	// built (go and java compile at build time: no raw-code row).
	for _, r := range benchRuntimes {
		if ok, err := eng.ImageExists(ctx, "fnflow/runtime:"+r.id); err != nil {
			b.Fatal(err)
		} else if ok {
			imgs = append(imgs, benchImage{r.id, r.spec})
		}
	}
	return imgs
}

// benchRuntime is a trivial function answering "ok" on one runtime.
type benchRuntime struct{ id, entrypoint, code string }

var benchRuntimes = []benchRuntime{
	{"node-20.0", "index.js", "module.exports = async (context) => context.res.text('ok');\n"},
	{"python-3.13", "main.py", "def main(context):\n    return context.res.text('ok')\n"},
	{"python-ml-3.11", "main.py", "def main(context):\n    return context.res.text('ok')\n"},
	{"php-8.2", "index.php", "<?php\nreturn function ($context) { return $context->res->text('ok'); };\n"},
	{"php-8.4", "index.php", "<?php\nreturn function ($context) { return $context->res->text('ok'); };\n"},
	{"ruby-3.1", "main.rb", "def main(context)\n  context.res.text('ok')\nend\n"},
	{"ruby-3.3", "main.rb", "def main(context)\n  context.res.text('ok')\nend\n"},
	{"static-1", "index.html", "ok\n"},
}

func (r benchRuntime) spec(tb testing.TB, name string) RuntimeSpec {
	tb.Helper()
	spec := testSpec(tb, name)
	if err := os.WriteFile(filepath.Join(spec.CodeDir, r.entrypoint), []byte(r.code), 0o644); err != nil {
		tb.Fatal(err)
	}
	spec.Image, spec.Entrypoint, spec.MemoryMB, spec.CPUs = "fnflow/runtime:"+r.id, r.entrypoint, 256, 1
	return spec
}

const pythonBenchImage = "fnflow/runtime:python-3.11"

// pythonBenchSpec is a trivial python function (per-runtime rows).
func pythonBenchSpec(tb testing.TB, name string) RuntimeSpec {
	tb.Helper()
	spec := testSpec(tb, name)
	code := "def main(context):\n    return context.res.text('ok')\n"
	if err := os.WriteFile(filepath.Join(spec.CodeDir, "main.py"), []byte(code), 0o644); err != nil {
		tb.Fatal(err)
	}
	spec.Image, spec.Entrypoint, spec.MemoryMB, spec.CPUs = pythonBenchImage, "main.py", 128, 1
	return spec
}

// BenchmarkColdStart: create + start + ready + first response through the
// pool, against `docker run -d` + health polling + first request.
func BenchmarkColdStart(b *testing.B) {
	eng := newTestEngine(b, "")
	for _, img := range benchImages(b, eng) {
		b.Run(img.name, func(b *testing.B) {
			p := newTestPool(b, eng, PoolOptions{})
			var pool, cli []time.Duration
			for i := range b.N {
				spec := img.spec(b, fmt.Sprintf("cold-%s-%d", img.name, i))
				began := time.Now()
				execOK(b, p, spec, Request{Method: "GET", Path: "/"})
				pool = append(pool, time.Since(began))
				if err := p.Invalidate(context.Background(), spec.DeploymentID); err != nil {
					b.Fatal(err)
				}
				cli = append(cli, cliColdStart(b, eng, spec))
			}
			report(b, "cold start", "ms", "pool", pool, "docker-cli", cli)
		})
	}
}

// BenchmarkColdStartSpare: a cold start through the pool with an idle spare
// of the image waiting (spare.go: code copy, limit update, specialization,
// first response), against `docker run -d` + health polling + first
// request. Between iterations the pool refills (not timed). Images whose
// server supports spares only: node and python.
func BenchmarkColdStartSpare(b *testing.B) {
	eng := newTestEngine(b, "")
	for _, img := range []struct {
		name, image string
	}{{"node-18.0", spareNodeImage}, {"python-3.11", sparePythonImage}} {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		ok, err := eng.ImageExists(ctx, img.image)
		cancel()
		if err != nil {
			b.Fatal(err)
		}
		if ok {
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			ok, err = eng.spareLabel(ctx, img.image)
			cancel()
		}
		if err != nil || !ok {
			continue // not built, or built before spares
		}
		b.Run(img.name, func(b *testing.B) {
			p := newTestPool(b, eng, spareOptions(img.image))
			var spare, cli []time.Duration
			for i := range b.N {
				spec := spareSpec(b, fmt.Sprintf("spare-%s-%d", img.name, i), img.image)
				waitSpare(b, p, img.image)
				began := time.Now()
				resp := execOK(b, p, spec, Request{Method: "GET", Path: "/"})
				spare = append(spare, time.Since(began))
				if resp.StatusCode != 200 {
					b.Fatalf("status %d: %s", resp.StatusCode, resp.Body)
				}
				if err := p.Invalidate(context.Background(), spec.DeploymentID); err != nil {
					b.Fatal(err)
				}
				cli = append(cli, cliColdStart(b, eng, spec))
			}
			report(b, "cold (spare)", "ms", "spare", spare, "docker-cli", cli)
		})
	}
}

// BenchmarkWarmRequest: one request through Pool.Execute against the same
// request sent directly to the same container; each iteration is 50 of each.
func BenchmarkWarmRequest(b *testing.B) {
	eng := newTestEngine(b, "")
	for _, img := range benchImages(b, eng) {
		b.Run(img.name, func(b *testing.B) {
			p := newTestPool(b, eng, PoolOptions{})
			spec := img.spec(b, "warm-"+img.name)
			execOK(b, p, spec, Request{Method: "GET", Path: "/"})
			p.mu.Lock()
			w := p.warm[spec.Key()][0]
			p.mu.Unlock()
			direct := &http.Client{Transport: newTransport()}
			defer direct.CloseIdleConnections()
			var pool, raw []time.Duration
			b.ResetTimer()
			for range b.N {
				for range 50 {
					began := time.Now()
					execOK(b, p, spec, Request{Method: "GET", Path: "/"})
					pool = append(pool, time.Since(began))
					began = time.Now()
					directGet(b, direct, w.base+"/", w.secret)
					raw = append(raw, time.Since(began))
				}
			}
			report(b, "warm request", "µs", "pool", pool, "direct", raw)
		})
	}
}

// BenchmarkMemoryPerWarmContainer reports the memory of idle warm
// containers (after one request each) as docker stats computes it: usage
// minus inactive file cache. It measures once, whatever b.N.
func BenchmarkMemoryPerWarmContainer(b *testing.B) {
	eng := newTestEngine(b, "")
	for _, img := range benchImages(b, eng) {
		b.Run(img.name, func(b *testing.B) {
			p := newTestPool(b, eng, PoolOptions{})
			const n = 5
			var ids []string
			for i := range n {
				spec := img.spec(b, fmt.Sprintf("mem-%s-%d", img.name, i))
				ids = append(ids, execOK(b, p, spec, Request{Method: "GET", Path: "/"}).ContainerID)
			}
			time.Sleep(500 * time.Millisecond)
			var ws, rss float64
			for _, id := range ids {
				w, r := containerMemory(b, eng, id)
				ws += w / n
				rss += r / n
			}
			for range b.N {
			}
			b.ReportMetric(ws, "MiB-working-set/container")
			b.ReportMetric(rss, "MiB-rss/container")
			b.Logf("\n| %-10s | warm containers | working set (MiB) | RSS (MiB) |\n| %-10s | %15d | %17.1f | %9.1f |", img.name, "", n, ws, rss)
		})
	}
}

// cliColdStart is the baseline: `docker run -d` with the same hardening and
// limits, then the same health polling and first request. A free port is
// picked first so one CLI call suffices (`-p 127.0.0.1::3000` would need a
// second, `docker port`).
func cliColdStart(b *testing.B, eng *Engine, spec RuntimeSpec) time.Duration {
	port := freePort(b)
	logs := b.TempDir()
	if err := os.Chown(logs, 65534, 65534); err != nil {
		b.Fatal(err)
	}
	secret := randomHex(32)
	args := []string{"run", "-d", "--init", "--read-only", "--tmpfs", "/tmp:" + tmpfsOptions(spec.MemoryMB, false),
		"--user", containerUser, "--cap-drop", "ALL", "--security-opt", "no-new-privileges", "--pids-limit", "256",
		"--cpus", fmt.Sprint(spec.CPUs), "--memory", fmt.Sprintf("%dm", spec.MemoryMB), "--memory-swap", fmt.Sprintf("%dm", spec.MemoryMB),
		"-p", fmt.Sprintf("127.0.0.1:%d:%d", port, RuntimePort), "--label", testRunLabel + "=" + runID,
		"-v", spec.CodeDir + ":" + CodeMountPath + ":ro", "-v", logs + ":" + LogsMountPath}
	for _, kv := range spec.containerEnv(secret) {
		args = append(args, "-e", kv)
	}
	args = append(args, spec.Image)
	began := time.Now()
	out, err := exec.Command(dockerCLI, args...).Output()
	if err != nil {
		b.Fatalf("docker run: %v", err)
	}
	id := strings.TrimSpace(string(out))
	defer func() {
		if err := eng.RemoveContainer(context.Background(), id); err != nil {
			b.Error(err)
		}
	}()
	base := fmt.Sprintf("http://127.0.0.1:%d", port)
	client := &http.Client{Transport: newTransport()}
	defer client.CloseIdleConnections()
	for poll := healthPollMin; ; poll = min(poll*2, healthPollMax) {
		resp, err := client.Get(base + healthPath)
		if err == nil {
			_, _ = io.Copy(io.Discard, resp.Body)
			_ = resp.Body.Close()
			if resp.StatusCode == 200 {
				break
			}
		}
		if time.Since(began) > 30*time.Second {
			b.Fatalf("docker run container never became healthy: %v", err)
		}
		time.Sleep(poll)
	}
	directGet(b, client, base+"/", secret)
	return time.Since(began)
}

func directGet(b *testing.B, c *http.Client, url, secret string) {
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		b.Fatal(err)
	}
	req.Header.Set(headerSecret, secret)
	req.Header.Set(headerTimeout, "15")
	req.Header.Set(headerLogging, "disabled")
	req.SetBasicAuth("opr", secret)
	resp, err := c.Do(req)
	if err != nil {
		b.Fatal(err)
	}
	defer resp.Body.Close()
	if _, err := io.Copy(io.Discard, resp.Body); err != nil || resp.StatusCode != 200 {
		b.Fatalf("direct request: %d, %v", resp.StatusCode, err)
	}
}

func freePort(b *testing.B) int {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		b.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// containerMemory returns a container's working set and RSS in MiB.
func containerMemory(b *testing.B, eng *Engine, id string) (workingSet, rss float64) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	r, err := eng.cli.ContainerStatsOneShot(ctx, id)
	if err != nil {
		b.Fatal(err)
	}
	defer r.Body.Close()
	var s struct {
		MemoryStats struct {
			Usage uint64            `json:"usage"`
			Stats map[string]uint64 `json:"stats"`
		} `json:"memory_stats"`
	}
	if err := json.NewDecoder(r.Body).Decode(&s); err != nil {
		b.Fatal(err)
	}
	m := s.MemoryStats
	inactive, ok := m.Stats["total_inactive_file"] // cgroup v1
	if !ok {
		inactive = m.Stats["inactive_file"] // cgroup v2
	}
	rssBytes, ok := m.Stats["total_rss"]
	if !ok {
		rssBytes = m.Stats["anon"]
	}
	return float64(m.Usage-min(inactive, m.Usage)) / (1 << 20), float64(rssBytes) / (1 << 20)
}

// report publishes p50/p99 of two series and their ratio, and logs a table.
func report(b *testing.B, what, unit, aName string, a []time.Duration, bName string, bs []time.Duration) {
	scale := map[string]float64{"ms": 1e6, "µs": 1e3}[unit]
	f := func(d time.Duration) float64 { return float64(d.Nanoseconds()) / scale }
	a50, a99, b50, b99 := pct(a, 0.5), pct(a, 0.99), pct(bs, 0.5), pct(bs, 0.99)
	b.ReportMetric(float64(a50.Nanoseconds()), "ns/op")
	b.ReportMetric(f(a50), aName+"-p50-"+unit)
	b.ReportMetric(f(a99), aName+"-p99-"+unit)
	b.ReportMetric(f(b50), bName+"-p50-"+unit)
	b.ReportMetric(f(b99), bName+"-p99-"+unit)
	b.ReportMetric(f(a50)/f(b50), "p50-ratio")
	b.Logf("\n| %-12s | %-10s | n | p50 (%s) | p99 (%s) |\n| %-12s | %-10s | %d | %.2f | %.2f |\n| %-12s | %-10s | %d | %.2f | %.2f |\n| %-12s | ratio      |   | %.2f | %.2f |",
		what, "path", unit, unit, what, aName, len(a), f(a50), f(a99), what, bName, len(bs), f(b50), f(b99), what, f(a50)/f(b50), f(a99)/f(b99))
}

// pct is the q-quantile (nearest rank) of ds.
func pct(ds []time.Duration, q float64) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	i := int(math.Ceil(q*float64(len(s)))) - 1
	return s[max(0, min(i, len(s)-1))]
}
