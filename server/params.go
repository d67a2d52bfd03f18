package server

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"mime"
	"mime/multipart"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/gofiber/fiber/v2"
	"github.com/valyala/fasthttp"

	"github.com/fnflow/fnflow/models"
	"github.com/fnflow/fnflow/query"
)

// params holds a request body as raw JSON fields. Unknown fields are
// ignored, as Appwrite does, so that newer SDKs keep working. Form bodies
// (multipart/form-data and application/x-www-form-urlencoded, which
// Appwrite accepts on every route) carry text: their scalar fields are kept
// as given in form (any bytes), and typed reads accept their text forms.
type params struct {
	raw  map[string]json.RawMessage
	form map[string]string
}

func parseBody(c *fiber.Ctx) (*params, error) {
	p, err := decodeParams(c.Body(), c.Get(fiber.HeaderContentType))
	if err != nil {
		return nil, err
	}
	filterParams(c, p) // older clients' params, rewritten as Appwrite does
	return p, nil
}

// decodeParams reads a JSON object body, or a form body. JSON text must be
// valid UTF-8 (JSON escapes included: no unpaired surrogate), never
// silently replaced by U+FFFD. A JSON `[]` is no params (PHP's empty array:
// Appwrite's clients send it for calls without params).
func decodeParams(raw []byte, contentType string) (*params, error) {
	body := bytes.TrimSpace(raw)
	p := &params{raw: map[string]json.RawMessage{}}
	ct := strings.ToLower(contentType)
	switch {
	case strings.HasPrefix(ct, "application/x-www-form-urlencoded"):
		if len(body) == 0 {
			return p, nil
		}
		var args fasthttp.Args
		args.ParseBytes(body)
		var fields [][2]string
		args.VisitAll(func(k, v []byte) { fields = append(fields, [2]string{string(k), string(v)}) })
		return p, p.setForm(fields)
	case strings.HasPrefix(ct, "multipart/form-data"):
		fields, err := multipartFields(raw, contentType)
		if err != nil {
			return nil, err
		}
		return p, p.setForm(fields)
	}
	if len(body) == 0 {
		return p, nil
	}
	if i := invalidUTF8(body); i >= 0 {
		return nil, bodyInvalid(fmt.Sprintf("invalid UTF-8 at byte %d", i))
	}
	if body[0] == '[' {
		var l []json.RawMessage
		if json.Unmarshal(body, &l) == nil && len(l) == 0 {
			return p, nil
		}
	}
	if err := json.Unmarshal(body, &p.raw); err != nil {
		return nil, bodyInvalid(jsonProblem(err))
	}
	if unpairedSurrogate(body) {
		return nil, bodyInvalid("a \\u escape is an unpaired UTF-16 surrogate")
	}
	return p, nil
}

// multipartFields reads every part of a multipart/form-data body, in
// order, as name and bytes (file parts included: their content).
func multipartFields(raw []byte, contentType string) ([][2]string, error) {
	_, mp, err := mime.ParseMediaType(contentType)
	if err != nil || mp["boundary"] == "" {
		return nil, models.Errorf(models.CodeGeneralArgumentInvalid, "Invalid request body: a multipart/form-data body needs a boundary.")
	}
	r := multipart.NewReader(bytes.NewReader(raw), mp["boundary"])
	var out [][2]string
	for {
		part, err := r.NextRawPart()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return nil, models.Errorf(models.CodeGeneralArgumentInvalid, "Invalid request body: malformed multipart/form-data body.")
		}
		b, err := io.ReadAll(part)
		if err != nil {
			return nil, models.Errorf(models.CodeGeneralArgumentInvalid, "Invalid request body: malformed multipart/form-data body.")
		}
		if name := part.FormName(); name != "" {
			out = append(out, [2]string{name, string(b)})
		}
	}
}

// setForm stores form fields the way PHP reads them: `a[]=x` and `a[0]=x`
// build a list, `a[k]=x` an object, anything else is a scalar (the last
// one wins). Names and the values inside lists and objects must be UTF-8;
// scalars may hold any bytes (a binary execution body).
func (p *params) setForm(fields [][2]string) error {
	p.form = map[string]string{}
	lists := map[string][]string{}
	objects := map[string]map[string]string{}
	var order []string
	seen := map[string]bool{}
	for _, kv := range fields {
		k, v := kv[0], kv[1]
		if !utf8.ValidString(k) {
			return formNotUTF8()
		}
		base, sub, bracket := strings.Cut(k, "[")
		if bracket && strings.HasSuffix(sub, "]") && base != "" && !strings.ContainsAny(sub[:len(sub)-1], "[]") {
			if !utf8.ValidString(v) {
				return formNotUTF8()
			}
			key := sub[:len(sub)-1]
			if _, err := strconv.ParseUint(key, 10, 32); key == "" || err == nil {
				lists[base] = append(lists[base], v)
			} else {
				if objects[base] == nil {
					objects[base] = map[string]string{}
				}
				objects[base][key] = v
			}
			if !seen[base] {
				seen[base] = true
				order = append(order, base)
			}
			continue
		}
		p.form[k] = v
		if utf8.ValidString(v) {
			b, _ := json.Marshal(v)
			p.raw[k] = b
		} else {
			p.raw[k] = json.RawMessage(`""`) // read through p.form
		}
	}
	for _, base := range order {
		var b []byte
		if l, ok := lists[base]; ok && objects[base] == nil {
			b, _ = json.Marshal(l)
		} else {
			m := objects[base]
			if m == nil {
				m = map[string]string{}
			}
			for i, v := range lists[base] {
				m[strconv.Itoa(i)] = v
			}
			b, _ = json.Marshal(m)
		}
		delete(p.form, base)
		p.raw[base] = b
	}
	return nil
}

func formNotUTF8() error {
	return models.Errorf(models.CodeGeneralArgumentInvalid, "Invalid request body: the form fields must be valid UTF-8.")
}

// formValue is a scalar form field as sent.
func (p *params) formValue(name string) (string, bool) {
	v, ok := p.form[name]
	return v, ok
}

func bodyInvalid(problem string) error {
	return models.Errorf(models.CodeGeneralArgumentInvalid, "Invalid request body: the body must be a JSON object (%s).", problem)
}

// invalidUTF8 is the offset of the first byte that is not valid UTF-8, or -1.
func invalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return -1
}

// unpairedSurrogate reports whether a string in syntactically valid JSON
// holds a \uD800-\uDFFF escape that is not a high-low surrogate pair
// (Go would decode it as U+FFFD).
func unpairedSurrogate(b []byte) bool {
	in := false
	for i := 0; i < len(b); i++ {
		c := b[i]
		if !in {
			in = c == '"'
			continue
		}
		switch c {
		case '"':
			in = false
		case '\\':
			if i+5 >= len(b) || b[i+1] != 'u' {
				i++ // the escaped character
				continue
			}
			r := hex4(b[i+2 : i+6])
			switch {
			case r >= 0xD800 && r < 0xDC00:
				if i+11 >= len(b) || b[i+6] != '\\' || b[i+7] != 'u' {
					return true
				}
				if lo := hex4(b[i+8 : i+12]); lo < 0xDC00 || lo > 0xDFFF {
					return true
				}
				i += 11
			case r >= 0xDC00 && r <= 0xDFFF:
				return true
			default:
				i += 5
			}
		}
	}
	return false
}

// hex4 reads four hex digits (-1 when they are not).
func hex4(b []byte) int {
	v := 0
	for _, c := range b {
		switch {
		case c >= '0' && c <= '9':
			v = v*16 + int(c-'0')
		case c >= 'a' && c <= 'f':
			v = v*16 + int(c-'a') + 10
		case c >= 'A' && c <= 'F':
			v = v*16 + int(c-'A') + 10
		default:
			return -1
		}
	}
	return v
}

func jsonProblem(err error) string {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case asErr(err, &se):
		return fmt.Sprintf("syntax error at byte %d", se.Offset)
	case asErr(err, &te):
		return "got " + te.Value
	}
	return "malformed JSON"
}

func asErr[T error](err error, target *T) bool {
	e, ok := err.(T)
	if ok {
		*target = e
	}
	return ok
}

// has reports whether the field is present and not null.
func (p *params) has(name string) bool {
	v, ok := p.raw[name]
	return ok && string(v) != "null"
}

func notOptional(name string) error {
	return models.Errorf(models.CodeGeneralArgumentInvalid, "Param \"%s\" is not optional.", name)
}

func invalid(name, desc string) error {
	return models.Errorf(models.CodeGeneralArgumentInvalid, "Invalid `%s` param: %s", name, desc)
}

// presence says whether a param must be sent.
type presence bool

const (
	optional presence = false
	required presence = true
)

// emptiness says whether a text param may be the empty string.
type emptiness bool

const (
	nonEmpty emptiness = false
	emptyOK  emptiness = true
)

// text reads a string of 1..max characters (0..max when emptyOK); an
// optional param that is not sent is def.
func (p *params) text(name string, need presence, max int, empty emptiness, def string) (string, error) {
	allowEmpty := empty == emptyOK
	if !p.has(name) {
		if need == required {
			return "", notOptional(name)
		}
		return def, nil
	}
	var s string
	min := 1
	if allowEmpty {
		min = 0
	}
	desc := textDescription(min, max)
	if fv, ok := p.formValue(name); ok {
		if !utf8.ValidString(fv) {
			return "", invalid(name, desc)
		}
		s = fv
	} else if err := json.Unmarshal(p.raw[name], &s); err != nil {
		return "", invalid(name, desc)
	}
	n := utf8.RuneCountInString(s)
	if n > max || (n == 0 && !allowEmpty) {
		return "", invalid(name, desc)
	}
	return s, nil
}

// textDescription is Utopia's Text validator description.
func textDescription(min, max int) string {
	if min == 0 {
		return fmt.Sprintf("Value must be a valid string and no longer than %d chars", max)
	}
	return fmt.Sprintf("Value must be a valid string and at least %d chars and no longer than %d chars", min, max)
}

// binaryText reads a text param that may hold any bytes when it comes
// from a form body (an execution body); JSON bodies carry UTF-8 text only.
// max counts bytes for form values, characters otherwise.
func (p *params) binaryText(name string, max int, def string) (string, error) {
	if fv, ok := p.formValue(name); ok {
		if len(fv) > max {
			return "", invalid(name, textDescription(0, max))
		}
		return fv, nil
	}
	return p.text(name, optional, max, emptyOK, def)
}

// strictBool reads a JSON boolean (in a form body: "true" or "false").
func (p *params) strictBool(name string, def bool) (bool, error) {
	if !p.has(name) {
		return def, nil
	}
	if fv, ok := p.formValue(name); ok {
		switch strings.ToLower(fv) {
		case "true", "1":
			return true, nil
		case "false", "0":
			return false, nil
		}
		return false, invalid(name, "Value must be a valid boolean")
	}
	var b bool
	if err := json.Unmarshal(p.raw[name], &b); err != nil {
		return false, invalid(name, "Value must be a valid boolean")
	}
	return b, nil
}

// looseBool reads true/false, "true"/"false", "1"/"0" or 1/0.
func (p *params) looseBool(name string, def bool) (bool, error) {
	if !p.has(name) {
		return def, nil
	}
	var v any
	if err := json.Unmarshal(p.raw[name], &v); err != nil {
		return false, invalid(name, "Value must be a valid boolean")
	}
	b, ok := query.ParseLooseBool(v)
	if !ok {
		return false, invalid(name, "Value must be a valid boolean")
	}
	return b, nil
}

// integer reads an integer within [min, max].
func (p *params) integer(name string, min, max int, def int) (int, error) {
	if !p.has(name) {
		return def, nil
	}
	var f float64
	desc := fmt.Sprintf("Value must be a valid range between %s and %s", commas(min), commas(max))
	raw := p.raw[name]
	if fv, ok := p.formValue(name); ok {
		raw = json.RawMessage(strings.TrimSpace(fv)) // a form sends numbers as text
	}
	if err := json.Unmarshal(raw, &f); err != nil || f != math.Trunc(f) || f < float64(min) || f > float64(max) {
		return 0, invalid(name, desc)
	}
	return int(f), nil
}

// textList reads an array of at most maxItems strings of 1..maxLen characters.
func (p *params) textList(name string, maxItems, maxLen int, def []string) ([]string, error) {
	if !p.has(name) {
		return def, nil
	}
	var l []string
	desc := fmt.Sprintf("Value must a valid array no longer than %d items and String must be a valid string and at least 1 chars and no longer than %d chars", maxItems, maxLen)
	if err := json.Unmarshal(p.raw[name], &l); err != nil || len(l) > maxItems {
		return nil, invalid(name, desc)
	}
	for _, s := range l {
		if n := utf8.RuneCountInString(s); n == 0 || n > maxLen {
			return nil, invalid(name, desc)
		}
	}
	if l == nil {
		l = []string{}
	}
	return l, nil
}

// object reads a JSON object of string values, or a JSON string holding one.
func (p *params) object(name string) (map[string]any, bool, error) {
	if !p.has(name) {
		return nil, false, nil
	}
	raw := p.raw[name]
	var s string
	if l := bytes.TrimSpace(raw); len(l) > 0 && l[0] == '[' {
		var items []json.RawMessage
		if json.Unmarshal(l, &items) == nil && len(items) == 0 {
			return map[string]any{}, true, nil // PHP's empty array: an empty map
		}
	}
	if json.Unmarshal(raw, &s) == nil {
		raw = []byte(s)
		if strings.TrimSpace(s) == "" {
			return map[string]any{}, true, nil
		}
	}
	var m map[string]any
	if err := json.Unmarshal(raw, &m); err != nil || m == nil {
		return nil, false, invalid(name, "Value must be a valid object.")
	}
	return m, true, nil
}

func commas(n int) string {
	s := fmt.Sprint(n)
	if n < 0 {
		return s
	}
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return b.String()
}
