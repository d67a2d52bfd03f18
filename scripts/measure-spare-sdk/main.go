// Command measure-spare-sdk times, through the Engine API as the worker would
// call it, a cold start as the pool does it today (create, start, healthy,
// first request) against specializing a pre-started code-less container
// (CopyToContainer into its tmpfs-backed code volume, ContainerUpdate of its
// limits, first request). The design measurement for issue 12 (the spare pool
// is built since: docker/spare.go); see BENCHMARKS.md. It removes every container it starts.
//
//	go run ./scripts/measure-spare-sdk [-image fnflow/runtime:node-18.0] [-rounds 7]
package main

import (
	"archive/tar"
	"bytes"
	"context"
	"flag"
	"fmt"
	"log"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/docker/docker/api/types/container"
	"github.com/docker/docker/api/types/mount"
	"github.com/docker/docker/client"
	"github.com/docker/go-connections/nat"
)

const (
	codeDir = "/usr/local/server/src/function"
	label   = "fnflow-measure-spare"
	source  = "module.exports = async (context) => context.res.text('ok');\n"
)

var port = nat.Port("3000/tcp")

func main() {
	image := flag.String("image", "fnflow/runtime:node-18.0", "runtime image (node entrypoint index.js)")
	rounds := flag.Int("rounds", 7, "rounds")
	flag.Parse()
	if err := run(*image, *rounds); err != nil {
		log.Fatal(err)
	}
}

func run(image string, rounds int) error {
	ctx := context.Background()
	cli, err := client.NewClientWithOpts(client.FromEnv, client.WithAPIVersionNegotiation())
	if err != nil {
		return err
	}
	defer cli.Close()
	host, err := os.MkdirTemp("", "measure-spare")
	if err != nil {
		return err
	}
	defer os.RemoveAll(host)
	if err := os.Chmod(host, 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(host, "index.js"), []byte(source), 0o644); err != nil {
		return err
	}
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	if err := tw.WriteHeader(&tar.Header{Name: "index.js", Mode: 0o644, Size: int64(len(source)), Uid: 1000, Gid: 1000}); err != nil {
		return err
	}
	if _, err := tw.Write([]byte(source)); err != nil {
		return err
	}
	if err := tw.Close(); err != nil {
		return err
	}
	m := measurer{cli: cli, host: host}
	defer m.removeAll()
	var cold, spare []time.Duration
	for i := 0; i < rounds; i++ {
		t0 := time.Now()
		id, p, err := m.start(ctx, image, false)
		if err != nil {
			return err
		}
		if err := call(p); err != nil {
			return err
		}
		cold = append(cold, time.Since(t0))
		m.remove(id)

		id, p, err = m.start(ctx, image, true)
		if err != nil {
			return err
		}
		s0 := time.Now()
		if err := cli.CopyToContainer(ctx, id, codeDir, bytes.NewReader(buf.Bytes()), container.CopyToContainerOptions{}); err != nil {
			return err
		}
		copied := time.Since(s0)
		if _, err := cli.ContainerUpdate(ctx, id, container.UpdateConfig{Resources: container.Resources{
			Memory: 256 << 20, MemorySwap: 256 << 20, NanoCPUs: 5e8}}); err != nil {
			return err
		}
		updated := time.Since(s0)
		if err := call(p); err != nil {
			return err
		}
		spare = append(spare, time.Since(s0))
		m.remove(id)
		fmt.Printf("cold %v | spare: copy %v, update %v, total %v\n", cold[i].Round(time.Millisecond),
			copied.Round(time.Millisecond), (updated - copied).Round(time.Millisecond), spare[i].Round(time.Millisecond))
	}
	c, s := median(cold), median(spare)
	fmt.Printf("p50 cold %v, spare %v: %.2f×\n", c.Round(time.Millisecond), s.Round(time.Millisecond), float64(s)/float64(c))
	return nil
}

type measurer struct {
	cli  *client.Client
	host string
	ids  []string
}

// start creates and starts a hardened runtime container and waits for its
// health answer: with the code bind-mounted read-only (today's cold start)
// or, for a spare, with an empty size-capped tmpfs-backed volume instead.
func (m *measurer) start(ctx context.Context, image string, spare bool) (string, string, error) {
	init, pids := true, int64(100)
	cfg := &container.Config{Image: image, User: "1000:1000", Labels: map[string]string{label: "go"},
		Env: []string{"OPEN_RUNTIMES_SECRET=s", "OPEN_RUNTIMES_ENTRYPOINT=index.js"}, ExposedPorts: nat.PortSet{port: {}}}
	hc := &container.HostConfig{ReadonlyRootfs: true, Tmpfs: map[string]string{"/tmp": "size=64m"}, CapDrop: []string{"ALL"},
		SecurityOpt: []string{"no-new-privileges"}, Init: &init, PortBindings: nat.PortMap{port: {{HostIP: "127.0.0.1"}}},
		Resources: container.Resources{Memory: 128 << 20, MemorySwap: 128 << 20, NanoCPUs: 1e9, PidsLimit: &pids}}
	code := mount.Mount{Type: mount.TypeBind, Source: m.host, Target: codeDir, ReadOnly: true}
	if spare {
		code = mount.Mount{Type: mount.TypeVolume, Target: codeDir, VolumeOptions: &mount.VolumeOptions{NoCopy: true,
			DriverConfig: &mount.Driver{Name: "local", Options: map[string]string{"type": "tmpfs", "device": "tmpfs", "o": "size=64m,uid=1000,gid=1000"}}}}
	}
	hc.Mounts = []mount.Mount{code}
	r, err := m.cli.ContainerCreate(ctx, cfg, hc, nil, nil, "")
	if err != nil {
		return "", "", err
	}
	m.ids = append(m.ids, r.ID)
	if err := m.cli.ContainerStart(ctx, r.ID, container.StartOptions{}); err != nil {
		return "", "", err
	}
	j, err := m.cli.ContainerInspect(ctx, r.ID)
	if err != nil {
		return "", "", err
	}
	if len(j.NetworkSettings.Ports[port]) == 0 {
		return "", "", fmt.Errorf("container %s has no published port", r.ID)
	}
	p := j.NetworkSettings.Ports[port][0].HostPort
	deadline := time.Now().Add(30 * time.Second)
	for {
		hr, err := http.Get("http://127.0.0.1:" + p + "/__opr/health")
		if err == nil {
			hr.Body.Close()
			if hr.StatusCode == http.StatusOK {
				return j.ID, p, nil
			}
		}
		if time.Now().After(deadline) {
			return "", "", fmt.Errorf("container %s not healthy after 30 s", r.ID)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func (m *measurer) remove(id string) {
	if err := m.cli.ContainerRemove(context.Background(), id, container.RemoveOptions{Force: true, RemoveVolumes: true}); err != nil {
		log.Printf("remove %s: %v", id, err)
	}
}

func (m *measurer) removeAll() {
	for _, id := range m.ids {
		_ = m.cli.ContainerRemove(context.Background(), id, container.RemoveOptions{Force: true, RemoveVolumes: true})
	}
}

func call(p string) error {
	rq, err := http.NewRequest(http.MethodGet, "http://127.0.0.1:"+p+"/", nil)
	if err != nil {
		return err
	}
	rq.Header.Set("x-open-runtimes-secret", "s")
	r, err := http.DefaultClient.Do(rq)
	if err != nil {
		return err
	}
	r.Body.Close()
	if r.StatusCode != http.StatusOK {
		return fmt.Errorf("first request: status %d", r.StatusCode)
	}
	return nil
}

func median(ds []time.Duration) time.Duration {
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	return s[len(s)/2]
}
