package server_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/fnflow/fnflow/internal/testenv"
	"github.com/fnflow/fnflow/runtimes"
)

// benchDeploy uploads archive with commands and returns the time from
// upload to ready and the build logs.
func benchDeploy(b *testing.B, r *testenv.Running, fid, commands string, archive []byte) (time.Duration, string) {
	ct, body := multipartBody(b, []formField{{"activate", "true"}, {"commands", commands}}, "code.tar.gz", archive)
	began := time.Now()
	req, _ := http.NewRequest("POST", r.URL+"/v1/functions/"+fid+"/deployments", bytes.NewReader(body))
	req.Header.Set("X-Appwrite-Project", r.ProjectID)
	req.Header.Set("X-Appwrite-Key", r.Key)
	req.Header.Set("Content-Type", ct)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		b.Fatal(err)
	}
	raw, _ := io.ReadAll(res.Body)
	res.Body.Close()
	var m map[string]any
	if err := json.Unmarshal(raw, &m); err != nil || res.StatusCode != 202 {
		b.Fatalf("upload: %d %s", res.StatusCode, raw)
	}
	did, _ := m["$id"].(string)
	for deadline := time.Now().Add(4 * time.Minute); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		_, d := benchCall(b, r, "GET", "/v1/functions/"+fid+"/deployments/"+did, nil)
		switch d["status"] {
		case "ready":
			logs, _ := d["buildLogs"].(string)
			return time.Since(began), logs
		case "failed", "canceled":
			b.Fatalf("build %v: %v", d["status"], d["buildLogs"])
		}
	}
	b.Fatalf("build %s not ready after 4 minutes", did)
	return 0, ""
}

// BenchmarkBuildCache: upload → ready of a deployment whose dependency is
// installed by npm / pip from a package in the archive, uncached (a new
// function) and cached (the same function, same manifest, again). Reports
// both and cached/uncached.
//
// go test ./server/ -run '^$' -bench BuildCache -benchtime 3x
func BenchmarkBuildCache(b *testing.B) {
	r := testenv.StartApp(b, testenv.AppOptions{Temporal: temporal})
	for _, id := range []string{"node-18.0", "python-3.11"} {
		b.Run(id, func(b *testing.B) {
			requireImages(b, runtimes.ImagePrefix+":"+id)
			def, _ := runtimes.Lookup(id)
			entry, commands, archive := depsSource(b, def.Key)
			var uncached, cached time.Duration
			for i := 0; i < b.N; i++ {
				fid := fmt.Sprintf("bench-cache-%s-%d-%d", strings.ReplaceAll(id, ".", "-"), time.Now().UnixNano()%1e9, i)
				if st, m := benchCall(b, r, "POST", "/v1/functions", map[string]any{"functionId": fid, "name": fid,
					"runtime": id, "entrypoint": entry, "commands": commands, "execute": []string{"any"}}); st != 201 {
					b.Fatalf("create function: %d %v", st, m)
				}
				d, logs := benchDeploy(b, r, fid, commands, archive)
				if strings.Contains(logs, "from the build cache") {
					b.Fatalf("first build used a cache:\n%s", logs)
				}
				uncached += d
				d, logs = benchDeploy(b, r, fid, commands, archive)
				if !strings.Contains(logs, "from the build cache") {
					b.Fatalf("second build without the cache:\n%s", logs)
				}
				cached += d
			}
			b.ReportMetric(float64(uncached.Milliseconds())/float64(b.N), "ms/uncached-build")
			b.ReportMetric(float64(cached.Milliseconds())/float64(b.N), "ms/cached-build")
			b.ReportMetric(float64(cached)/float64(uncached), "cached/uncached")
			b.ReportMetric(0, "ns/op")
		})
	}
}
