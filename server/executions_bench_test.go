package server_test

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"slices"
	"testing"
	"time"

	"github.com/fnflow/fnflow/internal/testenv"
)

const benchFn = `module.exports = async (context) => context.res.json({ ok: true, body: context.req.bodyText });`

// benchCall posts JSON to the API and returns the status and body.
func benchCall(b *testing.B, r *testenv.Running, method, path string, body any) (int, map[string]any) {
	j, _ := json.Marshal(body)
	req, _ := http.NewRequest(method, r.URL+path, bytes.NewReader(j))
	req.Header.Set("X-Appwrite-Project", r.ProjectID)
	req.Header.Set("X-Appwrite-Key", r.Key)
	req.Header.Set("Content-Type", "application/json")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		b.Fatal(err)
	}
	defer res.Body.Close()
	raw, _ := io.ReadAll(res.Body)
	var m map[string]any
	_ = json.Unmarshal(raw, &m)
	return res.StatusCode, m
}

func percentiles(d []time.Duration) (p50, p99 float64) {
	slices.Sort(d)
	at := func(q float64) float64 {
		i := min(int(q*float64(len(d))), len(d)-1)
		return float64(d[i].Microseconds()) / 1000
	}
	return at(0.50), at(0.99)
}
