package query

import (
	"errors"
	"testing"

	"github.com/fnflow/fnflow/models"
)

// TestConvertLegacy checks the 1.4 query syntax that clients below
// response format 1.5 send, converted as Appwrite's V17 request filter does.
func TestConvertLegacy(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`equal("name", ["x"])`, `{"attribute":"name","method":"equal","values":["x"]}`},
		{`equal("name", "x")`, `{"attribute":"name","method":"equal","values":["x"]}`},
		{`equal('name', ["a, b", 'c'])`, `{"attribute":"name","method":"equal","values":["a, b","c"]}`},
		{`lessThan("timeout", 30)`, `{"attribute":"timeout","method":"lessThan","values":[30]}`},
		{`equal("enabled", true)`, `{"attribute":"enabled","method":"equal","values":[true]}`},
		{`between("timeout", 1, 2.5)`, `{"attribute":"timeout","method":"between","values":[1,2.5]}`},
		{`limit(25)`, `{"method":"limit","values":[25]}`},
		{`cursorAfter("abc")`, `{"method":"cursorAfter","values":["abc"]}`},
		{`orderDesc("")`, `{"method":"orderDesc"}`},
		{`orderAsc("$createdAt")`, `{"attribute":"$createdAt","method":"orderAsc"}`},
		{`isNull("scheduleNext")`, `{"attribute":"scheduleNext","method":"isNull"}`},
		{`select(["$id", "status"])`, `{"method":"select","values":["$id","status"]}`},
		{`equal("name", ["say \"hi\""])`, `{"attribute":"name","method":"equal","values":["say \"hi\""]}`},
	} {
		got, err := ConvertLegacy(c.in)
		if err != nil || got != c.want {
			t.Errorf("%s: got %s, %v; want %s", c.in, got, err, c.want)
		}
	}
	for _, bad := range []string{`equal`, `functions.equal("a", "b")`} {
		_, err := ConvertLegacy(bad)
		var me *models.Error
		if !errors.As(err, &me) || me.Code != models.CodeGeneralQueryInvalid {
			t.Errorf("%s: %v, want general_query_invalid", bad, err)
		}
	}
}
