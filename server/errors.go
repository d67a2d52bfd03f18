package server

import (
	"errors"

	"github.com/gofiber/fiber/v2"

	"github.com/fnflow/fnflow/models"
)

// APIVersion is the Appwrite server version fnflow answers as.
const APIVersion = "1.9.6"

// statusByCode is the one table from error code to HTTP status.
var statusByCode = map[models.Code]int{
	models.CodeGeneralArgumentInvalid:   400,
	models.CodeGeneralBadRequest:        400,
	models.CodeGeneralQueryInvalid:      400,
	models.CodeGeneralCursorNotFound:    400,
	models.CodeDatabaseQueryOrderNull:   400,
	models.CodeGeneralUnauthorizedScope: 401,
	models.CodeGeneralAccessForbidden:   401,
	models.CodeGeneralRateLimitExceeded: 429,
	models.CodeGeneralRouteNotFound:     404,
	models.CodeGeneralNotImplemented:    405,
	models.CodeGeneralServerError:       500,
	models.CodeGeneralUnknown:           500,
	models.CodeGeneralPayloadTooLarge:   413,
	models.CodeGeneralServiceDisabled:   503,
	models.CodeHealthQueueSizeExceeded:  503,
	models.CodeUserUnauthorized:         401,
	models.CodeUserJWTInvalid:           401,
	models.CodeProjectNotFound:          404,
	models.CodeProjectKeyExpired:        401,
	models.CodeAPIKeyExpired:            401,

	models.CodeFunctionNotFound:                 404,
	models.CodeFunctionAlreadyExists:            409,
	models.CodeFunctionRuntimeUnsupported:       404,
	models.CodeFunctionEntrypointMissing:        404,
	models.CodeFunctionSynchronousTimeout:       408,
	models.CodeFunctionAsynchronousTimeout:      408,
	models.CodeFunctionExecutePermissionMissing: 401,
	models.CodeFunctionTemplateNotFound:         404,
	models.CodeInstallationNotFound:             404,
	models.CodeProviderRepositoryNotFound:       404,

	models.CodeDeploymentNotFound:      404,
	models.CodeDeploymentAlreadyExists: 409,
	models.CodeBuildNotFound:           404,
	models.CodeBuildNotReady:           400,
	models.CodeBuildInProgress:         400,
	models.CodeBuildAlreadyCompleted:   400,
	models.CodeBuildCanceled:           400,
	models.CodeBuildFailed:             400,
	models.CodeBuildTimeout:            408,

	models.CodeExecutionNotFound:   404,
	models.CodeEventNotFound:       404,
	models.CodeEventAlreadyExists:  409,
	models.CodeExecutionInProgress: 400,

	models.CodeVariableNotFound:          404,
	models.CodeVariableAlreadyExists:     409,
	models.CodeVariableCannotUnsetSecret: 400,

	models.CodeStorageFileEmpty:           400,
	models.CodeStorageFileTypeUnsupported: 400,
	models.CodeStorageInvalidFileSize:     400,
	models.CodeStorageInvalidContentRange: 400,
	models.CodeStorageInvalidAppwriteID:   400,
	models.CodeStorageInvalidFile:         403,
	models.CodeStorageInvalidRange:        416,
	models.CodeStorageDeviceFull:          507,
}

// StatusFor returns the HTTP status for an error code (500 when unknown).
func StatusFor(code models.Code) int {
	if s, ok := statusByCode[code]; ok {
		return s
	}
	return 500
}

type errorBody struct {
	Message string `json:"message"`
	Code    int    `json:"code"`
	Type    string `json:"type"`
	Version string `json:"version"`
}

// errorHandler turns any error returned by a handler into Appwrite's error
// body. Errors without a code are logged and answered with a generic 500.
func (s *Server) errorHandler(c *fiber.Ctx, err error) error {
	err = dependencyError(err) // an unreachable database answers 503
	var e *models.Error
	var fe *fiber.Error
	body := errorBody{Version: APIVersion}
	switch {
	case errors.As(err, &e):
		body.Type = string(e.Code)
		body.Message = e.Message
		body.Code = StatusFor(e.Code)
		if e.Err != nil {
			s.log.Warn("request failed", append([]any{"request_id", requestID(c), "type", body.Type, "error", e.Err}, logIDs(c)...)...)
		}
	case errors.As(err, &fe):
		body.Code, body.Type, body.Message = fiberError(fe)
	default:
		body.Code = 500
		body.Type = string(models.CodeGeneralServerError)
		body.Message = "Server Error"
		s.log.Error("request failed", append([]any{"request_id", requestID(c), "method", c.Method(), "path", c.Path(), "error", err}, logIDs(c)...)...)
	}
	c.Set("Cache-Control", "no-cache, no-store, must-revalidate")
	c.Set("Expires", "0")
	c.Set("Pragma", "no-cache")
	setRetryAfter(c, err)
	return c.Status(body.Code).JSON(body)
}

// fiberError maps Fiber's own errors (bad routes, oversized bodies, ...).
func fiberError(fe *fiber.Error) (int, string, string) {
	switch fe.Code {
	case fiber.StatusNotFound:
		return 404, string(models.CodeGeneralRouteNotFound), "The requested route was not found. Please refer to the API docs and try again."
	case fiber.StatusMethodNotAllowed:
		return 404, string(models.CodeGeneralRouteNotFound), "The requested route was not found. Please refer to the API docs and try again."
	case fiber.StatusRequestEntityTooLarge:
		return 413, string(models.CodeGeneralPayloadTooLarge), "Request body is too large."
	case fiber.StatusBadRequest, fiber.StatusUnprocessableEntity:
		return 400, string(models.CodeGeneralBadRequest), "Bad request: " + fe.Message
	case fiber.StatusRequestTimeout:
		return 408, string(models.CodeGeneralBadRequest), "Request timed out."
	}
	if fe.Code >= 400 && fe.Code < 500 {
		return fe.Code, string(models.CodeGeneralBadRequest), fe.Message
	}
	return 500, string(models.CodeGeneralServerError), "Server Error"
}
