package server

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"runtime/debug"
	"strings"
	"time"

	"github.com/gofiber/fiber/v2"
)

const localRequestID = "request_id"

func (s *Server) requestID(c *fiber.Ctx) error {
	id := c.Get("X-Request-Id")
	if id == "" || len(id) > 64 || strings.ContainsAny(id, " \t\r\n") {
		var b [8]byte
		_, _ = rand.Read(b[:])
		id = hex.EncodeToString(b[:])
	}
	c.Locals(localRequestID, id)
	c.Set("X-Request-Id", id)
	return c.Next()
}

func requestID(c *fiber.Ctx) string {
	id, _ := c.Locals(localRequestID).(string)
	return id
}

// accessLog logs one line per request. It never logs headers, bodies or
// query strings, where keys, JWTs and variable values travel.
func (s *Server) accessLog(c *fiber.Ctx) error {
	start := time.Now()
	err := c.Next()
	if err != nil {
		if herr := s.app.ErrorHandler(c, err); herr != nil {
			_ = c.SendStatus(fiber.StatusInternalServerError)
		}
	}
	s.log.Info("http request", append([]any{"request_id", requestID(c), "method", c.Method(), "path", c.Path(),
		"status", c.Response().StatusCode(), "duration_ms", float64(time.Since(start).Microseconds()) / 1000,
		"bytes_in", len(c.Request().Body())}, logIDs(c)...)...)
	return nil
}

// recoverPanics turns a panic into a generic 500 and logs the stack.
func (s *Server) recoverPanics(c *fiber.Ctx) (err error) {
	defer func() {
		if r := recover(); r != nil {
			s.log.Error("panic in handler", "request_id", requestID(c), "panic", fmt.Sprint(r), "stack", string(debug.Stack()))
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	return c.Next()
}
