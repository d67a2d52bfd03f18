package server

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/fnflow/fnflow/models"
)

// TestDecodeParamsText: bodies with invalid UTF-8 or unpaired surrogate
// escapes are refused (Go's decoder would store U+FFFD); valid text,
// surrogate pairs and a literal U+FFFD pass through unchanged.
func TestDecodeParamsText(t *testing.T) {
	const form = "application/x-www-form-urlencoded"
	for _, c := range []struct {
		body, ct string
		want     string // "" refused, else the decoded "name"
	}{
		{`{"name":"plain"}`, "application/json", "plain"},
		{`{"name":"\ud83d\ude00"}`, "application/json", "😀"},
		{`{"name":"\uD83D\uDE00"}`, "application/json", "😀"},
		{`{"name":"\ufffd"}`, "application/json", "\ufffd"},
		{"{\"name\":\"\xef\xbf\xbd\"}", "application/json", "\ufffd"},
		{`{"name":"a\\ud800"}`, "application/json", `a\ud800`},
		{`{"name":"bad` + "\xff" + `"}`, "application/json", ""},
		{`{"name":"cut` + "\xe2\x82" + `"}`, "application/json", ""},
		{"{\"name\":\"overlong \xc0\xaf\"}", "application/json", ""},
		{"{\"name\":\"surrogate \xed\xa0\x80\"}", "application/json", ""},
		{`{"name":"\udc00"}`, "application/json", ""},
		{`{"name":"\ud800"}`, "application/json", ""},
		{`{"name":"\ud800x"}`, "application/json", ""},
		{`{"name":"\ud800\n"}`, "application/json", ""},
		{`{"name":"\ud800\ud800"}`, "application/json", ""},
		{`{"\udc00":"key"}`, "application/json", ""},
		{"name=ok%20value", form, "ok value"},
		{"name=bad%FF", form, ""},
		{"bad%FF=x", form, ""},
		{"name[]=a&name[]=b", form, ""},
		{`[]`, "application/json", ""},
	} {
		p, err := decodeParams([]byte(c.body), c.ct)
		if c.want == "" {
			if err == nil {
				// Form scalars may hold any bytes (a binary execution
				// body); reading one as text refuses what is not UTF-8.
				_, err = p.text("name", true, 100, false, "")
			}
			if !models.IsCode(err, models.CodeGeneralArgumentInvalid) {
				t.Errorf("%q: want a 400, got %v", c.body, err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%q: %v", c.body, err)
			continue
		}
		if got, err := p.text("name", true, 100, false, ""); err != nil || got != c.want {
			t.Errorf("%q: name %q (%v), want %q", c.body, got, err, c.want)
		}
	}
}

// FuzzParams: the params decoder and every typed read of its fields never
// panic, fail only with a 400, and never turn input into U+FFFD.
func FuzzParams(f *testing.F) {
	for _, s := range []string{`{}`, `{"name":"x","timeout":15,"enabled":true,"execute":["any"],"headers":{"a":"b"}}`,
		`{"name":"\ud83d\ude00"}`, `{"name":"\udc00"}`, "{\"name\":\"\xff\"}", `{"headers":"{\"a\":1}"}`, `[1,2]`, `null`,
		`{"timeout":1e400}`, `{"timeout":-0.5}`, `{"async":"1"}`, `{"execute":[null]}`} {
		f.Add([]byte(s), false)
	}
	f.Add([]byte("name=a%FFb&timeout=3&x"), true)
	f.Fuzz(func(t *testing.T, body []byte, form bool) {
		ct := "application/json"
		if form {
			ct = "application/x-www-form-urlencoded"
		}
		p, err := decodeParams(body, ct)
		if err != nil {
			if !models.IsCode(err, models.CodeGeneralArgumentInvalid) {
				t.Fatalf("decode %q: %v", body, err)
			}
			return
		}
		bodyHasFFFD := bytes.Contains(body, []byte("\uFFFD")) || bytes.Contains(bytes.ToLower(body), []byte(`\ufffd`)) ||
			bytes.Contains(bytes.ToUpper(body), []byte("%EF%BF%BD"))
		check := func(what string, err error) {
			t.Helper()
			if err != nil && !models.IsCode(err, models.CodeGeneralArgumentInvalid) {
				t.Fatalf("%s of %q: %v", what, body, err)
			}
		}
		text := func(what, s string) {
			t.Helper()
			if !utf8.ValidString(s) || (!bodyHasFFFD && strings.ContainsRune(s, utf8.RuneError)) {
				t.Fatalf("%s of %q: text %q was altered", what, body, s)
			}
		}
		for name := range p.raw {
			text("key", name)
			s, err := p.text(name, true, 1<<20, true, "")
			check("text", err)
			text("text", s)
			l, err := p.textList(name, 100, 1<<20, nil)
			check("textList", err)
			for _, s := range l {
				text("textList", s)
			}
			_, err = p.integer(name, -1<<31, 1<<31, 0)
			check("integer", err)
			_, err = p.strictBool(name, false)
			check("strictBool", err)
			_, err = p.looseBool(name, false)
			check("looseBool", err)
			m, _, err := p.object(name)
			check("object", err)
			if _, err := checkExecutionHeaders(m); err != nil {
				check("headers", err)
			}
		}
	})
}
