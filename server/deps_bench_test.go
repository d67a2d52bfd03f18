package server_test

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/base64"
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

// heavyDepsSource is depsSource with n packages of files files each (a
// dependency tree of a real function's size, all shipped in the archive).
func heavyDepsSource(b *testing.B, key string, n, files int) (entry, commands string, archive []byte) {
	var es []tarEntry
	var deps, reqs []string
	for i := 0; i < n; i++ {
		name := fmt.Sprintf("benchdep%d", i)
		if key == "node" {
			var buf bytes.Buffer
			zw := gzip.NewWriter(&buf)
			tw := tar.NewWriter(zw)
			add := func(p, body string) {
				tw.WriteHeader(&tar.Header{Name: "package/" + p, Mode: 0o644, Size: int64(len(body)), Typeflag: tar.TypeReg})
				tw.Write([]byte(body))
			}
			add("package.json", fmt.Sprintf(`{"name":%q,"version":"1.0.0","main":"index.js"}`, name))
			add("index.js", "module.exports = () => 'ok';\n")
			for f := 0; f < files; f++ {
				add(fmt.Sprintf("lib/f%d.js", f), strings.Repeat("// filler line of a dependency file\n", 40))
			}
			tw.Close()
			zw.Close()
			es = append(es, tarEntry{name: name + "-1.0.0.tgz", body: buf.String()})
			deps = append(deps, fmt.Sprintf(`%q:"file:./%s-1.0.0.tgz"`, name, name))
			continue
		}
		var buf bytes.Buffer
		zw := zip.NewWriter(&buf)
		info := name + "-1.0.0.dist-info/"
		var record strings.Builder
		add := func(p, body string) {
			w, _ := zw.Create(p)
			w.Write([]byte(body))
			sum := sha256.Sum256([]byte(body))
			fmt.Fprintf(&record, "%s,sha256=%s,%d\n", p, base64.RawURLEncoding.EncodeToString(sum[:]), len(body))
		}
		add(name+"/__init__.py", "def hello():\n    return 'ok'\n")
		for f := 0; f < files; f++ {
			add(fmt.Sprintf("%s/f%d.py", name, f), strings.Repeat("# filler line of a dependency file\n", 40))
		}
		add(info+"METADATA", "Metadata-Version: 2.1\nName: "+name+"\nVersion: 1.0.0\n")
		add(info+"WHEEL", "Wheel-Version: 1.0\nGenerator: fnflow-bench\nRoot-Is-Purelib: true\nTag: py3-none-any\n")
		record.WriteString(info + "RECORD,,\n")
		w, _ := zw.Create(info + "RECORD")
		w.Write([]byte(record.String()))
		zw.Close()
		es = append(es, tarEntry{name: "wheels/" + name + "-1.0.0-py3-none-any.whl", body: buf.String()})
		reqs = append(reqs, name+"==1.0.0")
	}
	if key == "node" {
		es = append(es, tarEntry{name: "package.json", body: `{"name":"fn","version":"1.0.0","dependencies":{` + strings.Join(deps, ",") + `}}`},
			tarEntry{name: "index.js", body: "module.exports = async ({ res }) => res.send(require('benchdep0')());\n"})
		return "index.js", "npm install --offline --no-audit", targz(b, gzip.DefaultCompression, 0, es...)
	}
	es = append(es, tarEntry{name: "requirements.txt", body: strings.Join(reqs, "\n") + "\n"},
		tarEntry{name: "main.py", body: "import benchdep0\n\n\ndef main(context):\n    return context.res.text(benchdep0.hello())\n"})
	return "main.py", "pip install --no-index --find-links ./wheels -r requirements.txt", targz(b, gzip.DefaultCompression, 0, es...)
}

// BenchmarkBuildCache: upload → ready of a deployment whose dependencies
// (8 packages of 150 files) are installed by npm / pip from packages in
// the archive, uncached (a new function) and cached (the same function,
// same manifest, again). Reports both and cached/uncached.
//
// go test ./server/ -run '^$' -bench BuildCache -benchtime 3x
func BenchmarkBuildCache(b *testing.B) {
	r := testenv.StartApp(b, testenv.AppOptions{Temporal: temporal})
	for _, id := range []string{"node-18.0", "python-3.11"} {
		b.Run(id, func(b *testing.B) {
			requireImages(b, runtimes.ImagePrefix+":"+id)
			def, _ := runtimes.Lookup(id)
			entry, commands, archive := heavyDepsSource(b, def.Key, 8, 150)
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
