package server

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"strings"
	"unicode/utf8"

	"github.com/gofiber/fiber/v2"

	"github.com/fnflow/fnflow/models"
)

// params holds a JSON request body as raw fields. Unknown fields are ignored,
// as Appwrite does, so that newer SDKs keep working.
type params struct {
	raw map[string]json.RawMessage
}

func parseBody(c *fiber.Ctx) (*params, error) {
	body := bytes.TrimSpace(c.Body())
	p := &params{raw: map[string]json.RawMessage{}}
	if len(body) == 0 {
		return p, nil
	}
	ct := strings.ToLower(c.Get(fiber.HeaderContentType))
	if strings.HasPrefix(ct, "application/x-www-form-urlencoded") {
		// Form bodies carry strings only; typed checks below reject what doesn't fit.
		c.Request().PostArgs().VisitAll(func(k, v []byte) {
			b, _ := json.Marshal(string(v))
			p.raw[string(k)] = b
		})
		return p, nil
	}
	if err := json.Unmarshal(body, &p.raw); err != nil {
		return nil, models.Errorf(models.CodeGeneralArgumentInvalid, "Invalid request body: the body must be a JSON object (%s).", jsonProblem(err))
	}
	return p, nil
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

// text reads a string of 1..max characters (0..max when allowEmpty).
func (p *params) text(name string, required bool, max int, allowEmpty bool, def string) (string, error) {
	if !p.has(name) {
		if required {
			return "", notOptional(name)
		}
		return def, nil
	}
	var s string
	min := 1
	if allowEmpty {
		min = 0
	}
	desc := fmt.Sprintf("Value must be a valid string and at least %d chars and no longer than %d chars", min, max)
	if err := json.Unmarshal(p.raw[name], &s); err != nil {
		return "", invalid(name, desc)
	}
	n := utf8.RuneCountInString(s)
	if n > max || (n == 0 && !allowEmpty) {
		return "", invalid(name, desc)
	}
	return s, nil
}

// strictBool reads a JSON boolean.
func (p *params) strictBool(name string, def bool) (bool, error) {
	if !p.has(name) {
		return def, nil
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
	b, ok := ParseLooseBool(v)
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
	if err := json.Unmarshal(p.raw[name], &f); err != nil || f != math.Trunc(f) || f < float64(min) || f > float64(max) {
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
