package server

import (
	"bytes"
	"encoding/json"
	"html/template"
	"mime"
	"net/http"
	"strconv"
	"strings"

	"github.com/gofiber/fiber/v2"
)

// Function domains answer a browser with HTML pages, as Appwrite does
// (its router renders app/views/general/error.phtml for an unknown host, a
// missing deployment, a refused execution, and for a function's empty
// 4xx/5xx answer). fnflow does so only for requests whose Accept names
// text/html (what browsers send); API clients (Accept */*, JSON, or none)
// keep the Appwrite JSON error body and the function's own empty answer.
// The page is fnflow's own, below.

var domainPage = template.Must(template.New("page").Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>{{.Code}} {{.Status}}</title>
<style>
body{margin:0;min-height:100vh;display:flex;align-items:center;justify-content:center;background:#f6f7f9;color:#1d2330;font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif}
main{max-width:34rem;padding:2rem;margin:1rem;background:#fff;border:1px solid #e3e6eb;border-radius:.75rem}
h1{margin:0 0 .25rem;font-size:3rem;line-height:1}
h2{margin:0 0 1rem;font-size:1.1rem;font-weight:600;color:#5b6475}
p{margin:0 0 1rem}
code{font-size:.85rem;background:#f0f2f5;padding:.1rem .35rem;border-radius:.25rem}
footer{font-size:.8rem;color:#8a93a3}
</style>
</head>
<body>
<main>
<h1>{{.Code}}</h1>
<h2>{{.Status}}</h2>
<p>{{.Message}}</p>
{{if .Type}}<p><code>{{.Type}}</code></p>{{end}}
<footer>Served by fnflow{{if .ExecutionID}} · execution <code>{{.ExecutionID}}</code>{{end}}</footer>
</main>
</body>
</html>
`))

type domainPageData struct {
	Code        int
	Status      string
	Message     string
	Type        string
	ExecutionID string
}

func renderDomainPage(d domainPageData) []byte {
	d.Status = http.StatusText(d.Code)
	if d.Status == "" {
		d.Status = "Error"
	}
	var b bytes.Buffer
	_ = domainPage.Execute(&b, d) // the template is fixed and its data plain
	return b.Bytes()
}

// acceptsHTML reports whether the request's Accept header names text/html
// (or text/*) with a non-zero quality: a browser's navigation does, an
// API client's (*/*, application/json, none) does not.
func acceptsHTML(c *fiber.Ctx) bool {
	for _, part := range strings.Split(c.Get(fiber.HeaderAccept), ",") {
		mt, params, err := mime.ParseMediaType(strings.TrimSpace(part))
		if err != nil || (mt != "text/html" && mt != "text/*") {
			continue
		}
		if q, ok := params["q"]; ok {
			if v, err := strconv.ParseFloat(q, 64); err != nil || v <= 0 {
				continue
			}
		}
		return true
	}
	return false
}

// domainError answers a function-domain error: Appwrite's JSON error body
// (the one error handler writes it, status and headers included), turned
// into the HTML page when the caller accepts HTML.
func (s *Server) domainError(c *fiber.Ctx, err error) error {
	if herr := s.errorHandler(c, err); herr != nil {
		return herr
	}
	if !acceptsHTML(c) {
		return nil
	}
	var body errorBody
	if json.Unmarshal(c.Response().Body(), &body) != nil {
		return nil
	}
	c.Set(fiber.HeaderContentType, fiber.MIMETextHTMLCharsetUTF8)
	c.Response().SetBodyRaw(renderDomainPage(domainPageData{Code: body.Code, Message: body.Message, Type: body.Type}))
	return nil
}

// emptyErrorPage: a function that answers 4xx/5xx with an empty body gets
// the HTML page in its place for a browser (Appwrite's
// proxy_error_override); its status and headers stay, content-type
// becomes text/html.
func emptyErrorPage(c *fiber.Ctx, status int, executionID string) bool {
	if status < 400 || len(c.Response().Body()) > 0 || !acceptsHTML(c) {
		return false
	}
	c.Set(fiber.HeaderContentType, fiber.MIMETextHTMLCharsetUTF8)
	c.Response().SetBodyRaw(renderDomainPage(domainPageData{Code: status, ExecutionID: executionID,
		Message: "The function answered with this error status and no content."}))
	return true
}
