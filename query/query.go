// Package query is the query language of the list endpoints: parsing and
// validation of the `queries` and `search` params against a per-resource
// allow-list, into models.ListOptions (which models turns into SQL). It
// needs no server, store or Temporal, so its tests run alone.
//
// Clients send `queries` as JSON strings such as
// {"method":"equal","attribute":"runtime","values":["node-18.0"]}. Appwrite
// validates them with utopia-php/database's Queries validator (limit, offset,
// cursor, filter and order validators; select only where allowed) and reports
// every failure as 400 general_argument_invalid with the message
// "Invalid `queries` param: <description>". The descriptions below follow
// utopia-php/database's wording wherever it has one; the few places where
// fnflow is stricter than Appwrite (duplicate limit/offset/cursor queries,
// extra values on limit/offset/cursor/isNull, JSON objects as "values") use
// messages of our own in the same style. A `search` or `notSearch` query
// passes the validators but, as in Appwrite's database (full-text index on
// the internal `search` attribute only), then fails with 400
// general_query_invalid.
package query

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/fnflow/fnflow/models"
)

// AttrType is the type of a queryable attribute; it decides which JSON values
// a filter on it accepts and how they are normalised.
type AttrType int

const (
	// AttrString accepts JSON strings; values stay string.
	AttrString AttrType = iota
	// AttrInt accepts JSON integer literals only (no fraction or exponent, no
	// numeric strings); values become int64.
	AttrInt
	// AttrFloat accepts any JSON number (not numeric strings); values become
	// float64.
	AttrFloat
	// AttrBool accepts JSON true/false only; values become bool.
	AttrBool
	// AttrDate accepts ISO 8601 date strings; values become time.Time in UTC.
	AttrDate
)

// Resource describes what a list endpoint allows.
type Resource struct {
	Name string // "functions", "deployments", "executions", "variables"
	// Attributes are the allowed filter/order attributes besides $id,
	// $createdAt, $updatedAt and $sequence, which are always allowed.
	Attributes  map[string]AttrType
	AllowSelect bool // select queries (Appwrite: deployments only)
	// Selectable are the attributes a select query may name besides the
	// internal ones: every attribute of the collection, not only the
	// filterable ones (utopia's Select validator gets them all).
	Selectable  map[string]bool
	AllowSearch bool // the `search` param and `search` query method
}

// Limits on the `queries` and `search` params.
const (
	MaxQueries      = 100  // APP_LIMIT_ARRAY_PARAMS_SIZE
	MaxQueryLength  = 4096 // APP_LIMIT_ARRAY_ELEMENT_SIZE, in characters
	MaxQueryValues  = 500  // APP_DATABASE_QUERY_MAX_VALUES
	MaxSearchLength = 256  // Text(256)
	MaxCursorLength = 36   // Database::MAX_UID_DEFAULT_LENGTH
)

// The list endpoints' allow-lists (appwrite-api.md §5).
var (
	FunctionsResource = Resource{
		Name: "functions",
		Attributes: map[string]AttrType{
			"name":             AttrString,
			"enabled":          AttrBool,
			"runtime":          AttrString,
			"deploymentId":     AttrString,
			"schedule":         AttrString,
			"scheduleNext":     AttrDate,
			"schedulePrevious": AttrDate,
			"timeout":          AttrInt,
			"entrypoint":       AttrString,
			"commands":         AttrString,
			"installationId":   AttrString,
		},
		AllowSearch: true,
	}
	DeploymentsResource = Resource{
		Name: "deployments",
		Attributes: map[string]AttrType{
			"buildSize":     AttrInt,
			"sourceSize":    AttrInt,
			"totalSize":     AttrInt,
			"buildDuration": AttrInt,
			"status":        AttrString,
			"activate":      AttrBool,
			"type":          AttrString,
		},
		AllowSelect: true,
		AllowSearch: true,
		Selectable: setOf("resourceInternalId", "resourceId", "resourceType", "entrypoint", "buildCommands",
			"startCommand", "buildOutput", "sourcePath", "type", "installationId", "installationInternalId",
			"providerRepositoryId", "repositoryId", "repositoryInternalId", "providerRepositoryName",
			"providerRepositoryOwner", "providerRepositoryUrl", "providerCommitHash", "providerCommitAuthorUrl",
			"providerCommitAuthor", "providerCommitMessage", "providerCommitUrl", "providerBranch",
			"providerBranchUrl", "providerRootDirectory", "providerCommentId", "sourceSize", "sourceMetadata",
			"sourceChunksTotal", "sourceChunksUploaded", "activate", "screenshotLight", "screenshotDark",
			"buildStartedAt", "buildEndedAt", "buildDuration", "buildSize", "totalSize", "status", "buildPath",
			"buildLogs", "adapter", "fallbackFile"),
	}
	ExecutionsResource = Resource{
		Name: "executions",
		Attributes: map[string]AttrType{
			"trigger":            AttrString,
			"status":             AttrString,
			"responseStatusCode": AttrInt,
			"duration":           AttrFloat,
			"requestMethod":      AttrString,
			"requestPath":        AttrString,
			"deploymentId":       AttrString,
		},
	}
	VariablesResource = Resource{
		Name: "variables",
		Attributes: map[string]AttrType{
			"key":          AttrString,
			"resourceType": AttrString,
			"resourceId":   AttrString,
			"secret":       AttrBool,
		},
	}
)

func setOf(names ...string) map[string]bool {
	m := make(map[string]bool, len(names))
	for _, n := range names {
		m[n] = true
	}
	return m
}

// internalAttrs are allowed on every resource.
var internalAttrs = map[string]AttrType{
	"$id":        AttrString,
	"$createdAt": AttrDate,
	"$updatedAt": AttrDate,
	"$sequence":  AttrInt,
}

// selectInternal are the internal attributes a select query may name besides
// the resource's own (utopia Select::INTERNAL_ATTRIBUTES, minus $collection).
var selectInternal = map[string]bool{
	"$id": true, "$sequence": true, "$createdAt": true, "$updatedAt": true, "$permissions": true,
}

// attrType reports the type of an allowed attribute.
func (r Resource) attrType(name string) (AttrType, bool) {
	if t, ok := internalAttrs[name]; ok {
		return t, true
	}
	t, ok := r.Attributes[name]
	return t, ok
}

// knownMethods are query methods Appwrite (utopia-php/database) knows but
// fnflow does not support. They fail like methods Appwrite has no validator
// for on a route: "Invalid query method: <method>".
var knownMethods = map[string]bool{
	"exists": true, "notExists": true, "regex": true, "orderRandom": true,
	"elemMatch": true, "crosses": true, "notCrosses": true,
	"distanceEqual": true, "distanceNotEqual": true, "distanceGreaterThan": true,
	"distanceLessThan": true, "intersects": true, "notIntersects": true, "overlaps": true,
	"notOverlaps": true, "touches": true, "notTouches": true, "vectorDot": true,
	"vectorCosine": true, "vectorEuclidean": true, "relationEqual": true,
	"innerJoin": true, "leftJoin": true, "rightJoin": true,
}

func isSupportedMethod(m string) bool {
	switch m {
	case models.QueryEqual, models.QueryNotEqual, models.QueryLessThan, models.QueryLessThanEqual,
		models.QueryGreaterThan, models.QueryGreaterThanEqual, models.QuerySearch, models.QueryIsNull,
		models.QueryIsNotNull, models.QueryBetween, models.QueryStartsWith, models.QueryEndsWith,
		models.QueryOrderAsc, models.QueryOrderDesc, models.QueryLimit, models.QueryOffset,
		models.QueryCursorAfter, models.QueryCursorBefore, models.QuerySelect,
		models.QueryNotBetween, models.QueryNotStartsWith, models.QueryNotEndsWith, models.QueryContains,
		models.QueryNotContains, models.QueryNotSearch, models.QueryAnd, models.QueryOr,
		models.QueryContainsAny, models.QueryContainsAll:
		return true
	}
	return false
}

const queriesPrefix = "Invalid `queries` param: "

// queriesError builds the 400 for a bad `queries` param; desc is the
// validator description that follows the param prefix.
func queriesError(desc string) *models.Error {
	return models.Errorf(models.CodeGeneralArgumentInvalid, "%s%s", queriesPrefix, desc)
}

// invalidQuery is the common "Invalid query: <desc>" form.
func invalidQuery(desc string) *models.Error { return queriesError("Invalid query: " + desc) }

// ParseQueries validates the raw `queries`, `search` and `total` params of a
// list request against res and returns the resulting options. Every error is
// a *models.Error with code general_argument_invalid (HTTP 400).
//
// search "" means no search; it is ignored when res.AllowSearch is false (as
// Appwrite ignores params a route does not declare). total "" means true.
func ParseQueries(raw []string, search string, total string, res Resource) (models.ListOptions, error) {
	opts := models.ListOptions{Limit: models.DefaultLimit, Total: true}

	if total != "" {
		b, ok := ParseLooseBool(total)
		if !ok {
			return models.ListOptions{}, models.Errorf(models.CodeGeneralArgumentInvalid,
				"Invalid `total` param: Value must be a valid boolean")
		}
		opts.Total = b
	}

	if res.AllowSearch && search != "" {
		if utf8.RuneCountInString(search) > MaxSearchLength {
			return models.ListOptions{}, models.Errorf(models.CodeGeneralArgumentInvalid,
				"Invalid `search` param: Value must be a valid string and at least 1 chars and no longer than %d chars", MaxSearchLength)
		}
		opts.Search = search
	}

	if len(raw) > MaxQueries {
		return models.ListOptions{}, arrayLimitError()
	}
	for _, q := range raw {
		if utf8.RuneCountInString(q) > MaxQueryLength {
			return models.ListOptions{}, arrayLimitError()
		}
	}

	var haveLimit, haveOffset, haveCursor bool
	var fulltext error
	for _, s := range raw {
		q, err := parseQuery(s, res, 0)
		if err != nil {
			return models.ListOptions{}, err
		}
		if fulltext == nil {
			fulltext = needsFulltext(q)
		}
		switch q.Method {
		case models.QueryLimit:
			if haveLimit {
				return models.ListOptions{}, invalidQuery("Only one limit query is allowed")
			}
			haveLimit = true
			opts.Limit = int(q.Values[0].(int64))
		case models.QueryOffset:
			if haveOffset {
				return models.ListOptions{}, invalidQuery("Only one offset query is allowed")
			}
			haveOffset = true
			opts.Offset = int(q.Values[0].(int64))
		case models.QueryCursorAfter, models.QueryCursorBefore:
			if haveCursor {
				return models.ListOptions{}, invalidQuery("Only one cursor query is allowed")
			}
			haveCursor = true
			opts.Cursor = q.Values[0].(string)
			if q.Method == models.QueryCursorAfter {
				opts.CursorDir = "after"
			} else {
				opts.CursorDir = "before"
			}
		case models.QueryOrderAsc, models.QueryOrderDesc:
			opts.Orders = append(opts.Orders, q)
		case models.QuerySelect:
			for _, v := range q.Values {
				opts.Select = append(opts.Select, v.(string))
			}
		default:
			opts.Filters = append(opts.Filters, q)
		}
	}
	if fulltext != nil {
		return models.ListOptions{}, fulltext
	}
	return opts, nil
}

// needsFulltext reports the database's refusal of a search or notSearch
// query: on Appwrite, only the internal `search` attribute has a full-text
// index, so such a query passes the validators and then fails in the
// database with 400 general_query_invalid.
func needsFulltext(q models.Query) error {
	switch q.Method {
	case models.QuerySearch, models.QueryNotSearch:
		return models.Errorf(models.CodeGeneralQueryInvalid, "Searching by attribute \"%s\" requires a fulltext index.", q.Attribute)
	case models.QueryAnd, models.QueryOr:
		for _, v := range q.Values {
			if err := needsFulltext(v.(models.Query)); err != nil {
				return err
			}
		}
	}
	return nil
}

func arrayLimitError() *models.Error {
	return queriesError(fmt.Sprintf("Value must a valid array no longer than %d items and Value must be a valid string and no longer than %d chars",
		MaxQueries, MaxQueryLength))
}

// parseQuery decodes and validates one query. Numbers in the returned values
// are int64 (limit, offset, AttrInt) or float64 (AttrFloat); dates are
// time.Time; cursor and select values are strings.
func parseQuery(s string, res Resource, depth int) (models.Query, *models.Error) {
	method, attribute, values, err := decodeQuery(s)
	if err != nil {
		return models.Query{}, err
	}

	switch method {
	case models.QueryLimit:
		n, err := parsePaging("limit", "Limit", values, 1)
		if err != nil {
			return models.Query{}, err
		}
		return models.Query{Method: method, Values: []any{n}}, nil
	case models.QueryOffset:
		n, err := parsePaging("offset", "Offset", values, 0)
		if err != nil {
			return models.Query{}, err
		}
		return models.Query{Method: method, Values: []any{n}}, nil
	case models.QueryCursorAfter, models.QueryCursorBefore:
		if len(values) > 1 {
			return models.Query{}, invalidQuery(ucfirst(method) + " queries require exactly one value.")
		}
		var id string
		if len(values) == 1 {
			id, _ = values[0].(string)
		}
		if !validUID(id) {
			return models.Query{}, invalidQuery(fmt.Sprintf("Invalid cursor: UID must contain at most %d chars. Valid chars are a-z, A-Z, 0-9, and underscore. Can't start with a leading underscore", MaxCursorLength))
		}
		return models.Query{Method: method, Values: []any{id}}, nil
	case models.QueryOrderAsc, models.QueryOrderDesc:
		if attribute == "" {
			attribute = "$sequence" // utopia's default order attribute
		}
		if msg := checkAttribute(attribute, res, "order by"); msg != "" {
			return models.Query{}, invalidQuery(msg)
		}
		return models.Query{Method: method, Attribute: attribute}, nil
	case models.QuerySelect:
		if !res.AllowSelect {
			return models.Query{}, queriesError("Invalid query method: " + method)
		}
		return parseSelect(values, res)
	case models.QueryAnd, models.QueryOr:
		return parseLogical(method, values, res, depth)
	}
	return parseFilter(method, attribute, values, res)
}

// MaxQueryDepth bounds the nesting of and/or queries.
const MaxQueryDepth = 3

// parseLogical validates and/or: every value is a filter query (parsed and
// validated like a top-level one), at least two of them.
func parseLogical(method string, values []any, res Resource, depth int) (models.Query, *models.Error) {
	if depth >= MaxQueryDepth {
		return models.Query{}, invalidQuery(fmt.Sprintf("%s queries may be nested at most %d levels deep", ucfirst(method), MaxQueryDepth))
	}
	out := make([]any, 0, len(values))
	for _, v := range values {
		obj, ok := v.(map[string]any)
		if !ok {
			return models.Query{}, invalidQuery(ucfirst(method) + " queries can only contain filter queries")
		}
		b, err := json.Marshal(obj)
		if err != nil {
			return models.Query{}, invalidQuery(ucfirst(method) + " queries can only contain filter queries")
		}
		q, qerr := parseQuery(string(b), res, depth+1)
		if qerr != nil {
			return models.Query{}, qerr
		}
		if !isFilterMethod(q.Method) {
			return models.Query{}, invalidQuery(ucfirst(method) + " queries can only contain filter queries")
		}
		out = append(out, q)
	}
	if len(out) < 2 {
		return models.Query{}, invalidQuery(ucfirst(method) + " queries require at least two queries")
	}
	return models.Query{Method: method, Values: out}, nil
}

func isFilterMethod(m string) bool {
	switch m {
	case models.QueryOrderAsc, models.QueryOrderDesc, models.QueryLimit, models.QueryOffset,
		models.QueryCursorAfter, models.QueryCursorBefore, models.QuerySelect:
		return false
	}
	return true
}

// decodeQuery mirrors utopia Query::parse/parseQuery: JSON object with
// method (string, known), attribute (string, default "") and values (array,
// default []).
func decodeQuery(s string) (method, attribute string, values []any, err *models.Error) {
	// Messages here are Query::parse's; the Queries validator prefixes them
	// with "Invalid query: ", hence the doubled prefix Appwrite returns.
	parseErr := func(msg string) *models.Error { return invalidQuery(msg) }

	if !utf8.ValidString(s) {
		return "", "", nil, parseErr("Invalid query: Malformed UTF-8 characters, possibly incorrectly encoded")
	}
	dec := json.NewDecoder(strings.NewReader(s))
	dec.UseNumber()
	var doc any
	if e := dec.Decode(&doc); e != nil {
		return "", "", nil, parseErr("Invalid query: Syntax error")
	}
	if _, e := dec.Token(); !errors.Is(e, io.EOF) {
		return "", "", nil, parseErr("Invalid query: Syntax error")
	}

	var obj map[string]any
	switch d := doc.(type) {
	case map[string]any:
		obj = d
	case []any:
		// A JSON list is a PHP array without "method": falls through to the
		// method check below.
		obj = map[string]any{}
	default:
		return "", "", nil, parseErr("Invalid query. Must be an array, got " + phpType(doc))
	}

	m, ok := obj["method"]
	if !ok || m == nil {
		m = ""
	}
	method, ok = m.(string)
	if !ok {
		return "", "", nil, parseErr("Invalid query method. Must be a string, got " + phpType(m))
	}
	if !isSupportedMethod(method) && !knownMethods[method] {
		return "", "", nil, parseErr("Invalid query method: " + method)
	}

	a, ok := obj["attribute"]
	if !ok || a == nil {
		a = ""
	}
	attribute, ok = a.(string)
	if !ok {
		return "", "", nil, parseErr("Invalid query attribute. Must be a string, got " + phpType(a))
	}

	v, ok := obj["values"]
	if !ok || v == nil {
		v = []any{}
	}
	values, ok = v.([]any)
	if !ok {
		t := phpType(v)
		if _, isObj := v.(map[string]any); isObj {
			t = "object" // PHP would accept it as an associative array; we do not
		}
		return "", "", nil, parseErr("Invalid query values. Must be an array, got " + t)
	}

	if knownMethods[method] {
		// Known to Appwrite, but no validator on these routes handles it.
		return "", "", nil, queriesError("Invalid query method: " + method)
	}
	return method, attribute, values, nil
}

// phpType names a decoded JSON value the way PHP's gettype() would.
func phpType(v any) string {
	switch t := v.(type) {
	case nil:
		return "NULL"
	case bool:
		return "boolean"
	case string:
		return "string"
	case json.Number:
		if _, ok := jsonInt(t); ok {
			return "integer"
		}
		return "double"
	case []any, map[string]any:
		return "array"
	}
	return "unknown type"
}

// jsonInt reports whether n is an integer literal that fits in int64 (what
// PHP's json_decode turns into an int rather than a float).
func jsonInt(n json.Number) (int64, bool) {
	if strings.ContainsAny(string(n), ".eE") {
		return 0, false
	}
	i, err := strconv.ParseInt(string(n), 10, 64)
	return i, err == nil
}

// parsePaging validates limit/offset the way utopia's Limit/Offset validators
// do (Numeric, then Range(min, PHP_INT_MAX) on an integer): JSON integers and
// integer numeric strings pass, floats and out-of-range values do not.
func parsePaging(name, title string, values []any, min int64) (int64, *models.Error) {
	if len(values) > 1 {
		return 0, invalidQuery(title + " queries require exactly one value.")
	}
	var v any
	if len(values) == 1 {
		v = values[0]
	}
	numeric, n, isInt := phpNumber(v)
	if !numeric {
		return 0, invalidQuery("Invalid " + name + ": Value must be a valid number")
	}
	if !isInt || n < min {
		return 0, invalidQuery(fmt.Sprintf("Invalid %s: Value must be a valid range between %s and 9,223,372,036,854,775,807", name, formatThousands(min)))
	}
	return n, nil
}

// phpNumber mirrors PHP's is_numeric() and "$v + 0 is int": numeric reports
// whether v is a number or numeric string, isInt whether it is an integer
// that fits in int64.
func phpNumber(v any) (numeric bool, n int64, isInt bool) {
	switch t := v.(type) {
	case json.Number:
		n, isInt = jsonInt(t)
		return true, n, isInt
	case string:
		s := strings.TrimLeft(t, " \t\n\r\v\f")
		s = strings.TrimRight(s, " \t\n\r\v\f")
		if !isDecimalNumeric(s) {
			return false, 0, false
		}
		if strings.ContainsAny(s, ".eE") {
			return true, 0, false
		}
		i, err := strconv.ParseInt(s, 10, 64)
		return true, i, err == nil
	}
	return false, 0, false
}

// isDecimalNumeric matches PHP's numeric-string grammar: [+-] digits with an
// optional fraction and exponent.
func isDecimalNumeric(s string) bool {
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	digits := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
		digits++
	}
	if i < len(s) && s[i] == '.' {
		i++
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
			digits++
		}
	}
	if digits == 0 {
		return false
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		exp := 0
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
			exp++
		}
		if exp == 0 {
			return false
		}
	}
	return i == len(s)
}

// formatThousands formats n like PHP's number_format($n).
func formatThousands(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

// validUID mirrors utopia's UID validator (Key rules, max 36 chars).
func validUID(s string) bool {
	if s == "" || len(s) > MaxCursorLength {
		return false
	}
	if s[0] == '_' || s[0] == '.' || s[0] == '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '.') {
			return false
		}
	}
	return true
}

// checkAttribute returns "" when attr is allowed on res, else utopia's
// description. what is "query" or "order by" (used for nested attributes).
func checkAttribute(attr string, res Resource, what string) string {
	if _, ok := res.attrType(attr); ok {
		return ""
	}
	if top, _, found := strings.Cut(attr, "."); found {
		if _, ok := res.attrType(top); ok {
			if what == "order by" {
				return "Cannot order by nested attribute: " + top
			}
			return "Cannot query nested attribute on: " + top
		}
		return "Attribute not found in schema: " + top
	}
	return "Attribute not found in schema: " + attr
}

func parseSelect(values []any, res Resource) (models.Query, *models.Error) {
	if len(values) == 0 {
		return models.Query{}, invalidQuery("No attributes selected")
	}
	seen := make(map[string]bool, len(values))
	out := make([]any, 0, len(values))
	for _, v := range values {
		s, ok := v.(string)
		if !ok {
			return models.Query{}, invalidQuery("Select queries require string values.")
		}
		if seen[s] {
			return models.Query{}, invalidQuery("Duplicate attributes selected")
		}
		seen[s] = true
		out = append(out, s)
	}
	for _, v := range out {
		s := v.(string)
		if s == "*" || selectInternal[s] {
			continue
		}
		if _, ok := res.Attributes[s]; ok || res.Selectable[s] {
			continue
		}
		top, _, _ := strings.Cut(s, ".")
		return models.Query{}, invalidQuery("Attribute not found in schema: " + top)
	}
	return models.Query{Method: models.QuerySelect, Values: out}, nil
}

// parseFilter mirrors utopia's Filter validator: value count per method,
// then attribute, then the value cap, then each value's type.
func parseFilter(method, attribute string, values []any, res Resource) (models.Query, *models.Error) {
	switch method {
	case models.QueryEqual, models.QueryContains, models.QueryNotContains, models.QueryContainsAny, models.QueryContainsAll:
		if isEmptyValues(values) {
			return models.Query{}, invalidQuery(ucfirst(method) + " queries require at least one value.")
		}
	case models.QueryNotEqual, models.QueryLessThan, models.QueryLessThanEqual, models.QueryGreaterThan,
		models.QueryGreaterThanEqual, models.QuerySearch, models.QueryNotSearch, models.QueryStartsWith,
		models.QueryNotStartsWith, models.QueryEndsWith, models.QueryNotEndsWith:
		if len(values) != 1 {
			return models.Query{}, invalidQuery(ucfirst(method) + " queries require exactly one value.")
		}
	case models.QueryBetween, models.QueryNotBetween:
		if len(values) != 2 {
			return models.Query{}, invalidQuery(ucfirst(method) + " queries require exactly two values.")
		}
	case models.QueryIsNull, models.QueryIsNotNull:
		if len(values) != 0 {
			return models.Query{}, invalidQuery(ucfirst(method) + " queries do not accept values.")
		}
	default:
		return models.Query{}, queriesError("Invalid query method: " + method)
	}

	if msg := checkAttribute(attribute, res, "query"); msg != "" {
		return models.Query{}, invalidQuery(msg)
	}
	t, _ := res.attrType(attribute)

	if len(values) > MaxQueryValues {
		return models.Query{}, invalidQuery(fmt.Sprintf("Query on attribute has greater than %d values: %s", MaxQueryValues, attribute))
	}

	var out []any
	if len(values) > 0 {
		out = make([]any, len(values))
	}
	for i, v := range values {
		nv, ok := convertValue(t, v)
		if !ok {
			return models.Query{}, invalidQuery(`Query value is invalid for attribute "` + attribute + `"`)
		}
		out[i] = nv
	}

	switch method {
	case models.QueryContains, models.QueryNotContains, models.QueryContainsAny, models.QueryContainsAll:
		if t != AttrString {
			if method != models.QueryNotContains {
				method = models.QueryContains // utopia names both in its message
			}
			return models.Query{}, invalidQuery("Cannot query " + method + ` on attribute "` + attribute + `" because it is not an array, string, or object.`)
		}
	case models.QueryStartsWith, models.QueryEndsWith, models.QueryNotStartsWith, models.QueryNotEndsWith:
		if t != AttrString {
			return models.Query{}, invalidQuery("Cannot query " + method + ` on attribute "` + attribute + `" because it is not a string.`)
		}
	}
	return models.Query{Method: method, Attribute: attribute, Values: out}, nil
}

// isEmptyValues mirrors Filter::isEmpty: no values, or a first value that is
// an empty array.
func isEmptyValues(values []any) bool {
	if len(values) == 0 {
		return true
	}
	if a, ok := values[0].([]any); ok && len(a) == 0 {
		return true
	}
	return false
}

// convertValue checks v against t (utopia's strict Text/Integer/Float/
// Boolean/Datetime validators) and normalises it.
func convertValue(t AttrType, v any) (any, bool) {
	switch t {
	case AttrString:
		s, ok := v.(string)
		return s, ok
	case AttrInt:
		n, ok := v.(json.Number)
		if !ok {
			return nil, false
		}
		i, ok := jsonInt(n)
		return i, ok
	case AttrFloat:
		n, ok := v.(json.Number)
		if !ok {
			return nil, false
		}
		f, err := strconv.ParseFloat(string(n), 64)
		return f, err == nil
	case AttrBool:
		b, ok := v.(bool)
		return b, ok
	case AttrDate:
		s, ok := v.(string)
		if !ok {
			return nil, false
		}
		tm, ok := parseDate(s)
		return tm, ok
	}
	return nil, false
}

// dateLayouts are the ISO 8601 forms accepted for date attributes. Fractional
// seconds are accepted after the seconds field by time.Parse even though the
// layouts do not spell them out. Dates without a zone are UTC.
var dateLayouts = []string{
	time.RFC3339,                // 2020-10-15T06:38:00.000+00:00, ...Z
	"2006-01-02T15:04:05Z0700",  // +0000
	"2006-01-02T15:04:05",       // no zone
	"2006-01-02 15:04:05Z07:00", // space separator
	"2006-01-02 15:04:05Z0700",
	"2006-01-02 15:04:05",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04",
	"2006-01-02",
}

// parseDate parses an Appwrite/ISO 8601 date and returns it in UTC.
func parseDate(s string) (time.Time, bool) {
	if len(s) < len("2006-01-02") || len(s) > 64 {
		return time.Time{}, false
	}
	for _, layout := range dateLayouts {
		if tm, err := time.Parse(layout, s); err == nil {
			return tm.UTC(), true
		}
	}
	return time.Time{}, false
}

func ucfirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// ParseLooseBool accepts Appwrite's "loose" booleans: true/false, the
// strings "true"/"false" (any case), "1"/"0", and the numbers 1/0 (as int,
// int64, float64 or json.Number from a JSON body). ok is false for anything
// else.
func ParseLooseBool(v any) (value bool, ok bool) {
	switch t := v.(type) {
	case bool:
		return t, true
	case string:
		switch {
		case strings.EqualFold(t, "true"), t == "1":
			return true, true
		case strings.EqualFold(t, "false"), t == "0":
			return false, true
		}
	case float64:
		switch t {
		case 1:
			return true, true
		case 0:
			return false, true
		}
	case int:
		switch t {
		case 1:
			return true, true
		case 0:
			return false, true
		}
	case int64:
		switch t {
		case 1:
			return true, true
		case 0:
			return false, true
		}
	case json.Number:
		switch string(t) {
		case "1":
			return true, true
		case "0":
			return false, true
		}
	}
	return false, false
}

// CollectArray gathers the values of the GET array param name from the
// request's decoded query-string pairs, in the three encodings clients use:
// name=…, name[]=… and name[N]=…. Plain and name[] values (and name[key]
// with a non-numeric key) come first, in order of appearance; indexed values
// follow, sorted by N (stable, so repeated indexes keep their order).
func CollectArray(pairs [][2]string, name string) []string {
	type indexed struct {
		n   uint64
		val string
	}
	var plain []string
	var idx []indexed
	for _, p := range pairs {
		key := p[0]
		if key == name {
			plain = append(plain, p[1])
			continue
		}
		if !strings.HasPrefix(key, name) {
			continue
		}
		rest := key[len(name):]
		if len(rest) < 2 || rest[0] != '[' || rest[len(rest)-1] != ']' {
			continue
		}
		inner := rest[1 : len(rest)-1]
		if strings.ContainsAny(inner, "[]") {
			continue // nested brackets: not this array
		}
		if inner == "" {
			plain = append(plain, p[1])
			continue
		}
		if n, err := strconv.ParseUint(inner, 10, 64); err == nil {
			idx = append(idx, indexed{n, p[1]})
			continue
		}
		plain = append(plain, p[1])
	}
	sort.SliceStable(idx, func(i, j int) bool { return idx[i].n < idx[j].n })
	out := plain
	for _, e := range idx {
		out = append(out, e.val)
	}
	return out
}
