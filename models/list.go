package models

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"time"
	"unicode"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

var columnPattern = regexp.MustCompile(`^[a-z][a-z_]*$`)

// Column maps an API attribute ($id, $createdAt, deploymentId, ...) to its
// column name. Attributes were checked against an allow-list by the caller;
// the pattern check here is a second line of defence.
func Column(attr string) (string, error) {
	var col string
	switch attr {
	case "$id":
		col = "id"
	case "$createdAt":
		col = "created_at"
	case "$updatedAt":
		col = "updated_at"
	case "$sequence":
		col = "seq"
	default:
		var b strings.Builder
		for i, r := range attr {
			if unicode.IsUpper(r) {
				if i > 0 {
					b.WriteByte('_')
				}
				b.WriteRune(unicode.ToLower(r))
				continue
			}
			b.WriteRune(r)
		}
		col = b.String()
	}
	if !columnPattern.MatchString(col) {
		return "", Errorf(CodeGeneralQueryInvalid, "Invalid query: Attribute not found in schema: %s", attr)
	}
	return col, nil
}

// likeEscape escapes LIKE wildcards so user text matches literally.
func likeEscape(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return r.Replace(s)
}

func col(name string) clause.Column { return clause.Column{Name: name} }

// applyFilters adds the WHERE conditions of opts to q. Every filter is an
// SQL expression over its column, or over the computed expression that
// opts.Computed gives for that column; and/or combine their nested filters.
func applyFilters(q *gorm.DB, opts ListOptions) (*gorm.DB, error) {
	for _, f := range opts.Filters {
		if c, err := Column(f.Attribute); f.Method == QuerySearch && err == nil {
			if _, computed := opts.Computed[c]; !computed {
				q = searchTerms(q, c, fmt.Sprint(f.Values[0]))
				continue
			}
		}
		cond, err := filterCondition(f, opts.Computed)
		if err != nil {
			return nil, err
		}
		q = q.Where(cond)
	}
	if opts.Search != "" {
		q = searchTerms(q, "search_text", opts.Search)
	}
	return q, nil
}

// filterCondition is the SQL of one filter (bound parameters only).
func filterCondition(f Query, computed map[string]Expr) (clause.Expr, error) {
	if f.Method == QueryAnd || f.Method == QueryOr {
		join := " AND "
		if f.Method == QueryOr {
			join = " OR "
		}
		var parts []string
		var vars []any
		for _, v := range f.Values {
			sub, ok := v.(Query)
			if !ok {
				return clause.Expr{}, Errorf(CodeGeneralQueryInvalid, "Invalid query: %s queries can only contain filter queries", f.Method)
			}
			c, err := filterCondition(sub, computed)
			if err != nil {
				return clause.Expr{}, err
			}
			parts = append(parts, "("+c.SQL+")")
			vars = append(vars, c.Vars...)
		}
		return clause.Expr{SQL: strings.Join(parts, join), Vars: vars}, nil
	}
	c, err := Column(f.Attribute)
	if err != nil {
		return clause.Expr{}, err
	}
	x := Expr{SQL: "?", Vars: []any{col(c)}}
	if e, ok := computed[c]; ok {
		x = Expr{SQL: "(" + e.SQL + ")", Vars: e.Vars}
	}
	// expr builds SQL in which each "%x" is the target expression.
	expr := func(sql string, vars ...any) clause.Expr {
		var out []any
		var b strings.Builder
		for i := 0; i < len(sql); i++ {
			if sql[i] == '%' && i+1 < len(sql) && sql[i+1] == 'x' {
				b.WriteString(x.SQL)
				out = append(out, x.Vars...)
				i++
				continue
			}
			if sql[i] == '?' {
				out = append(out, vars[0])
				vars = vars[1:]
			}
			b.WriteByte(sql[i])
		}
		return clause.Expr{SQL: b.String(), Vars: out}
	}
	like := func(v any, prefix, suffix string) string { return prefix + likeEscape(fmt.Sprint(v)) + suffix }
	anyOf := func(op, join string) clause.Expr {
		var parts []string
		var vars []any
		for _, v := range f.Values {
			e := expr("%x "+op+` ? ESCAPE '\'`, like(v, "%", "%"))
			parts = append(parts, e.SQL)
			vars = append(vars, e.Vars...)
		}
		return clause.Expr{SQL: "(" + strings.Join(parts, join) + ")", Vars: vars}
	}
	switch f.Method {
	case QueryEqual:
		return expr("%x IN ?", f.Values), nil
	case QueryNotEqual:
		return expr("NOT (%x IN ?)", f.Values), nil
	case QueryLessThan:
		return expr("%x < ?", f.Values[0]), nil
	case QueryLessThanEqual:
		return expr("%x <= ?", f.Values[0]), nil
	case QueryGreaterThan:
		return expr("%x > ?", f.Values[0]), nil
	case QueryGreaterThanEqual:
		return expr("%x >= ?", f.Values[0]), nil
	case QueryBetween:
		return expr("%x >= ? AND %x <= ?", f.Values[0], f.Values[1]), nil
	case QueryNotBetween:
		return expr("(%x < ? OR %x > ?)", f.Values[0], f.Values[1]), nil
	case QueryIsNull:
		return expr("%x IS NULL"), nil
	case QueryIsNotNull:
		return expr("%x IS NOT NULL"), nil
	case QueryStartsWith:
		return expr(`%x LIKE ? ESCAPE '\'`, like(f.Values[0], "", "%")), nil
	case QueryNotStartsWith:
		return expr(`%x NOT LIKE ? ESCAPE '\'`, like(f.Values[0], "", "%")), nil
	case QueryEndsWith:
		return expr(`%x LIKE ? ESCAPE '\'`, like(f.Values[0], "%", "")), nil
	case QueryNotEndsWith:
		return expr(`%x NOT LIKE ? ESCAPE '\'`, like(f.Values[0], "%", "")), nil
	case QueryContains, QueryContainsAny:
		return anyOf("LIKE", " OR "), nil
	case QueryContainsAll:
		return anyOf("LIKE", " AND "), nil
	case QueryNotContains:
		return anyOf("NOT LIKE", " AND "), nil
	case QuerySearch:
		var parts []string
		var vars []any
		for _, term := range strings.Fields(strings.ToLower(fmt.Sprint(f.Values[0]))) {
			e := expr(`LOWER(%x) LIKE ? ESCAPE '\'`, "%"+likeEscape(term)+"%")
			parts = append(parts, e.SQL)
			vars = append(vars, e.Vars...)
		}
		if len(parts) == 0 {
			return clause.Expr{SQL: "1 = 1"}, nil
		}
		return clause.Expr{SQL: strings.Join(parts, " AND "), Vars: vars}, nil
	}
	return clause.Expr{}, Errorf(CodeGeneralQueryInvalid, "Invalid query: Method not supported on this attribute: %s", f.Method)
}

// searchTerms matches every whitespace-separated term case-insensitively.
func searchTerms(q *gorm.DB, column, text string) *gorm.DB {
	for _, term := range strings.Fields(strings.ToLower(text)) {
		q = q.Where(clause.Expr{SQL: `LOWER(?) LIKE ? ESCAPE '\'`, Vars: []any{col(column), "%" + likeEscape(term) + "%"}})
	}
	return q
}

type orderTerm struct {
	column string
	desc   bool
}

// listRows runs a list query for model T within scope: filters, search,
// cursor, order, limit and offset, plus the total count when asked.
func listRows[T any](ctx context.Context, db *gorm.DB, scope func(*gorm.DB) *gorm.DB, opts ListOptions, what string) ([]T, int64, error) {
	var model T
	base := scope(db.WithContext(ctx).Model(&model))
	filtered, err := applyFilters(base, opts)
	if err != nil {
		return nil, 0, err
	}
	var total int64
	if opts.Total {
		var n int64
		if err := filtered.Session(&gorm.Session{}).Count(&n).Error; err != nil {
			return nil, 0, dbError("count "+what, err)
		}
		total = min(n, MaxTotal)
	}
	var orders []orderTerm
	for _, o := range opts.Orders {
		c, err := Column(o.Attribute)
		if err != nil {
			return nil, 0, err
		}
		orders = append(orders, orderTerm{column: c, desc: o.Method == QueryOrderDesc})
	}
	orders = append(orders, orderTerm{column: "seq", desc: len(orders) > 0 && orders[len(orders)-1].desc})
	before := opts.CursorDir == "before"
	q := filtered.Session(&gorm.Session{})
	if opts.Cursor != "" {
		cond, err := cursorCondition(ctx, scope(db.WithContext(ctx).Model(&model)), opts.Cursor, orders, before, what)
		if err != nil {
			return nil, 0, err
		}
		q = q.Where(cond)
	}
	for _, o := range orders {
		desc := o.desc != before // paging backwards reads in reverse
		q = q.Order(clause.OrderByColumn{Column: col(o.column), Desc: desc})
	}
	limit := opts.Limit
	if limit <= 0 {
		limit = DefaultLimit
	}
	if len(opts.Omit) > 0 {
		q = q.Omit(opts.Omit...)
	}
	var rows []T
	if err := q.Limit(limit).Offset(opts.Offset).Find(&rows).Error; err != nil {
		return nil, 0, dbError("list "+what, err)
	}
	if before {
		for i, j := 0, len(rows)-1; i < j; i, j = i+1, j-1 {
			rows[i], rows[j] = rows[j], rows[i]
		}
	}
	return rows, total, nil
}

// cursorCondition builds the keyset condition "comes after (or before) the
// cursor document in this order".
func cursorCondition(ctx context.Context, scoped *gorm.DB, cursorID string, orders []orderTerm, before bool, what string) (clause.Expression, error) {
	cols := make([]string, len(orders))
	for i, o := range orders {
		cols[i] = o.column
	}
	row := map[string]any{}
	res := scoped.Where(clause.Eq{Column: col("id"), Value: cursorID}).Select(cols).Limit(1).Take(&row)
	if errors.Is(res.Error, gorm.ErrRecordNotFound) || (res.Error == nil && len(row) == 0) {
		return nil, Errorf(CodeGeneralCursorNotFound, "%s '%s' for the 'cursor' value not found.", what, cursorID)
	}
	if res.Error != nil {
		return nil, dbError("read cursor", res.Error)
	}
	var ors []string
	var vars []any
	for i, o := range orders {
		v := row[o.column]
		if v == nil {
			return nil, Errorf(CodeDatabaseQueryOrderNull, "Order attribute '%s' is empty", o.column)
		}
		if t, ok := v.(time.Time); ok {
			v = t.UTC()
		}
		var parts []string
		for j := 0; j < i; j++ {
			parts = append(parts, "? = ?")
			vars = append(vars, col(orders[j].column), row[orders[j].column])
		}
		op := ">"
		if o.desc != before {
			op = "<"
		}
		parts = append(parts, "? "+op+" ?")
		vars = append(vars, col(o.column), v)
		ors = append(ors, "("+strings.Join(parts, " AND ")+")")
	}
	return clause.Expr{SQL: "(" + strings.Join(ors, " OR ") + ")", Vars: vars}, nil
}
