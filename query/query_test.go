package query

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/fnflow/fnflow/models"
)

const argInvalid = models.CodeGeneralArgumentInvalid

func TestParseQueriesTable(t *testing.T) {
	date := func(s string) time.Time {
		tm, err := time.Parse(time.RFC3339Nano, s)
		if err != nil {
			t.Fatal(err)
		}
		return tm.UTC()
	}
	tooMany := make([]string, MaxQueries+1)
	for i := range tooMany {
		tooMany[i] = `{"method":"limit","values":[1]}`
	}
	var hundred []string
	for i := 0; i < MaxQueries; i++ {
		hundred = append(hundred, `{"method":"isNotNull","attribute":"name"}`)
	}
	manyValues := func(n int) string {
		vals := make([]string, n)
		for i := range vals {
			vals[i] = `"v"`
		}
		return `{"method":"equal","attribute":"name","values":[` + strings.Join(vals, ",") + `]}`
	}
	long := `{"method":"equal","attribute":"name","values":["` + strings.Repeat("é", MaxQueryLength) + `"]}`

	type tc struct {
		name    string
		res     Resource
		raw     []string
		search  string
		total   string
		wantErr string // full message; "" means success
		wantQI  bool   // the error is general_query_invalid (else general_argument_invalid)
		want    *models.ListOptions
	}
	fn, dep, exe, vars := FunctionsResource, DeploymentsResource, ExecutionsResource, VariablesResource
	def := func(mod func(o *models.ListOptions)) *models.ListOptions {
		o := models.ListOptions{Limit: models.DefaultLimit, Total: true}
		if mod != nil {
			mod(&o)
		}
		return &o
	}
	filter := func(m, a string, v ...any) models.Query { return models.Query{Method: m, Attribute: a, Values: v} }

	cases := []tc{
		// --- success: defaults and the SDK's recorded query strings
		{name: "no queries", res: fn, want: def(nil)},
		{name: "sdk equal runtime", res: fn, raw: []string{`{"method":"equal","attribute":"runtime","values":["node-18.0"]}`},
			want: def(func(o *models.ListOptions) { o.Filters = []models.Query{filter("equal", "runtime", "node-18.0")} })},
		{name: "sdk limit", res: fn, raw: []string{`{"method":"limit","values":[10]}`},
			want: def(func(o *models.ListOptions) { o.Limit = 10 })},
		{name: "sdk offset", res: fn, raw: []string{`{"method":"offset","values":[5]}`},
			want: def(func(o *models.ListOptions) { o.Offset = 5 })},
		{name: "sdk orderDesc createdAt", res: fn, raw: []string{`{"method":"orderDesc","attribute":"$createdAt"}`},
			want: def(func(o *models.ListOptions) { o.Orders = []models.Query{{Method: "orderDesc", Attribute: "$createdAt"}} })},
		{name: "sdk cursorAfter", res: fn, raw: []string{`{"method":"cursorAfter","values":["abc"]}`},
			want: def(func(o *models.ListOptions) { o.Cursor, o.CursorDir = "abc", "after" })},
		{name: "cursorBefore", res: dep, raw: []string{`{"method":"cursorBefore","values":["6523f0a1b2c3d4e5f6a7"]}`},
			want: def(func(o *models.ListOptions) { o.Cursor, o.CursorDir = "6523f0a1b2c3d4e5f6a7", "before" })},
		{name: "sdk executions trigger", res: exe, raw: []string{`{"method":"equal","attribute":"trigger","values":["http"]}`},
			want: def(func(o *models.ListOptions) { o.Filters = []models.Query{filter("equal", "trigger", "http")} })},
		{name: "sdk executions duration float", res: exe, raw: []string{`{"method":"greaterThan","attribute":"duration","values":[0.5]}`},
			want: def(func(o *models.ListOptions) { o.Filters = []models.Query{filter("greaterThan", "duration", 0.5)} })},
		{name: "float attr accepts integer literal", res: exe, raw: []string{`{"method":"greaterThan","attribute":"duration","values":[2]}`},
			want: def(func(o *models.ListOptions) { o.Filters = []models.Query{filter("greaterThan", "duration", 2.0)} })},
		{name: "combined page", res: fn, raw: []string{
			`{"method":"equal","attribute":"enabled","values":[true]}`,
			`{"method":"orderAsc","attribute":"name"}`,
			`{"method":"limit","values":[2]}`,
			`{"method":"offset","values":[4]}`,
		}, search: "hello", total: "false",
			want: def(func(o *models.ListOptions) {
				o.Filters = []models.Query{filter("equal", "enabled", true)}
				o.Orders = []models.Query{{Method: "orderAsc", Attribute: "name"}}
				o.Limit, o.Offset, o.Search, o.Total = 2, 4, "hello", false
			})},
		// --- every filter method
		{name: "equal many values", res: fn, raw: []string{`{"method":"equal","attribute":"$id","values":["a","b","c"]}`},
			want: def(func(o *models.ListOptions) { o.Filters = []models.Query{filter("equal", "$id", "a", "b", "c")} })},
		{name: "notEqual", res: vars, raw: []string{`{"method":"notEqual","attribute":"secret","values":[false]}`},
			want: def(func(o *models.ListOptions) { o.Filters = []models.Query{filter("notEqual", "secret", false)} })},
		{name: "lessThan int", res: fn, raw: []string{`{"method":"lessThan","attribute":"timeout","values":[30]}`},
			want: def(func(o *models.ListOptions) { o.Filters = []models.Query{filter("lessThan", "timeout", int64(30))} })},
		{name: "lessThanEqual sequence", res: fn, raw: []string{`{"method":"lessThanEqual","attribute":"$sequence","values":[7]}`},
			want: def(func(o *models.ListOptions) {
				o.Filters = []models.Query{filter("lessThanEqual", "$sequence", int64(7))}
			})},
		{name: "greaterThanEqual int", res: exe, raw: []string{`{"method":"greaterThanEqual","attribute":"responseStatusCode","values":[500]}`},
			want: def(func(o *models.ListOptions) {
				o.Filters = []models.Query{filter("greaterThanEqual", "responseStatusCode", int64(500))}
			})},
		{name: "greaterThan date (sdk createdAfter)", res: fn, raw: []string{`{"method":"greaterThan","attribute":"$createdAt","values":["2020-10-15T06:38:00.000+02:00"]}`},
			want: def(func(o *models.ListOptions) {
				o.Filters = []models.Query{filter("greaterThan", "$createdAt", date("2020-10-15T04:38:00Z"))}
			})},
		{name: "between dates", res: fn, raw: []string{`{"method":"between","attribute":"$updatedAt","values":["2024-01-01","2024-02-01T00:00:00Z"]}`},
			want: def(func(o *models.ListOptions) {
				o.Filters = []models.Query{filter("between", "$updatedAt", date("2024-01-01T00:00:00Z"), date("2024-02-01T00:00:00Z"))}
			})},
		{name: "between ints", res: dep, raw: []string{`{"method":"between","attribute":"sourceSize","values":[1,1000]}`},
			want: def(func(o *models.ListOptions) {
				o.Filters = []models.Query{filter("between", "sourceSize", int64(1), int64(1000))}
			})},
		{name: "isNull", res: fn, raw: []string{`{"method":"isNull","attribute":"scheduleNext"}`},
			want: def(func(o *models.ListOptions) { o.Filters = []models.Query{{Method: "isNull", Attribute: "scheduleNext"}} })},
		{name: "isNotNull empty values", res: fn, raw: []string{`{"method":"isNotNull","attribute":"installationId","values":[]}`},
			want: def(func(o *models.ListOptions) {
				o.Filters = []models.Query{{Method: "isNotNull", Attribute: "installationId"}}
			})},
		{name: "startsWith", res: exe, raw: []string{`{"method":"startsWith","attribute":"requestPath","values":["/api"]}`},
			want: def(func(o *models.ListOptions) { o.Filters = []models.Query{filter("startsWith", "requestPath", "/api")} })},
		{name: "endsWith", res: vars, raw: []string{`{"method":"endsWith","attribute":"key","values":["_URL"]}`},
			want: def(func(o *models.ListOptions) { o.Filters = []models.Query{filter("endsWith", "key", "_URL")} })},
		{name: "search method needs a fulltext index", res: fn, raw: []string{`{"method":"search","attribute":"name","values":["hello"]}`},
			wantQI: true, wantErr: "Searching by attribute \"name\" requires a fulltext index."},
		{name: "notSearch needs a fulltext index", res: dep, raw: []string{`{"method":"notSearch","attribute":"status","values":["x"]}`},
			wantQI: true, wantErr: "Searching by attribute \"status\" requires a fulltext index."},
		{name: "validation comes before the fulltext check", res: fn, raw: []string{`{"method":"search","attribute":"name","values":["x"]}`, `{"method":"limit","values":[0]}`},
			wantErr: "Invalid `queries` param: Invalid query: Invalid limit: Value must be a valid range between 1 and 9,223,372,036,854,775,807"},
		{name: "contains", res: fn, raw: []string{`{"method":"contains","attribute":"name","values":["a","b"]}`},
			want: def(func(o *models.ListOptions) { o.Filters = []models.Query{filter("contains", "name", "a", "b")} })},
		{name: "notContains", res: exe, raw: []string{`{"method":"notContains","attribute":"requestPath","values":["x"]}`},
			want: def(func(o *models.ListOptions) { o.Filters = []models.Query{filter("notContains", "requestPath", "x")} })},
		{name: "notBetween", res: fn, raw: []string{`{"method":"notBetween","attribute":"timeout","values":[1,2]}`},
			want: def(func(o *models.ListOptions) {
				o.Filters = []models.Query{filter("notBetween", "timeout", int64(1), int64(2))}
			})},
		{name: "notStartsWith", res: vars, raw: []string{`{"method":"notStartsWith","attribute":"key","values":["A"]}`},
			want: def(func(o *models.ListOptions) { o.Filters = []models.Query{filter("notStartsWith", "key", "A")} })},
		{name: "notEndsWith", res: vars, raw: []string{`{"method":"notEndsWith","attribute":"key","values":["Z"]}`},
			want: def(func(o *models.ListOptions) { o.Filters = []models.Query{filter("notEndsWith", "key", "Z")} })},
		{name: "or", res: fn, raw: []string{`{"method":"or","values":[{"method":"equal","attribute":"name","values":["a"]},{"method":"lessThan","attribute":"timeout","values":[5]}]}`},
			want: def(func(o *models.ListOptions) {
				o.Filters = []models.Query{{Method: "or", Values: []any{filter("equal", "name", "a"), filter("lessThan", "timeout", int64(5))}}}
			})},
		{name: "and with one query", res: fn, raw: []string{`{"method":"and","values":[{"method":"equal","attribute":"name","values":["a"]}]}`},
			wantErr: "Invalid `queries` param: Invalid query: And queries require at least two queries"},
		{name: "or with a limit", res: fn, raw: []string{`{"method":"or","values":[{"method":"equal","attribute":"name","values":["a"]},{"method":"limit","values":[1]}]}`},
			wantErr: "Invalid `queries` param: Invalid query: Or queries can only contain filter queries"},
		{name: "or with a bad nested attribute", res: fn, raw: []string{`{"method":"or","values":[{"method":"equal","attribute":"nope","values":["a"]},{"method":"equal","attribute":"name","values":["b"]}]}`},
			wantErr: "Invalid `queries` param: Invalid query: Attribute not found in schema: nope"},
		{name: "containsAll", res: fn, raw: []string{`{"method":"containsAll","attribute":"name","values":["a","b"]}`},
			want: def(func(o *models.ListOptions) { o.Filters = []models.Query{filter("containsAll", "name", "a", "b")} })},
		{name: "containsAny on a boolean", res: fn, raw: []string{`{"method":"containsAny","attribute":"enabled","values":[true]}`},
			wantErr: "Invalid `queries` param: Invalid query: Cannot query contains on attribute \"enabled\" because it is not an array, string, or object."},
		{name: "contains on an integer", res: fn, raw: []string{`{"method":"contains","attribute":"timeout","values":[1]}`},
			wantErr: "Invalid `queries` param: Invalid query: Cannot query contains on attribute \"timeout\" because it is not an array, string, or object."},
		{name: "select buildLogs", res: dep, raw: []string{`{"method":"select","values":["buildLogs","status"]}`},
			want: def(func(o *models.ListOptions) { o.Select = []string{"buildLogs", "status"} })},
		{name: "orderAsc default attribute", res: vars, raw: []string{`{"method":"orderAsc"}`},
			want: def(func(o *models.ListOptions) { o.Orders = []models.Query{{Method: "orderAsc", Attribute: "$sequence"}} })},
		{name: "select on deployments", res: dep, raw: []string{`{"method":"select","values":["$id","status","buildSize"]}`},
			want: def(func(o *models.ListOptions) { o.Select = []string{"$id", "status", "buildSize"} })},
		{name: "limit numeric string (utopia Numeric)", res: fn, raw: []string{`{"method":"limit","values":["15"]}`},
			want: def(func(o *models.ListOptions) { o.Limit = 15 })},
		{name: "large limit kept", res: fn, raw: []string{`{"method":"limit","values":[100000]}`},
			want: def(func(o *models.ListOptions) { o.Limit = 100000 })},
		{name: "large offset kept (no cap)", res: fn, raw: []string{`{"method":"offset","values":[9000]}`},
			want: def(func(o *models.ListOptions) { o.Offset = 9000 })},
		{name: "attribute null and values null default", res: fn, raw: []string{`{"method":"orderDesc","attribute":null,"values":null}`},
			want: def(func(o *models.ListOptions) { o.Orders = []models.Query{{Method: "orderDesc", Attribute: "$sequence"}} })},
		{name: "100 queries allowed", res: fn, raw: hundred,
			want: def(func(o *models.ListOptions) {
				for range MaxQueries {
					o.Filters = append(o.Filters, models.Query{Method: "isNotNull", Attribute: "name"})
				}
			})},
		{name: "500 values allowed", res: fn, raw: []string{manyValues(500)}, want: nil},
		{name: "search param 256 chars", res: fn, search: strings.Repeat("ß", 256),
			want: def(func(o *models.ListOptions) { o.Search = strings.Repeat("ß", 256) })},
		{name: "search param ignored without search", res: exe, search: "x", want: def(nil)},
		{name: "total 0", res: fn, total: "0", want: def(func(o *models.ListOptions) { o.Total = false })},
		{name: "total TRUE", res: fn, total: "TRUE", want: def(nil)},

		// --- errors: parsing
		{name: "syntax error", res: fn, raw: []string{`limit(10)`},
			wantErr: "Invalid `queries` param: Invalid query: Invalid query: Syntax error"},
		{name: "truncated json", res: fn, raw: []string{`{"method":"equal","attribute":"name","values":["value"]`},
			wantErr: "Invalid `queries` param: Invalid query: Invalid query: Syntax error"},
		{name: "trailing garbage", res: fn, raw: []string{`{"method":"limit","values":[1]} x`},
			wantErr: "Invalid `queries` param: Invalid query: Invalid query: Syntax error"},
		{name: "empty query string", res: fn, raw: []string{``},
			wantErr: "Invalid `queries` param: Invalid query: Invalid query: Syntax error"},
		{name: "invalid utf8", res: fn, raw: []string{"{\"method\":\"equal\",\"attribute\":\"name\",\"values\":[\"\xff\"]}"},
			wantErr: "Invalid `queries` param: Invalid query: Invalid query: Malformed UTF-8 characters, possibly incorrectly encoded"},
		{name: "not an object", res: fn, raw: []string{`"limit"`},
			wantErr: "Invalid `queries` param: Invalid query: Invalid query. Must be an array, got string"},
		{name: "number query", res: fn, raw: []string{`12`},
			wantErr: "Invalid `queries` param: Invalid query: Invalid query. Must be an array, got integer"},
		{name: "json list", res: fn, raw: []string{`["limit"]`},
			wantErr: "Invalid `queries` param: Invalid query: Invalid query method: "},
		{name: "missing method", res: fn, raw: []string{`{"attribute":"name"}`},
			wantErr: "Invalid `queries` param: Invalid query: Invalid query method: "},
		{name: "method not string", res: fn, raw: []string{`{"method":5}`},
			wantErr: "Invalid `queries` param: Invalid query: Invalid query method. Must be a string, got integer"},
		{name: "unknown method", res: fn, raw: []string{`{"method":"foo","attribute":"name","values":["x"]}`},
			wantErr: "Invalid `queries` param: Invalid query: Invalid query method: foo"},
		{name: "attribute not string", res: fn, raw: []string{`{"method":"equal","attribute":1,"values":["x"]}`},
			wantErr: "Invalid `queries` param: Invalid query: Invalid query attribute. Must be a string, got integer"},
		{name: "values not array", res: fn, raw: []string{`{"method":"equal","attribute":"name","values":"x"}`},
			wantErr: "Invalid `queries` param: Invalid query: Invalid query values. Must be an array, got string"},
		{name: "values object", res: fn, raw: []string{`{"method":"equal","attribute":"name","values":{"a":1}}`},
			wantErr: "Invalid `queries` param: Invalid query: Invalid query values. Must be an array, got object"},

		// --- errors: unsupported Appwrite methods
		{name: "regex unsupported", res: fn, raw: []string{`{"method":"regex","attribute":"name","values":["^a"]}`},
			wantErr: "Invalid `queries` param: Invalid query method: regex"},
		{name: "orderRandom unsupported", res: fn, raw: []string{`{"method":"orderRandom"}`},
			wantErr: "Invalid `queries` param: Invalid query method: orderRandom"},
		{name: "select not allowed on functions", res: fn, raw: []string{`{"method":"select","values":["name"]}`},
			wantErr: "Invalid `queries` param: Invalid query method: select"},

		// --- errors: attributes
		{name: "attribute not in schema", res: fn, raw: []string{`{"method":"equal","attribute":"foo","values":["x"]}`},
			wantErr: "Invalid `queries` param: Invalid query: Attribute not found in schema: foo"},
		{name: "attribute of another resource", res: vars, raw: []string{`{"method":"equal","attribute":"runtime","values":["x"]}`},
			wantErr: "Invalid `queries` param: Invalid query: Attribute not found in schema: runtime"},
		{name: "empty filter attribute", res: fn, raw: []string{`{"method":"isNull"}`},
			wantErr: "Invalid `queries` param: Invalid query: Attribute not found in schema: "},
		{name: "nested attribute", res: fn, raw: []string{`{"method":"equal","attribute":"name.first","values":["x"]}`},
			wantErr: "Invalid `queries` param: Invalid query: Cannot query nested attribute on: name"},
		{name: "order attribute not in schema", res: exe, raw: []string{`{"method":"orderAsc","attribute":"logs"}`},
			wantErr: "Invalid `queries` param: Invalid query: Attribute not found in schema: logs"},
		{name: "search attribute not in schema", res: fn, raw: []string{`{"method":"search","attribute":"search","values":["x"]}`},
			wantErr: "Invalid `queries` param: Invalid query: Attribute not found in schema: search"},
		{name: "select unknown attribute", res: dep, raw: []string{`{"method":"select","values":["$id","invalidAttribute"]}`},
			wantErr: "Invalid `queries` param: Invalid query: Attribute not found in schema: invalidAttribute"},
		{name: "select empty", res: dep, raw: []string{`{"method":"select","values":[]}`},
			wantErr: "Invalid `queries` param: Invalid query: No attributes selected"},
		{name: "select duplicate", res: dep, raw: []string{`{"method":"select","values":["status","status"]}`},
			wantErr: "Invalid `queries` param: Invalid query: Duplicate attributes selected"},
		{name: "select non-string", res: dep, raw: []string{`{"method":"select","values":[1]}`},
			wantErr: "Invalid `queries` param: Invalid query: Select queries require string values."},

		// --- errors: value counts
		{name: "equal no values", res: fn, raw: []string{`{"method":"equal","attribute":"name"}`},
			wantErr: "Invalid `queries` param: Invalid query: Equal queries require at least one value."},
		{name: "equal empty nested array", res: fn, raw: []string{`{"method":"equal","attribute":"name","values":[[]]}`},
			wantErr: "Invalid `queries` param: Invalid query: Equal queries require at least one value."},
		{name: "notEqual no values", res: fn, raw: []string{`{"method":"notEqual","attribute":"name","values":[]}`},
			wantErr: "Invalid `queries` param: Invalid query: NotEqual queries require exactly one value."},
		{name: "notEqual two values", res: fn, raw: []string{`{"method":"notEqual","attribute":"name","values":["a","b"]}`},
			wantErr: "Invalid `queries` param: Invalid query: NotEqual queries require exactly one value."},
		{name: "too many values", res: fn, raw: []string{manyValues(501)},
			wantErr: "Invalid `queries` param: Invalid query: Query on attribute has greater than 500 values: name"},
		{name: "lessThan two values", res: fn, raw: []string{`{"method":"lessThan","attribute":"timeout","values":[1,2]}`},
			wantErr: "Invalid `queries` param: Invalid query: LessThan queries require exactly one value."},
		{name: "greaterThanEqual no value", res: fn, raw: []string{`{"method":"greaterThanEqual","attribute":"timeout"}`},
			wantErr: "Invalid `queries` param: Invalid query: GreaterThanEqual queries require exactly one value."},
		{name: "between one value", res: fn, raw: []string{`{"method":"between","attribute":"timeout","values":[1]}`},
			wantErr: "Invalid `queries` param: Invalid query: Between queries require exactly two values."},
		{name: "isNull with values", res: fn, raw: []string{`{"method":"isNull","attribute":"name","values":["x"]}`},
			wantErr: "Invalid `queries` param: Invalid query: IsNull queries do not accept values."},
		{name: "startsWith two values", res: fn, raw: []string{`{"method":"startsWith","attribute":"name","values":["a","b"]}`},
			wantErr: "Invalid `queries` param: Invalid query: StartsWith queries require exactly one value."},
		{name: "search two values", res: fn, raw: []string{`{"method":"search","attribute":"name","values":["a","b"]}`},
			wantErr: "Invalid `queries` param: Invalid query: Search queries require exactly one value."},

		// --- errors: value types
		{name: "int attr string value", res: fn, raw: []string{`{"method":"equal","attribute":"timeout","values":["15"]}`},
			wantErr: "Invalid `queries` param: Invalid query: Query value is invalid for attribute \"timeout\""},
		{name: "int attr float value", res: fn, raw: []string{`{"method":"equal","attribute":"timeout","values":[1.5]}`},
			wantErr: "Invalid `queries` param: Invalid query: Query value is invalid for attribute \"timeout\""},
		{name: "int attr 1.0 is a float", res: exe, raw: []string{`{"method":"equal","attribute":"responseStatusCode","values":[200.0]}`},
			wantErr: "Invalid `queries` param: Invalid query: Query value is invalid for attribute \"responseStatusCode\""},
		{name: "int attr overflow", res: fn, raw: []string{`{"method":"equal","attribute":"$sequence","values":[99999999999999999999]}`},
			wantErr: "Invalid `queries` param: Invalid query: Query value is invalid for attribute \"$sequence\""},
		{name: "float attr numeric string", res: exe, raw: []string{`{"method":"greaterThan","attribute":"duration","values":["0.5"]}`},
			wantErr: "Invalid `queries` param: Invalid query: Query value is invalid for attribute \"duration\""},
		{name: "bool attr string", res: fn, raw: []string{`{"method":"equal","attribute":"enabled","values":["true"]}`},
			wantErr: "Invalid `queries` param: Invalid query: Query value is invalid for attribute \"enabled\""},
		{name: "bool attr number", res: vars, raw: []string{`{"method":"equal","attribute":"secret","values":[1]}`},
			wantErr: "Invalid `queries` param: Invalid query: Query value is invalid for attribute \"secret\""},
		{name: "string attr number", res: fn, raw: []string{`{"method":"equal","attribute":"name","values":[5]}`},
			wantErr: "Invalid `queries` param: Invalid query: Query value is invalid for attribute \"name\""},
		{name: "string attr null", res: fn, raw: []string{`{"method":"equal","attribute":"name","values":[null]}`},
			wantErr: "Invalid `queries` param: Invalid query: Query value is invalid for attribute \"name\""},
		{name: "date attr garbage", res: fn, raw: []string{`{"method":"lessThan","attribute":"$createdAt","values":["yesterday"]}`},
			wantErr: "Invalid `queries` param: Invalid query: Query value is invalid for attribute \"$createdAt\""},
		{name: "date attr bad month", res: fn, raw: []string{`{"method":"lessThan","attribute":"scheduleNext","values":["2024-13-01"]}`},
			wantErr: "Invalid `queries` param: Invalid query: Query value is invalid for attribute \"scheduleNext\""},
		{name: "date attr number", res: fn, raw: []string{`{"method":"lessThan","attribute":"$updatedAt","values":[1700000000]}`},
			wantErr: "Invalid `queries` param: Invalid query: Query value is invalid for attribute \"$updatedAt\""},
		{name: "startsWith on int attribute", res: fn, raw: []string{`{"method":"startsWith","attribute":"timeout","values":[1]}`},
			wantErr: "Invalid `queries` param: Invalid query: Cannot query startsWith on attribute \"timeout\" because it is not a string."},
		{name: "search on executions", res: exe, raw: []string{`{"method":"search","attribute":"requestPath","values":["x"]}`},
			wantQI: true, wantErr: "Searching by attribute \"requestPath\" requires a fulltext index."},
		{name: "search on bool attribute", res: fn, raw: []string{`{"method":"search","attribute":"enabled","values":[true]}`},
			wantQI: true, wantErr: "Searching by attribute \"enabled\" requires a fulltext index."},

		// --- errors: paging
		{name: "limit zero", res: fn, raw: []string{`{"method":"limit","values":[0]}`},
			wantErr: "Invalid `queries` param: Invalid query: Invalid limit: Value must be a valid range between 1 and 9,223,372,036,854,775,807"},
		{name: "limit float", res: fn, raw: []string{`{"method":"limit","values":[2.5]}`},
			wantErr: "Invalid `queries` param: Invalid query: Invalid limit: Value must be a valid range between 1 and 9,223,372,036,854,775,807"},
		{name: "limit not a number", res: fn, raw: []string{`{"method":"limit","values":["ten"]}`},
			wantErr: "Invalid `queries` param: Invalid query: Invalid limit: Value must be a valid number"},
		{name: "limit missing value", res: fn, raw: []string{`{"method":"limit"}`},
			wantErr: "Invalid `queries` param: Invalid query: Invalid limit: Value must be a valid number"},
		{name: "limit bool", res: fn, raw: []string{`{"method":"limit","values":[true]}`},
			wantErr: "Invalid `queries` param: Invalid query: Invalid limit: Value must be a valid number"},
		{name: "limit two values", res: fn, raw: []string{`{"method":"limit","values":[1,2]}`},
			wantErr: "Invalid `queries` param: Invalid query: Limit queries require exactly one value."},
		{name: "offset negative", res: fn, raw: []string{`{"method":"offset","values":[-1]}`},
			wantErr: "Invalid `queries` param: Invalid query: Invalid offset: Value must be a valid range between 0 and 9,223,372,036,854,775,807"},
		{name: "offset string float", res: fn, raw: []string{`{"method":"offset","values":["1e3"]}`},
			wantErr: "Invalid `queries` param: Invalid query: Invalid offset: Value must be a valid range between 0 and 9,223,372,036,854,775,807"},
		{name: "two limits", res: fn, raw: []string{`{"method":"limit","values":[1]}`, `{"method":"limit","values":[2]}`},
			wantErr: "Invalid `queries` param: Invalid query: Only one limit query is allowed"},
		{name: "two offsets", res: fn, raw: []string{`{"method":"offset","values":[1]}`, `{"method":"offset","values":[2]}`},
			wantErr: "Invalid `queries` param: Invalid query: Only one offset query is allowed"},
		{name: "two cursors", res: fn, raw: []string{`{"method":"cursorAfter","values":["a"]}`, `{"method":"cursorBefore","values":["b"]}`},
			wantErr: "Invalid `queries` param: Invalid query: Only one cursor query is allowed"},
		{name: "cursor empty", res: fn, raw: []string{`{"method":"cursorAfter","values":[""]}`},
			wantErr: "Invalid `queries` param: Invalid query: Invalid cursor: UID must contain at most 36 chars. Valid chars are a-z, A-Z, 0-9, and underscore. Can't start with a leading underscore"},
		{name: "cursor no values", res: fn, raw: []string{`{"method":"cursorBefore"}`},
			wantErr: "Invalid `queries` param: Invalid query: Invalid cursor: UID must contain at most 36 chars. Valid chars are a-z, A-Z, 0-9, and underscore. Can't start with a leading underscore"},
		{name: "cursor number", res: fn, raw: []string{`{"method":"cursorAfter","values":[12]}`},
			wantErr: "Invalid `queries` param: Invalid query: Invalid cursor: UID must contain at most 36 chars. Valid chars are a-z, A-Z, 0-9, and underscore. Can't start with a leading underscore"},
		{name: "cursor too long", res: fn, raw: []string{`{"method":"cursorAfter","values":["` + strings.Repeat("a", 37) + `"]}`},
			wantErr: "Invalid `queries` param: Invalid query: Invalid cursor: UID must contain at most 36 chars. Valid chars are a-z, A-Z, 0-9, and underscore. Can't start with a leading underscore"},
		{name: "cursor leading underscore", res: fn, raw: []string{`{"method":"cursorAfter","values":["_abc"]}`},
			wantErr: "Invalid `queries` param: Invalid query: Invalid cursor: UID must contain at most 36 chars. Valid chars are a-z, A-Z, 0-9, and underscore. Can't start with a leading underscore"},
		{name: "cursor two values", res: fn, raw: []string{`{"method":"cursorAfter","values":["a","b"]}`},
			wantErr: "Invalid `queries` param: Invalid query: CursorAfter queries require exactly one value."},

		// --- errors: sizes and other params
		{name: "101 queries", res: fn, raw: tooMany,
			wantErr: "Invalid `queries` param: Value must a valid array no longer than 100 items and Value must be a valid string and no longer than 4096 chars"},
		{name: "query over 4096 chars", res: fn, raw: []string{long},
			wantErr: "Invalid `queries` param: Value must a valid array no longer than 100 items and Value must be a valid string and no longer than 4096 chars"},
		{name: "search too long", res: dep, search: strings.Repeat("a", 257),
			wantErr: "Invalid `search` param: Value must be a valid string and at least 1 chars and no longer than 256 chars"},
		{name: "total invalid", res: fn, total: "yes",
			wantErr: "Invalid `total` param: Value must be a valid boolean"},
		{name: "total 2", res: fn, total: "2",
			wantErr: "Invalid `total` param: Value must be a valid boolean"},
	}

	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := ParseQueries(c.raw, c.search, c.total, c.res)
			if c.wantErr != "" {
				var me *models.Error
				if !errors.As(err, &me) {
					t.Fatalf("want *models.Error %q, got %v", c.wantErr, err)
				}
				if want := map[bool]models.Code{false: argInvalid, true: models.CodeGeneralQueryInvalid}[c.wantQI]; me.Code != want {
					t.Errorf("code = %s, want %s", me.Code, want)
				}
				if me.Message != c.wantErr {
					t.Errorf("message:\n got %q\nwant %q", me.Message, c.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("unexpected error: %v", err)
			}
			if c.want != nil && !reflect.DeepEqual(got, *c.want) {
				t.Errorf("options:\n got %#v\nwant %#v", got, *c.want)
			}
		})
	}
	if len(cases) < 40 {
		t.Fatalf("only %d cases", len(cases))
	}
}

func TestQueryManyValuesNormalised(t *testing.T) {
	vals := make([]string, MaxQueryValues)
	for i := range vals {
		vals[i] = "1"
	}
	raw := `{"method":"equal","attribute":"timeout","values":[` + strings.Join(vals, ",") + `]}`
	got, err := ParseQueries([]string{raw}, "", "", FunctionsResource)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(got.Filters[0].Values); n != MaxQueryValues {
		t.Fatalf("values = %d", n)
	}
	for _, v := range got.Filters[0].Values {
		if v != int64(1) {
			t.Fatalf("value %T %v, want int64 1", v, v)
		}
	}
}

func TestQueryDateFormats(t *testing.T) {
	want := time.Date(2024, 3, 5, 6, 7, 8, 0, time.UTC)
	for _, s := range []string{
		"2024-03-05T06:07:08.000+00:00",
		"2024-03-05T06:07:08Z",
		"2024-03-05T08:07:08+02:00",
		"2024-03-05T08:07:08+0200",
		"2024-03-05T06:07:08",
		"2024-03-05 06:07:08",
		"2024-03-05 06:07:08+00:00",
	} {
		got, ok := parseDate(s)
		if !ok || !got.Equal(want) || got.Location() != time.UTC {
			t.Errorf("parseDate(%q) = %v, %v", s, got, ok)
		}
	}
	if got, ok := parseDate("2024-03-05T06:07:08.123456+00:00"); !ok || got.Nanosecond() != 123456000 {
		t.Errorf("fraction: %v %v", got, ok)
	}
	for _, s := range []string{"", "2024", "05/03/2024", "2024-03-05T25:00:00Z", "10000-01-01", "now"} {
		if _, ok := parseDate(s); ok {
			t.Errorf("parseDate(%q) accepted", s)
		}
	}
}

func TestParseLooseBool(t *testing.T) {
	cases := []struct {
		in          any
		val, wantOK bool
	}{
		{true, true, true}, {false, false, true},
		{"true", true, true}, {"false", false, true}, {"TRUE", true, true}, {"False", false, true},
		{"1", true, true}, {"0", false, true},
		{float64(1), true, true}, {float64(0), false, true}, {1, true, true}, {0, false, true},
		{int64(1), true, true}, {int64(0), false, true},
		{"yes", false, false}, {"", false, false}, {"2", false, false}, {float64(2), false, false},
		{0.5, false, false}, {nil, false, false}, {[]any{}, false, false}, {" true", false, false},
	}
	for _, c := range cases {
		v, ok := ParseLooseBool(c.in)
		if v != c.val || ok != c.wantOK {
			t.Errorf("ParseLooseBool(%#v) = %v, %v; want %v, %v", c.in, v, ok, c.val, c.wantOK)
		}
	}
}

func TestCollectArray(t *testing.T) {
	cases := []struct {
		name  string
		pairs [][2]string
		want  []string
	}{
		{"indexed sorted", [][2]string{{"queries[1]", "b"}, {"queries[0]", "a"}, {"queries[10]", "k"}, {"queries[2]", "c"}}, []string{"a", "b", "c", "k"}},
		{"brackets in order", [][2]string{{"queries[]", "x"}, {"search", "s"}, {"queries[]", "y"}}, []string{"x", "y"}},
		{"plain repeated", [][2]string{{"queries", "1"}, {"queries", "2"}}, []string{"1", "2"}},
		{"mixed", [][2]string{{"queries[1]", "i1"}, {"queries", "p"}, {"queries[0]", "i0"}, {"queries[]", "b"}}, []string{"p", "b", "i0", "i1"}},
		{"other params ignored", [][2]string{{"queriesX", "no"}, {"queries[0][x]", "no"}, {"total", "false"}, {"q[0]", "no"}}, nil},
		{"non-numeric key kept", [][2]string{{"queries[a]", "v"}}, []string{"v"}},
		{"none", nil, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := CollectArray(c.pairs, "queries"); !reflect.DeepEqual(got, c.want) {
				t.Errorf("got %#v, want %#v", got, c.want)
			}
		})
	}
}

func TestResourcesAllowLists(t *testing.T) {
	for _, r := range []Resource{FunctionsResource, DeploymentsResource, ExecutionsResource, VariablesResource} {
		for _, a := range []string{"$id", "$createdAt", "$updatedAt", "$sequence"} {
			if _, ok := r.attrType(a); !ok {
				t.Errorf("%s: %s not allowed", r.Name, a)
			}
		}
	}
	if !DeploymentsResource.AllowSelect || FunctionsResource.AllowSelect || ExecutionsResource.AllowSelect || VariablesResource.AllowSelect {
		t.Error("select must be allowed on deployments only")
	}
	if !FunctionsResource.AllowSearch || !DeploymentsResource.AllowSearch || ExecutionsResource.AllowSearch || VariablesResource.AllowSearch {
		t.Error("search allowed on functions and deployments only")
	}
}

func FuzzParseQueries(f *testing.F) {
	seeds := []string{
		`{"method":"equal","attribute":"runtime","values":["node-18.0"]}`,
		`{"method":"limit","values":[10]}`,
		`{"method":"offset","values":["5"]}`,
		`{"method":"orderDesc","attribute":"$createdAt"}`,
		`{"method":"cursorAfter","values":["abc"]}`,
		`{"method":"between","attribute":"$createdAt","values":["2024-01-01","2024-02-01"]}`,
		`{"method":"select","values":["$id"]}`,
		`{"method":"equal","attribute":"timeout","values":[1e400]}`,
		`{"method":"equal","values":[[]]}`,
		`[]`, `null`, `{`, "\xff",
	}
	for _, s := range seeds {
		f.Add(s, "", "true")
	}
	f.Add(`{"method":"search","attribute":"name","values":["x"]}`, "term", "0")
	f.Add(`{"method":"or","values":[{"method":"contains","attribute":"name","values":["a%_"]},{"method":"notBetween","attribute":"$createdAt","values":["2024-01-01","2025-01-01"]}]}`, "", "")
	f.Add(`{"method":"and","values":[{"method":"notStartsWith","attribute":"status","values":["x"]},{"method":"or","values":[{"method":"notEndsWith","attribute":"$id","values":["y"]},{"method":"notContains","attribute":"status","values":["z"]}]}]}`, "", "")
	resources := []Resource{FunctionsResource, DeploymentsResource, ExecutionsResource, VariablesResource}
	f.Fuzz(func(t *testing.T, raw, search, total string) {
		for _, res := range resources {
			for _, in := range [][]string{{raw}, {raw, raw}} {
				opts, err := ParseQueries(in, search, total, res)
				if err != nil {
					var me *models.Error
					if !errors.As(err, &me) || (me.Code != argInvalid && me.Code != models.CodeGeneralQueryInvalid) {
						t.Fatalf("error %T %v is not a general_argument_invalid or general_query_invalid *models.Error", err, err)
					}
					continue
				}
				if opts.Limit < 1 || opts.Offset < 0 {
					t.Fatalf("bad paging %d/%d", opts.Limit, opts.Offset)
				}
				// What the parser accepts must run in the store: a store
				// error on a validated query would be a 500.
				if err := listInFuzzStore(res, opts); err != nil {
					t.Fatalf("%s: accepted queries %q fail in the store: %v", res.Name, in, err)
				}
			}
		}
	})
}

// fuzzStore is one in-memory SQLite store shared by the fuzz inputs.
var fuzzStore = sync.OnceValues(func() (*models.Store, error) {
	return models.Open(context.Background(), "sqlite", ":memory:", slog.New(slog.NewTextHandler(io.Discard, nil)))
})

// listInFuzzStore runs a validated list request for res, as the handlers do
// (executions with the computed status column). Errors that are not
// client errors are returned.
func listInFuzzStore(res Resource, opts models.ListOptions) error {
	store, err := fuzzStore()
	if err != nil {
		return err
	}
	ctx := context.Background()
	switch res.Name {
	case "functions":
		_, _, err = store.ListFunctions(ctx, "p", opts)
	case "deployments":
		_, _, err = store.ListDeployments(ctx, "p", "f", opts)
	case "executions":
		_, _, err = store.ListExecutionsShown(ctx, "p", "f", opts, 0)
	case "variables":
		_, _, err = store.ListVariables(ctx, "p", "function", "f", opts)
	}
	var me *models.Error
	if err != nil && errors.As(err, &me) && me.Code != models.CodeGeneralServerError && me.Code != models.CodeGeneralUnknown {
		return nil // a client error the store found (e.g. an unknown cursor)
	}
	return err
}
