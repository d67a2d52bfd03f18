package server

import (
	"github.com/gofiber/fiber/v2"
)

// Headers Appwrite 1.9 sends on every API response, set in one place.
//
// Appwrite's security-headers hook (app/controllers/general.php) adds
// "Server: Appwrite" and "X-Content-Type-Options: nosniff" to every API
// response, errors included. Its error hook adds the no-cache trio (see
// errorHandler). A 204 from Appwrite carries "Content-Type: text/html":
// Utopia's noContent() sets no type and Swoole writes its default one. The
// official SDKs rely on that: the Python SDK reads the Content-Type of every
// response, so a 204 without one breaks every delete.
//
// An SDK built for a newer Appwrite than APIVersion (its
// X-Appwrite-Response-Format, echoed when at most 32 bytes) gets Appwrite's
// X-Appwrite-Warning, which the SDKs print.
//
// Function-domain responses are the function's own: Appwrite's router
// answers them before the security hook runs, so this middleware is
// registered after functionDomain and never sees them.

// noContentType is what Appwrite (Swoole's default) names a 204's empty body.
const noContentType = "text/html"

// appwriteHeaders sets the headers above. A 204 keeps HTTP's rules: no
// body and no Content-Length (fasthttp omits both on a 204; Swoole sends
// "Content-Length: 0", which RFC 9110 forbids), only the type is named.
func (s *Server) appwriteHeaders(c *fiber.Ctx) error {
	c.Set(fiber.HeaderServer, "Appwrite")
	c.Set(fiber.HeaderXContentTypeOptions, "nosniff")
	if f := c.Get("X-Appwrite-Response-Format"); f != "" && len(f) <= 32 && versionBefore(APIVersion, f) {
		c.Set("X-Appwrite-Warning", "The current SDK is built for Appwrite "+f+". However, the current Appwrite server version is "+
			APIVersion+". Please downgrade your SDK to match the Appwrite version: https://appwrite.io/docs/sdks")
	}
	err := c.Next()
	if err == nil && c.Response().StatusCode() == fiber.StatusNoContent {
		c.Set(fiber.HeaderContentType, noContentType)
	}
	return err
}
