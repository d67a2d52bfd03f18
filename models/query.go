package models

// Query is one parsed Appwrite query, e.g. {"method":"equal","attribute":"runtime","values":["node-18.0"]}.
// Package server parses and validates them against a per-resource allow-list;
// the Store turns them into SQL with bound parameters only.
type Query struct {
	Method    string
	Attribute string
	Values    []any
}

// Query methods fnflow supports.
const (
	QueryEqual            = "equal"
	QueryNotEqual         = "notEqual"
	QueryLessThan         = "lessThan"
	QueryLessThanEqual    = "lessThanEqual"
	QueryGreaterThan      = "greaterThan"
	QueryGreaterThanEqual = "greaterThanEqual"
	QuerySearch           = "search"
	QueryIsNull           = "isNull"
	QueryIsNotNull        = "isNotNull"
	QueryBetween          = "between"
	QueryStartsWith       = "startsWith"
	QueryEndsWith         = "endsWith"
	QueryOrderAsc         = "orderAsc"
	QueryOrderDesc        = "orderDesc"
	QueryLimit            = "limit"
	QueryOffset           = "offset"
	QueryCursorAfter      = "cursorAfter"
	QueryCursorBefore     = "cursorBefore"
	QuerySelect           = "select"
	QueryNotBetween       = "notBetween"
	QueryNotStartsWith    = "notStartsWith"
	QueryNotEndsWith      = "notEndsWith"
	QueryContains         = "contains"
	QueryNotContains      = "notContains"
	QueryContainsAny      = "containsAny"
	QueryContainsAll      = "containsAll"
	QueryNotSearch        = "notSearch"
	// QueryAnd and QueryOr hold their nested filters (Query values).
	QueryAnd = "and"
	QueryOr  = "or"
)

// ListOptions is a validated list request: filters, ordering, paging.
type ListOptions struct {
	Filters []Query // filter methods only (equal ... endsWith)
	Orders  []Query // orderAsc / orderDesc; attribute already validated
	Limit   int     // 25 when not given
	Offset  int
	// Cursor is the ID of the document to page after (CursorDir "after") or
	// before (CursorDir "before"); empty when not given.
	Cursor    string
	CursorDir string
	Select    []string
	// Omit names columns the rows are read without (large ones the
	// response does not show).
	Omit   []string
	Search string // full-text search term, "" when not given
	// Total reports whether the caller wants the total count (default true).
	Total bool
	// Computed replaces a column in filters with an SQL expression, for
	// values the API reports differently from what is stored (an execution
	// stuck past its timeout reads as failed). Keys are column names.
	Computed map[string]Expr
}

// Expr is an SQL expression with bound variables ("?" placeholders).
type Expr struct {
	SQL  string
	Vars []any
}

// DefaultLimit is the page size when no limit query is given.
const DefaultLimit = 25

// MaxTotal caps the reported total, as Appwrite does.
const MaxTotal = 5000
