package models

import (
	"errors"
	"fmt"
)

// Code is an Appwrite error type such as "function_not_found". The HTTP status
// for each code lives in one table in package server.
type Code string

// Error codes used by fnflow. Names follow Appwrite's error types.
const (
	CodeGeneralArgumentInvalid   Code = "general_argument_invalid"
	CodeGeneralBadRequest        Code = "general_bad_request"
	CodeGeneralQueryInvalid      Code = "general_query_invalid"
	CodeGeneralCursorNotFound    Code = "general_cursor_not_found"
	CodeDatabaseQueryOrderNull   Code = "database_query_order_null"
	CodeGeneralUnauthorizedScope Code = "general_unauthorized_scope"
	CodeGeneralAccessForbidden   Code = "general_access_forbidden"
	CodeGeneralRateLimitExceeded Code = "general_rate_limit_exceeded"
	CodeGeneralRouteNotFound     Code = "general_route_not_found"
	CodeGeneralNotImplemented    Code = "general_not_implemented"
	CodeGeneralServerError       Code = "general_server_error"
	CodeGeneralUnknown           Code = "general_unknown"
	CodeGeneralPayloadTooLarge   Code = "general_payload_too_large"
	CodeGeneralServiceDisabled   Code = "general_service_disabled"
	CodeHealthQueueSizeExceeded  Code = "health_queue_size_exceeded"
	CodeUserUnauthorized         Code = "user_unauthorized"
	CodeUserJWTInvalid           Code = "user_jwt_invalid"
	CodeProjectNotFound          Code = "project_not_found"
	CodeProjectKeyExpired        Code = "project_key_expired"
	CodeAPIKeyExpired            Code = "api_key_expired"

	CodeFunctionNotFound                 Code = "function_not_found"
	CodeFunctionAlreadyExists            Code = "function_already_exists"
	CodeFunctionRuntimeUnsupported       Code = "function_runtime_unsupported"
	CodeFunctionEntrypointMissing        Code = "function_entrypoint_missing"
	CodeFunctionSynchronousTimeout       Code = "function_synchronous_timeout"
	CodeFunctionAsynchronousTimeout      Code = "function_asynchronous_timeout"
	CodeFunctionExecutePermissionMissing Code = "function_execute_permission_missing"
	CodeFunctionTemplateNotFound         Code = "function_template_not_found"

	// VCS: fnflow has no Git host installations (Appwrite's vcs errors).
	CodeInstallationNotFound       Code = "installation_not_found"
	CodeProviderRepositoryNotFound Code = "provider_repository_not_found"

	CodeDeploymentNotFound Code = "deployment_not_found"
	// fnflow's own: a taken x-appwrite-id (Appwrite ignores the header on a
	// single upload and has no such error).
	CodeDeploymentAlreadyExists Code = "deployment_already_exists"
	CodeBuildNotFound           Code = "build_not_found"
	CodeBuildNotReady           Code = "build_not_ready"
	CodeBuildInProgress         Code = "build_in_progress"
	CodeBuildAlreadyCompleted   Code = "build_already_completed"
	CodeBuildCanceled           Code = "build_canceled"
	CodeBuildFailed             Code = "build_failed"
	CodeBuildTimeout            Code = "build_timeout"

	CodeExecutionNotFound   Code = "execution_not_found"
	CodeExecutionInProgress Code = "execution_in_progress"

	// fnflow's own: events posted by other services (POST /v1/events).
	CodeEventNotFound      Code = "event_not_found"
	CodeEventAlreadyExists Code = "event_already_exists"

	CodeVariableNotFound          Code = "variable_not_found"
	CodeVariableAlreadyExists     Code = "variable_already_exists"
	CodeVariableCannotUnsetSecret Code = "variable_cannot_unset_secret"

	CodeStorageFileEmpty           Code = "storage_file_empty"
	CodeStorageFileTypeUnsupported Code = "storage_file_type_unsupported"
	CodeStorageInvalidFileSize     Code = "storage_invalid_file_size"
	CodeStorageInvalidContentRange Code = "storage_invalid_content_range"
	CodeStorageInvalidAppwriteID   Code = "storage_invalid_appwrite_id"
	CodeStorageInvalidFile         Code = "storage_invalid_file"
	CodeStorageInvalidRange        Code = "storage_invalid_range"
	// fnflow's own (507): the artifact storage is full. Appwrite answers a
	// failed write with 500 general_server_error "Failed moving file".
	CodeStorageDeviceFull Code = "storage_device_full"
)

// Error is fnflow's application error: a code and a message that is safe to
// show to API users. Anything that is not an *Error is reported to users as a
// generic server error; its details go to the log only.
type Error struct {
	Code    Code
	Message string
	// Err is an optional cause kept for logs; it is never shown to users.
	Err error
}

func (e *Error) Error() string {
	if e.Err != nil {
		return fmt.Sprintf("%s: %s: %v", e.Code, e.Message, e.Err)
	}
	return fmt.Sprintf("%s: %s", e.Code, e.Message)
}

func (e *Error) Unwrap() error { return e.Err }

// Errorf builds an *Error with a formatted, user-safe message.
func Errorf(code Code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// Wrap builds an *Error that keeps cause for the logs.
func Wrap(code Code, cause error, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...), Err: cause}
}

// ErrorCode returns the code of the first *Error in err's chain, or "" when
// there is none.
func ErrorCode(err error) Code {
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return ""
}

// IsCode reports whether err carries the given code.
func IsCode(err error, code Code) bool { return err != nil && ErrorCode(err) == code }
