package models

import (
	"database/sql/driver"
	"encoding/json"
	"fmt"
	"time"
)

// StringList is a []string stored as a JSON array in one text column.
type StringList []string

// Value implements driver.Valuer.
func (l StringList) Value() (driver.Value, error) {
	if l == nil {
		l = StringList{}
	}
	b, err := json.Marshal([]string(l))
	return string(b), err
}

// Scan implements sql.Scanner.
func (l *StringList) Scan(src any) error {
	return scanJSON(src, (*[]string)(l))
}

// Header is one HTTP header as Appwrite returns it: {name, value}.
type Header struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

// HeaderList is a []Header stored as JSON.
type HeaderList []Header

// Value implements driver.Valuer.
func (l HeaderList) Value() (driver.Value, error) {
	if l == nil {
		l = HeaderList{}
	}
	b, err := json.Marshal([]Header(l))
	return string(b), err
}

// Scan implements sql.Scanner.
func (l *HeaderList) Scan(src any) error { return scanJSON(src, (*[]Header)(l)) }

func scanJSON(src any, dst any) error {
	var b []byte
	switch v := src.(type) {
	case nil:
		return nil
	case string:
		b = []byte(v)
	case []byte:
		b = v
	default:
		return fmt.Errorf("models: cannot scan %T as JSON", src)
	}
	if len(b) == 0 {
		return nil
	}
	return json.Unmarshal(b, dst)
}

// Project is a tenant: functions, variables and keys belong to one.
type Project struct {
	Seq  int64  `gorm:"primaryKey;autoIncrement"`
	ID   string `gorm:"size:36;uniqueIndex;not null;default:''"`
	Name string `gorm:"size:128;not null;default:''"`
	// KeySecret signs the ephemeral keys functions get (never shown).
	KeySecret string    `gorm:"size:64;not null;default:''" json:"-"`
	CreatedAt time.Time `gorm:"not null"`
	UpdatedAt time.Time `gorm:"not null"`
}

// APIKey authorises server calls within one project. Only a hash of the
// secret is stored; the secret is shown once when the key is created.
type APIKey struct {
	Seq        int64      `gorm:"primaryKey;autoIncrement"`
	ID         string     `gorm:"size:36;uniqueIndex;not null;default:''"`
	ProjectID  string     `gorm:"size:36;index;not null;default:''"`
	Name       string     `gorm:"size:128;not null;default:''"`
	SecretHash string     `gorm:"size:64;uniqueIndex;not null;default:''"`
	Scopes     StringList `gorm:"type:text;not null;default:'[]'"`
	ExpiresAt  *time.Time
	CreatedAt  time.Time `gorm:"not null"`
	UpdatedAt  time.Time `gorm:"not null"`
}

// Function is a user function and its configuration.
type Function struct {
	Seq                   int64      `gorm:"primaryKey;autoIncrement"`
	ProjectID             string     `gorm:"size:36;not null;default:'';uniqueIndex:ux_function_project_id,priority:1"`
	ID                    string     `gorm:"size:36;not null;default:'';uniqueIndex:ux_function_project_id,priority:2"`
	Name                  string     `gorm:"size:128;not null;default:''"`
	Runtime               string     `gorm:"size:64;not null;default:''"`
	Execute               StringList `gorm:"type:text;not null;default:'[]'"`
	Events                StringList `gorm:"type:text;not null;default:'[]'"`
	Scopes                StringList `gorm:"type:text;not null;default:'[]'"`
	Schedule              string     `gorm:"size:128;not null;default:''"`
	ScheduleNext          *time.Time
	SchedulePrevious      *time.Time
	Timeout               int    `gorm:"not null;default:0"`
	Enabled               bool   `gorm:"not null;default:false"`
	Logging               bool   `gorm:"not null;default:false"`
	Live                  bool   `gorm:"not null;default:false"`
	Entrypoint            string `gorm:"size:1028;not null;default:''"`
	Commands              string `gorm:"type:text;not null;default:''"`
	Version               string `gorm:"size:8;not null;default:'v5'"`
	DeploymentID          string `gorm:"size:36;not null;default:''"`
	DeploymentCreatedAt   *time.Time
	LatestDeploymentID    string `gorm:"size:36;not null;default:''"`
	LatestDeploymentAt    *time.Time
	LatestDeploymentState string     `gorm:"size:16;not null;default:''"`
	DeploymentRetention   int        `gorm:"not null;default:0"`
	InstallationID        string     `gorm:"size:128;not null;default:''"`
	ProviderRepositoryID  string     `gorm:"size:128;not null;default:''"`
	ProviderBranch        string     `gorm:"size:128;not null;default:''"`
	ProviderRootDirectory string     `gorm:"size:128;not null;default:''"`
	ProviderSilentMode    bool       `gorm:"not null;default:false"`
	ProviderBranches      StringList `gorm:"type:text;not null;default:'[]'"`
	ProviderPaths         StringList `gorm:"type:text;not null;default:'[]'"`
	BuildSpecification    string     `gorm:"size:32;not null;default:''"`
	RuntimeSpecification  string     `gorm:"size:32;not null;default:''"`
	SearchText            string     `gorm:"type:text;not null;default:''"`
	// fnflow extensions (issue 14): retries of a failed run, the first
	// retry's delay in seconds (doubling), runs in flight (0: no bound), the
	// function run when an execution ends failed.
	Retries           int    `gorm:"not null;default:0"`
	RetryDelay        int    `gorm:"not null;default:5"`
	MaxConcurrency    int    `gorm:"not null;default:0"`
	FailureFunctionID string `gorm:"size:36;not null;default:''"`
	// MinInstances and MaxInstances are fnflow extensions: containers kept
	// warm, and the most the function's deployment may get (0: the
	// docker.max_instances default).
	MinInstances int       `gorm:"not null;default:0"`
	MaxInstances int       `gorm:"not null;default:0"`
	CreatedAt    time.Time `gorm:"not null;index"`
	UpdatedAt    time.Time `gorm:"not null"`
}

// Deployment statuses.
const (
	DeploymentWaiting    = "waiting"
	DeploymentProcessing = "processing"
	DeploymentBuilding   = "building"
	DeploymentReady      = "ready"
	DeploymentFailed     = "failed"
	DeploymentCanceled   = "canceled"
)

// Deployment is one uploaded version of a function's code and its build.
type Deployment struct {
	Seq            int64  `gorm:"primaryKey;autoIncrement"`
	ProjectID      string `gorm:"size:36;not null;default:'';uniqueIndex:ux_deployment_project_id,priority:1"`
	ID             string `gorm:"size:36;not null;default:'';uniqueIndex:ux_deployment_project_id,priority:2"`
	FunctionID     string `gorm:"size:36;not null;default:'';index"`
	Type           string `gorm:"size:16;not null;default:''"`
	Entrypoint     string `gorm:"size:1028;not null;default:''"`
	Commands       string `gorm:"type:text;not null;default:''"`
	SourceSize     int64  `gorm:"not null;default:0"`
	BuildSize      int64  `gorm:"not null;default:0"`
	TotalSize      int64  `gorm:"not null;default:0"`
	Activate       bool   `gorm:"not null;default:false"`
	Status         string `gorm:"size:16;not null;default:'';index"`
	BuildLogs      string `gorm:"type:text;not null;default:''"`
	BuildDuration  int    `gorm:"not null;default:0"`
	BuildStartedAt *time.Time
	BuildEndedAt   *time.Time
	// SourcePath and OutputPath are artifact keys in artifact storage.
	SourcePath string `gorm:"size:512;not null;default:''"`
	OutputPath string `gorm:"size:512;not null;default:''"`
	// ChunksTotal and ChunksUploaded track a chunked upload in progress.
	ChunksTotal    int       `gorm:"not null;default:0"`
	ChunksUploaded int       `gorm:"not null;default:0"`
	SearchText     string    `gorm:"type:text;not null;default:''"`
	CreatedAt      time.Time `gorm:"not null;index"`
	UpdatedAt      time.Time `gorm:"not null"`
}

// Execution statuses and triggers.
const (
	ExecutionWaiting    = "waiting"
	ExecutionProcessing = "processing"
	ExecutionCompleted  = "completed"
	ExecutionFailed     = "failed"
	ExecutionScheduled  = "scheduled"

	TriggerHTTP     = "http"
	TriggerSchedule = "schedule"
	TriggerEvent    = "event"
)

// Execution is one run of a function. Request and response bodies and logs
// live here, never in workflow payloads.
type Execution struct {
	Seq                int64      `gorm:"primaryKey;autoIncrement"`
	ProjectID          string     `gorm:"size:36;not null;default:'';uniqueIndex:ux_execution_project_id,priority:1"`
	ID                 string     `gorm:"size:36;not null;default:'';uniqueIndex:ux_execution_project_id,priority:2"`
	FunctionID         string     `gorm:"size:36;not null;default:'';index"`
	DeploymentID       string     `gorm:"size:36;not null;default:''"`
	Trigger            string     `gorm:"size:16;not null;default:''"`
	Status             string     `gorm:"size:16;not null;default:'';index"`
	Permissions        StringList `gorm:"type:text;not null;default:'[]'"`
	RequestMethod      string     `gorm:"size:16;not null;default:''"`
	RequestPath        string     `gorm:"type:text;not null;default:''"`
	RequestHeaders     HeaderList `gorm:"type:text;not null;default:'[]'"`
	RequestBody        []byte
	ResponseStatusCode int        `gorm:"not null;default:0"`
	ResponseHeaders    HeaderList `gorm:"type:text;not null;default:'[]'"`
	ResponseBody       []byte
	Logs               string  `gorm:"type:text;not null;default:''"`
	Errors             string  `gorm:"type:text;not null;default:''"`
	Duration           float64 `gorm:"not null;default:0"`
	ScheduledAt        *time.Time
	UserID             string `gorm:"size:36;not null;default:''"`
	Event              string `gorm:"size:256;not null;default:''"`
	// EventID is the posted event that started this execution (trigger event).
	EventID string `gorm:"size:36;not null;default:'';index"`
	// fnflow extensions: how many attempts ran (retries), the execution
	// this one replays, and the failed execution whose failure function
	// this run is.
	Attempts  int       `gorm:"not null;default:0"`
	ReplayOf  string    `gorm:"size:36;not null;default:''"`
	FailureOf string    `gorm:"size:36;not null;default:''"`
	CreatedAt time.Time `gorm:"not null;index"`
	UpdatedAt time.Time `gorm:"not null"`
}

// Variable resource types.
const (
	VariableFunction = "function"
	VariableProject  = "project"
)

// Variable is an environment variable given to a function (function level)
// or to every function of a project (project level).
type Variable struct {
	Seq          int64     `gorm:"primaryKey;autoIncrement"`
	ProjectID    string    `gorm:"size:36;not null;default:'';uniqueIndex:ux_variable_project_id,priority:1;uniqueIndex:ux_variable_key,priority:1"`
	ID           string    `gorm:"size:36;not null;default:'';uniqueIndex:ux_variable_project_id,priority:2"`
	ResourceType string    `gorm:"size:16;not null;default:'';uniqueIndex:ux_variable_key,priority:2"`
	ResourceID   string    `gorm:"size:36;not null;default:'';uniqueIndex:ux_variable_key,priority:3"`
	Key          string    `gorm:"size:255;not null;default:'';uniqueIndex:ux_variable_key,priority:4"`
	Value        string    `gorm:"type:text;not null;default:''"`
	Secret       bool      `gorm:"not null;default:false"`
	CreatedAt    time.Time `gorm:"not null"`
	UpdatedAt    time.Time `gorm:"not null"`
}

// SchemaVersion records which schema revision a database has seen.
type SchemaVersion struct {
	Version   int       `gorm:"primaryKey"`
	AppliedAt time.Time `gorm:"not null"`
}
