package server

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"strings"
	"unicode/utf8"

	"github.com/gofiber/fiber/v2"

	"github.com/fnflow/fnflow/models"
)

// A synchronous execution answers in the format its caller accepts, as
// Appwrite's executions create does: the first Accept entry (split on ", ")
// that starts with application/json or application/* picks JSON, one that
// starts with multipart/form-data or multipart/* picks multipart; JSON
// otherwise. The multipart form carries the response body as raw bytes;
// JSON cannot carry a body that is not UTF-8, and Appwrite then answers
// 400 general_unknown "Failed to parse response: ..." (PHP's
// json_encode failure), which is kept here instead of replacing bytes
// with U+FFFD.

// rawBytes is a field value written as is in a multipart answer.
type rawBytes []byte

func acceptsMultipart(accept string) bool {
	for _, t := range strings.Split(accept, ", ") {
		switch {
		case strings.HasPrefix(t, "application/json"), strings.HasPrefix(t, "application/*"):
			return false
		case strings.HasPrefix(t, "multipart/form-data"), strings.HasPrefix(t, "multipart/*"):
			return true
		}
	}
	return false
}

// sendSyncExecution writes a finished synchronous execution (out, whose
// response body is body) with status.
func sendSyncExecution(c *fiber.Ctx, status int, out executionJSON, body []byte) error {
	multi := acceptsMultipart(c.Get(fiber.HeaderAccept))
	if !multi && utf8.Valid(body) {
		out.ResponseBody = string(body)
		return sendModel(c, status, modelExecution, out)
	}
	if !multi {
		return sendErrorBody(c, fiber.StatusBadRequest, models.CodeGeneralUnknown,
			"Failed to parse response: Malformed UTF-8 characters, possibly incorrectly encoded")
	}
	out.ResponseBody = ""
	raw, err := json.Marshal(out)
	if err != nil {
		return err
	}
	o, err := decodeObject(raw)
	if err != nil {
		return err
	}
	o.set("responseBody", rawBytes(body))
	for _, f := range filtersFor(c.Get("X-Appwrite-Response-Format")) {
		f.apply(o, modelExecution)
	}
	boundary, form := multipartForm(o)
	c.Status(status)
	c.Set(fiber.HeaderContentType, "multipart/form-data; boundary="+boundary)
	return c.Send(form)
}

// multipartForm renders o as Appwrite's BodyMultipart does: one part per
// field, arrays and objects as JSON (with their content type), false as
// 0, true as 1, null as nothing, everything else as its text.
func multipartForm(o *object) (string, []byte) {
	var id [7]byte
	_, _ = rand.Read(id[:])
	boundary := "-----------------------------" + hex.EncodeToString(id[:])[:13]
	var b bytes.Buffer
	b.WriteString("--" + boundary)
	for _, k := range o.keys {
		b.WriteString("\r\nContent-Disposition: form-data; name=\"" + k + "\"")
		var val []byte
		switch v := o.vals[k].(type) {
		case rawBytes:
			val = v
		case string:
			val = []byte(v)
		case json.Number:
			val = []byte(v.String())
		case bool:
			val = []byte("0")
			if v {
				val = []byte("1")
			}
		case nil:
		default:
			b.WriteString("\r\nContent-Type: application/json")
			val, _ = json.Marshal(v)
		}
		b.WriteString("\r\n\r\n")
		b.Write(val)
		b.WriteString("\r\n--" + boundary)
	}
	b.WriteString("--\r\n")
	return boundary, b.Bytes()
}

// sendErrorBody answers an Appwrite error with a status of its own (the
// few places where Appwrite's status is not its type's usual one).
func sendErrorBody(c *fiber.Ctx, status int, code models.Code, message string) error {
	c.Set("Cache-Control", "no-cache, no-store, must-revalidate")
	c.Set("Expires", "0")
	c.Set("Pragma", "no-cache")
	return c.Status(status).JSON(errorBody{Message: message, Code: status, Type: string(code), Version: APIVersion})
}
