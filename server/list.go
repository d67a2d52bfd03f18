package server

import (
	"github.com/gofiber/fiber/v2"

	"github.com/fnflow/fnflow/models"
	"github.com/fnflow/fnflow/query"
)

// listOptions reads queries (in any of the three GET array encodings),
// search and total from the query string.
func listOptions(c *fiber.Ctx, res query.Resource) (models.ListOptions, error) {
	var pairs [][2]string
	c.Context().QueryArgs().VisitAll(func(k, v []byte) {
		pairs = append(pairs, [2]string{string(k), string(v)})
	})
	queries, search, err := filterQueries(c, query.CollectArray(pairs, "queries"), c.Query("search"))
	if err != nil {
		return models.ListOptions{}, err
	}
	return query.ParseQueries(queries, search, c.Query("total"), res)
}
