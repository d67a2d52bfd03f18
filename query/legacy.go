package query

import (
	"encoding/json"
	"errors"
	"strconv"
	"strings"

	"github.com/fnflow/fnflow/models"
)

// ConvertLegacy turns a query in the syntax of Appwrite 1.4 and older
// (`equal("name", ["x"])`) into the JSON form, as Appwrite's V17 request
// filter does for clients whose response format is below 1.5: the 1.4
// parser, then the query's array form without empty fields. A query that
// does not parse is 400 general_query_invalid.
func ConvertLegacy(filter string) (string, error) {
	method, params, err := legacyParse(filter)
	if err != nil {
		return "", models.Errorf(models.CodeGeneralQueryInvalid, "%s", err.Error())
	}
	q := map[string]any{"method": method}
	attr := func(i int) error {
		if i >= len(params) {
			return nil
		}
		s, ok := params[i].(string)
		if !ok {
			return errors.New("Invalid query attribute. Must be a string")
		}
		if s != "" && s != "0" { // PHP's array_filter drops "" and "0"
			q["attribute"] = s
		}
		return nil
	}
	setValues := func(v []any) {
		if len(v) > 0 {
			q["values"] = v
		}
	}
	switch method {
	case models.QueryEqual, models.QueryNotEqual, models.QueryLessThan, models.QueryLessThanEqual,
		models.QueryGreaterThan, models.QueryGreaterThanEqual, "contains", models.QuerySearch,
		models.QueryIsNull, models.QueryIsNotNull, models.QueryStartsWith, models.QueryEndsWith:
		err = attr(0)
		if len(params) >= 2 {
			if l, ok := params[1].([]any); ok {
				setValues(l)
			} else {
				setValues([]any{params[1]})
			}
		}
	case models.QueryBetween:
		err = attr(0)
		v := make([]any, 2)
		for i := 1; i <= 2; i++ {
			if i < len(params) {
				v[i-1] = params[i]
			}
		}
		setValues(v)
	case models.QuerySelect:
		if len(params) == 0 {
			err = errors.New("Invalid query: select needs a list of attributes")
			break
		}
		l, ok := params[0].([]any)
		if !ok {
			err = errors.New("Invalid query: select needs a list of attributes")
			break
		}
		setValues(l)
	case models.QueryOrderAsc, models.QueryOrderDesc:
		err = attr(0)
	case models.QueryLimit, models.QueryOffset, models.QueryCursorAfter, models.QueryCursorBefore:
		if len(params) > 0 {
			setValues([]any{params[0]})
		}
	}
	if err != nil {
		return "", models.Errorf(models.CodeGeneralQueryInvalid, "%s", err.Error())
	}
	b, _ := json.Marshal(q)
	return string(b), nil
}

// legacyParse is Appwrite 1.4's query parser (Request\Filters\V17), byte
// for byte: method, then parameters, arrays in brackets, strings in single
// or double quotes with backslash escapes.
func legacyParse(filter string) (string, []any, error) {
	start := strings.IndexByte(filter, '(')
	if start < 0 {
		return "", nil, errors.New("Invalid query")
	}
	method := filter[:start]
	if strings.Contains(method, ".") {
		return "", nil, errors.New("Invalid query method")
	}
	var (
		params    []any // string or []string
		current   string
		array     []string
		stack     int
		str       byte // the open quote, 0 outside strings
		hasString bool
	)
	at := func(i int) byte {
		if i < 0 || i >= len(filter) {
			return 0
		}
		return filter[i]
	}
	appendSymbol := func(inString bool, c byte) {
		if (c == ' ' || c == ',') && !inString {
			return
		}
		current += string(c)
	}
	for i := start + 1; i < len(filter)-1; i++ {
		c := filter[i]
		inString := hasString
		inArray := !inString && stack > 0
		if c == '\\' {
			next := at(i + 1)
			if !isLegacySpecial(next) {
				appendSymbol(inString, c)
			}
			if next != 0 {
				appendSymbol(inString, next)
			}
			i++
			continue
		}
		if (c == '"' || c == '\'') && (at(i-1) != '\\' || at(i-2) == '\\') {
			if inString {
				if c == str {
					hasString, str = false, 0
				}
			} else {
				hasString, str = true, c
			}
			appendSymbol(inString, c)
			continue
		}
		if !inString {
			switch c {
			case '[':
				stack++
				continue
			case ']':
				stack--
				if current != "" {
					array = append(array, current)
				}
				params = append(params, array)
				array, current = nil, ""
				continue
			case ',':
				if inArray {
					array = append(array, current)
					current = ""
				} else if len(array) == 0 {
					if current != "" {
						params = append(params, current)
					}
					current = ""
				}
				continue
			}
		}
		appendSymbol(inString, c)
	}
	if current != "" {
		params = append(params, current)
	}
	out := make([]any, 0, len(params))
	var arr []any // PHP reuses one array across array params
	for _, p := range params {
		if l, ok := p.([]string); ok {
			for _, e := range l {
				arr = append(arr, legacyValue(e))
			}
			out = append(out, append([]any{}, arr...))
			continue
		}
		out = append(out, legacyValue(p.(string)))
	}
	return method, out, nil
}

func isLegacySpecial(c byte) bool {
	return c == ',' || c == ']' || c == '[' || c == '"' || c == '\''
}

// legacyValue is the 1.4 parser's value reading: booleans, null, numbers,
// quoted strings (quotes removed), anything else as written.
func legacyValue(v string) any {
	v = strings.TrimSpace(v)
	switch v {
	case "false":
		return false
	case "true":
		return true
	case "null":
		return nil
	}
	if isDecimalNumeric(v) {
		if !strings.ContainsAny(v, ".eE") {
			if n, err := strconv.ParseInt(v, 10, 64); err == nil {
				return n
			}
		}
		f, _ := strconv.ParseFloat(v, 64)
		return f
	}
	if strings.HasPrefix(v, `"`) || strings.HasPrefix(v, "'") {
		if len(v) < 2 {
			return ""
		}
		return v[1 : len(v)-1]
	}
	return v
}
