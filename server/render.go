package server

import (
	"github.com/fnflow/fnflow/models"
)

// The JSON models below follow Appwrite 1.9 field by field, in order. Every
// field is always present.

type functionJSON struct {
	ID                        string         `json:"$id"`
	CreatedAt                 string         `json:"$createdAt"`
	UpdatedAt                 string         `json:"$updatedAt"`
	Execute                   []string       `json:"execute"`
	Name                      string         `json:"name"`
	Enabled                   bool           `json:"enabled"`
	Live                      bool           `json:"live"`
	Logging                   bool           `json:"logging"`
	Runtime                   string         `json:"runtime"`
	DeploymentRetention       int            `json:"deploymentRetention"`
	DeploymentID              string         `json:"deploymentId"`
	DeploymentCreatedAt       string         `json:"deploymentCreatedAt"`
	LatestDeploymentID        string         `json:"latestDeploymentId"`
	LatestDeploymentCreatedAt string         `json:"latestDeploymentCreatedAt"`
	LatestDeploymentStatus    string         `json:"latestDeploymentStatus"`
	Scopes                    []string       `json:"scopes"`
	Vars                      []variableJSON `json:"vars"`
	Events                    []string       `json:"events"`
	Schedule                  string         `json:"schedule"`
	Timeout                   int            `json:"timeout"`
	Entrypoint                string         `json:"entrypoint"`
	Commands                  string         `json:"commands"`
	Version                   string         `json:"version"`
	InstallationID            string         `json:"installationId"`
	ProviderRepositoryID      string         `json:"providerRepositoryId"`
	ProviderBranch            string         `json:"providerBranch"`
	ProviderRootDirectory     string         `json:"providerRootDirectory"`
	ProviderSilentMode        bool           `json:"providerSilentMode"`
	ProviderBranches          []string       `json:"providerBranches"`
	ProviderPaths             []string       `json:"providerPaths"`
	BuildSpecification        string         `json:"buildSpecification"`
	RuntimeSpecification      string         `json:"runtimeSpecification"`
	// fnflow extensions (SDKs ignore them).
	Retries           int    `json:"retries"`
	RetryDelay        int    `json:"retryDelay"`
	MaxConcurrency    int    `json:"maxConcurrency"`
	FailureFunctionID string `json:"failureFunctionId"`
	MinInstances      int    `json:"minInstances"`
	MaxInstances      int    `json:"maxInstances"`
}

func list(l []string) []string {
	if l == nil {
		return []string{}
	}
	return l
}

func renderFunction(f *models.Function, vars []models.Variable) functionJSON {
	vj := make([]variableJSON, 0, len(vars))
	for i := range vars {
		vj = append(vj, renderVariable(&vars[i]))
	}
	return functionJSON{
		ID: f.ID, CreatedAt: models.FormatTime(f.CreatedAt), UpdatedAt: models.FormatTime(f.UpdatedAt),
		Execute: list(f.Execute), Name: f.Name, Enabled: f.Enabled, Live: f.Live, Logging: f.Logging,
		Runtime: f.Runtime, DeploymentRetention: f.DeploymentRetention,
		DeploymentID: f.DeploymentID, DeploymentCreatedAt: models.FormatTimePtr(f.DeploymentCreatedAt),
		LatestDeploymentID: f.LatestDeploymentID, LatestDeploymentCreatedAt: models.FormatTimePtr(f.LatestDeploymentAt),
		LatestDeploymentStatus: f.LatestDeploymentState,
		Scopes:                 list(f.Scopes), Vars: vj, Events: list(f.Events), Schedule: f.Schedule,
		Timeout: f.Timeout, Entrypoint: f.Entrypoint, Commands: f.Commands, Version: f.Version,
		InstallationID: f.InstallationID, ProviderRepositoryID: f.ProviderRepositoryID,
		ProviderBranch: f.ProviderBranch, ProviderRootDirectory: f.ProviderRootDirectory,
		ProviderSilentMode: f.ProviderSilentMode, ProviderBranches: list(f.ProviderBranches),
		ProviderPaths: list(f.ProviderPaths), BuildSpecification: f.BuildSpecification,
		RuntimeSpecification: f.RuntimeSpecification,
		Retries:              f.Retries, RetryDelay: f.RetryDelay, MaxConcurrency: f.MaxConcurrency,
		FailureFunctionID: f.FailureFunctionID,
		MinInstances:      f.MinInstances, MaxInstances: f.MaxInstances,
	}
}

type variableJSON struct {
	ID           string `json:"$id"`
	CreatedAt    string `json:"$createdAt"`
	UpdatedAt    string `json:"$updatedAt"`
	Key          string `json:"key"`
	Value        string `json:"value"`
	Secret       bool   `json:"secret"`
	ResourceType string `json:"resourceType"`
	ResourceID   string `json:"resourceId"`
}

// renderVariable never returns a secret value.
func renderVariable(v *models.Variable) variableJSON {
	value := v.Value
	if v.Secret {
		value = ""
	}
	return variableJSON{
		ID: v.ID, CreatedAt: models.FormatTime(v.CreatedAt), UpdatedAt: models.FormatTime(v.UpdatedAt),
		Key: v.Key, Value: value, Secret: v.Secret, ResourceType: v.ResourceType, ResourceID: v.ResourceID,
	}
}

type deploymentJSON struct {
	ID                      string `json:"$id"`
	CreatedAt               string `json:"$createdAt"`
	UpdatedAt               string `json:"$updatedAt"`
	Type                    string `json:"type"`
	ResourceID              string `json:"resourceId"`
	ResourceType            string `json:"resourceType"`
	Entrypoint              string `json:"entrypoint"`
	SourceSize              int64  `json:"sourceSize"`
	BuildSize               int64  `json:"buildSize"`
	TotalSize               int64  `json:"totalSize"`
	BuildID                 string `json:"buildId"`
	Activate                bool   `json:"activate"`
	ScreenshotLight         string `json:"screenshotLight"`
	ScreenshotDark          string `json:"screenshotDark"`
	Status                  string `json:"status"`
	BuildLogs               string `json:"buildLogs"`
	BuildDuration           int    `json:"buildDuration"`
	ProviderRepositoryName  string `json:"providerRepositoryName"`
	ProviderRepositoryOwner string `json:"providerRepositoryOwner"`
	ProviderRepositoryURL   string `json:"providerRepositoryUrl"`
	ProviderCommitHash      string `json:"providerCommitHash"`
	ProviderCommitAuthorURL string `json:"providerCommitAuthorUrl"`
	ProviderCommitAuthor    string `json:"providerCommitAuthor"`
	ProviderCommitMessage   string `json:"providerCommitMessage"`
	ProviderCommitURL       string `json:"providerCommitUrl"`
	ProviderBranch          string `json:"providerBranch"`
	ProviderBranchURL       string `json:"providerBranchUrl"`
}

func renderDeployment(d *models.Deployment) deploymentJSON {
	return deploymentJSON{
		ID: d.ID, CreatedAt: models.FormatTime(d.CreatedAt), UpdatedAt: models.FormatTime(d.UpdatedAt),
		Type: d.Type, ResourceID: d.FunctionID, ResourceType: "functions", Entrypoint: d.Entrypoint,
		SourceSize: d.SourceSize, BuildSize: d.BuildSize, TotalSize: d.TotalSize, Activate: d.Activate,
		Status: d.Status, BuildLogs: d.BuildLogs, BuildDuration: d.BuildDuration,
	}
}

type executionJSON struct {
	ID                 string          `json:"$id"`
	CreatedAt          string          `json:"$createdAt"`
	UpdatedAt          string          `json:"$updatedAt"`
	Permissions        []string        `json:"$permissions"`
	FunctionID         string          `json:"functionId"`
	DeploymentID       string          `json:"deploymentId"`
	Trigger            string          `json:"trigger"`
	Status             string          `json:"status"`
	RequestMethod      string          `json:"requestMethod"`
	RequestPath        string          `json:"requestPath"`
	RequestHeaders     []models.Header `json:"requestHeaders"`
	ResponseStatusCode int             `json:"responseStatusCode"`
	ResponseBody       string          `json:"responseBody"`
	ResponseHeaders    []models.Header `json:"responseHeaders"`
	Logs               string          `json:"logs"`
	Errors             string          `json:"errors"`
	Duration           float64         `json:"duration"`
	ScheduledAt        *string         `json:"scheduledAt"`
	// fnflow extensions (SDKs ignore them).
	Attempts  int    `json:"attempts"`
	ReplayOf  string `json:"replayOf"`
	FailureOf string `json:"failureOf"`
}

func headers(h models.HeaderList) []models.Header {
	if h == nil {
		return []models.Header{}
	}
	return h
}

// renderExecution shows logs and errors only to key holders (showLogs).
func renderExecution(e *models.Execution, showLogs bool) executionJSON {
	out := executionJSON{
		ID: e.ID, CreatedAt: models.FormatTime(e.CreatedAt), UpdatedAt: models.FormatTime(e.UpdatedAt),
		Permissions: list(e.Permissions), FunctionID: e.FunctionID, DeploymentID: e.DeploymentID,
		Trigger: e.Trigger, Status: e.Status, RequestMethod: e.RequestMethod, RequestPath: e.RequestPath,
		RequestHeaders: headers(e.RequestHeaders), ResponseStatusCode: e.ResponseStatusCode,
		ResponseBody: string(e.ResponseBody), ResponseHeaders: headers(e.ResponseHeaders),
		Duration: e.Duration, Attempts: e.Attempts, ReplayOf: e.ReplayOf, FailureOf: e.FailureOf,
	}
	if showLogs {
		out.Logs, out.Errors = e.Logs, e.Errors
	}
	if e.ScheduledAt != nil {
		s := models.FormatTime(*e.ScheduledAt)
		out.ScheduledAt = &s
	}
	return out
}
