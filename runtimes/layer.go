package runtimes

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"io"
	"maps"
	"slices"
	"time"

	"github.com/docker/docker/api/types/container"
)

// buildLayer adds the runtime server to the base image in one layer:
// create a container from the base, copy the server files in, run the
// prepare command if the language has one, commit with the image settings.
//
// One commit instead of a Dockerfile build: the legacy builder commits
// every instruction, which costs about a second each on this engine's
// fuse-overlayfs (8-11 s per image, against 1-3 s here).
func (s *buildSession) buildLayer(ctx context.Context, d Definition, hash string) error {
	start := time.Now()
	recipe, err := serverLayer(d)
	if err != nil {
		return err
	}
	files, err := ServerFiles(ServerKey(d.Key))
	if err != nil {
		return err
	}
	var archive bytes.Buffer
	var tarFiles []memFile
	for _, name := range slices.Sorted(maps.Keys(files)) {
		tarFiles = append(tarFiles, memFile{Name: name, Mode: 0o644, Data: files[name]})
	}
	if err := writeFiles(&archive, tarFiles); err != nil {
		return err
	}

	ctx, cancel := context.WithTimeout(ctx, layerTimeout)
	defer cancel()
	api := s.b.Images
	cfg := &container.Config{Image: recipe.Base, User: "0:0", WorkingDir: "/", Cmd: recipe.Prepare, NetworkDisabled: true}
	if len(cfg.Cmd) == 0 {
		cfg.Cmd = []string{"true"} // never started
	}
	created, err := api.ContainerCreate(ctx, cfg, &container.HostConfig{NetworkMode: "none"}, nil, nil, "fnflow-layer-"+d.ID+"-"+randomHex(4))
	if err != nil {
		return fmt.Errorf("creating the layer container from %s: %w", recipe.Base, err)
	}
	defer func() {
		rctx, rcancel := context.WithTimeout(context.WithoutCancel(ctx), removeTimeout)
		defer rcancel()
		_ = api.ContainerRemove(rctx, created.ID, container.RemoveOptions{Force: true})
	}()
	if err := api.CopyToContainer(ctx, created.ID, ServerDir, &archive, container.CopyToContainerOptions{}); err != nil {
		return fmt.Errorf("copying the runtime server into the layer container: %w", err)
	}
	if len(recipe.Prepare) > 0 {
		if err := s.runPrepare(ctx, created.ID); err != nil {
			return err
		}
	}
	changes := append(slices.Clone(recipe.Changes),
		fmt.Sprintf("LABEL %s=%q", LabelRuntimeID, d.ID),
		fmt.Sprintf("LABEL %s=%q", LabelRuntimeHash, hash),
		fmt.Sprintf("LABEL %s=%q", LabelBaseHash, BaseHash(d)),
	)
	if _, err := api.ContainerCommit(ctx, created.ID, container.CommitOptions{Reference: d.Image, Changes: changes, Comment: "fnflow runtime server"}); err != nil {
		return fmt.Errorf("committing %s: %w", d.Image, err)
	}
	fmt.Fprintf(s.out, "[%s]   server layer: %s (%s)\n", d.ID, d.Image, since(start))
	return nil
}

func (s *buildSession) runPrepare(ctx context.Context, id string) error {
	api := s.b.Images
	waitC, errC := api.ContainerWait(ctx, id, container.WaitConditionNextExit)
	if err := api.ContainerStart(ctx, id, container.StartOptions{}); err != nil {
		return fmt.Errorf("starting the layer container: %w", err)
	}
	select {
	case res := <-waitC:
		if res.StatusCode != 0 || res.Error != nil {
			return fmt.Errorf("preparing the server layer failed (exit code %d): %s", res.StatusCode, s.containerOutput(ctx, id))
		}
		return nil
	case err := <-errC:
		return fmt.Errorf("waiting for the layer container: %w", err)
	}
}

func (s *buildSession) containerOutput(ctx context.Context, id string) string {
	r, err := s.b.Images.ContainerLogs(ctx, id, container.LogsOptions{ShowStdout: true, ShowStderr: true})
	if err != nil {
		return err.Error()
	}
	defer r.Close()
	b, _ := io.ReadAll(io.LimitReader(r, 64<<10))
	return tail(string(b), 20)
}

func randomHex(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}
