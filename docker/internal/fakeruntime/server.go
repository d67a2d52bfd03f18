package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

func serve(addr string) error {
	secret := os.Getenv("OPEN_RUNTIMES_SECRET")
	mux := http.NewServeMux()
	mux.HandleFunc("/__opr/health", func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.WriteString(w, "OK")
	})
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("x-open-runtimes-secret") != secret || secret == "" {
			http.Error(w, `Unauthorized. Provide correct "x-open-runtimes-secret" header.`, http.StatusInternalServerError)
			return
		}
		handle(w, r)
	})
	fmt.Println("fakeruntime: listening on", addr)
	return http.ListenAndServe(addr, mux)
}

func handle(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	n := 0
	for _, k := range []string{"ms", "mb", "code", "bytes"} {
		if v := q.Get(k); v != "" {
			n, _ = strconv.Atoi(v)
		}
	}
	switch r.URL.Path {
	case "/sleep":
		time.Sleep(time.Duration(n) * time.Millisecond)
		_, _ = io.WriteString(w, "slept")
	case "/spin":
		spin(time.Duration(n) * time.Millisecond)
		_, _ = io.WriteString(w, "spun")
	case "/exit":
		os.Exit(n)
	case "/alloc":
		b := make([]byte, n<<20)
		for i := 0; i < len(b); i += 4096 {
			b[i] = 1
		}
		_, _ = fmt.Fprintf(w, "allocated %d MB", len(b)>>20)
	case "/write":
		if err := os.WriteFile(q.Get("path"), []byte("x"), 0o644); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		_, _ = io.WriteString(w, "ok")
	case "/read":
		b, err := os.ReadFile(q.Get("path"))
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		_, _ = w.Write(b)
	case "/env":
		_, _ = io.WriteString(w, os.Getenv(q.Get("name")))
	case "/log":
		writeLogs(w, r, q.Get("text"))
	case "/fill":
		fill(w, q.Get("path"), n)
	case "/big":
		_, _ = w.Write([]byte(strings.Repeat("a", n)))
	case "/status":
		w.Header().Set("x-custom", "yes")
		w.Header().Set("x-open-runtimes-internal", "hidden")
		w.WriteHeader(n)
		_, _ = io.WriteString(w, "status")
	default:
		echo(w, r)
	}
}

func spin(d time.Duration) {
	end := time.Now().Add(d)
	for x := 0; d == 0 || time.Now().Before(end); x++ {
		_ = x * x
	}
}

func echo(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	headers := map[string]string{}
	for k, v := range r.Header {
		headers[strings.ToLower(k)] = strings.Join(v, ",")
	}
	headers["host"] = r.Host
	w.Header().Set("content-type", "application/json")
	_ = json.NewEncoder(w).Encode(map[string]any{
		"method": r.Method, "url": r.URL.RequestURI(), "headers": headers, "body": string(body),
	})
}

// writeLogs mimics the runtime's log files: <id>_logs.log and
// <id>_errors.log in /mnt/logs, where id is the request's
// x-open-runtimes-log-id (Open Runtimes v5), or one of its own without it.
// The id is answered in the same header, URL-encoded. Hostile knobs:
// kind=symlink&target=P makes the logs file a symlink to P, kind=fifo a
// named pipe; answer=X answers X as the log id instead.
func writeLogs(w http.ResponseWriter, r *http.Request, text string) {
	if r.Header.Get("x-open-runtimes-logging") != "enabled" {
		_, _ = io.WriteString(w, "logging disabled")
		return
	}
	q := r.URL.Query()
	id := r.Header.Get("x-open-runtimes-log-id")
	if id == "" {
		id = fmt.Sprintf("%d log", time.Now().UnixNano())
	}
	logs := filepath.Join("/mnt/logs", id+"_logs.log")
	var err error
	switch q.Get("kind") {
	case "symlink":
		err = os.Symlink(q.Get("target"), logs)
	case "fifo":
		err = syscall.Mkfifo(logs, 0o644)
	default:
		err = os.WriteFile(logs, []byte(text), 0o644)
	}
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	if err := os.WriteFile(filepath.Join("/mnt/logs", id+"_errors.log"), []byte("err:"+text), 0o644); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	if a, ok := q["answer"]; ok {
		id = a[0]
	}
	w.Header().Set("x-open-runtimes-log-id", url.QueryEscape(id))
	_, _ = io.WriteString(w, "logged")
}

// fill writes up to mb MiB to path and answers how many bytes it wrote and
// the error that stopped it.
func fill(w http.ResponseWriter, path string, mb int) {
	f, err := os.Create(path)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	defer f.Close()
	buf := make([]byte, 1<<20)
	n := 0
	for i := 0; i < mb && err == nil; i++ {
		var k int
		k, err = f.Write(buf)
		n += k
	}
	if err == nil {
		err = f.Sync()
	}
	_, _ = fmt.Fprintf(w, "wrote %d: %v", n, err)
}
