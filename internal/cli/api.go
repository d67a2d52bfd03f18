package cli

import (
	"context"
	"net/url"
	"strconv"
)

// Function holds the fields of the API's Function model the CLI shows.
type Function struct {
	ID                     string   `json:"$id"`
	Name                   string   `json:"name"`
	Runtime                string   `json:"runtime"`
	Enabled                bool     `json:"enabled"`
	Live                   bool     `json:"live"`
	Execute                []string `json:"execute"`
	Events                 []string `json:"events"`
	Schedule               string   `json:"schedule"`
	Timeout                int      `json:"timeout"`
	Entrypoint             string   `json:"entrypoint"`
	Commands               string   `json:"commands"`
	DeploymentID           string   `json:"deploymentId"`
	LatestDeploymentID     string   `json:"latestDeploymentId"`
	LatestDeploymentStatus string   `json:"latestDeploymentStatus"`
	RuntimeSpecification   string   `json:"runtimeSpecification"`
	UpdatedAt              string   `json:"$updatedAt"`
}

// Deployment holds the Deployment fields the CLI follows.
type Deployment struct {
	ID            string `json:"$id"`
	Status        string `json:"status"`
	BuildLogs     string `json:"buildLogs"`
	BuildDuration int    `json:"buildDuration"`
	SourceSize    int64  `json:"sourceSize"`
}

// Header is one of an execution's headers.
type Header struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

// Execution holds the Execution model.
type Execution struct {
	ID                 string   `json:"$id"`
	CreatedAt          string   `json:"$createdAt"`
	UpdatedAt          string   `json:"$updatedAt"`
	FunctionID         string   `json:"functionId"`
	DeploymentID       string   `json:"deploymentId"`
	Trigger            string   `json:"trigger"`
	Status             string   `json:"status"`
	RequestMethod      string   `json:"requestMethod"`
	RequestPath        string   `json:"requestPath"`
	ResponseStatusCode int      `json:"responseStatusCode"`
	ResponseBody       string   `json:"responseBody"`
	ResponseHeaders    []Header `json:"responseHeaders"`
	Logs               string   `json:"logs"`
	Errors             string   `json:"errors"`
	Duration           float64  `json:"duration"`
	ScheduledAt        *string  `json:"scheduledAt"`
}

// Variable holds the Variable model.
type Variable struct {
	ID     string `json:"$id"`
	Key    string `json:"key"`
	Value  string `json:"value"`
	Secret bool   `json:"secret"`
}

func fnPath(id string, rest ...string) string {
	p := "/functions/" + PathEscape(id)
	for _, r := range rest {
		p += "/" + r
	}
	return p
}

// queryString encodes JSON queries as queries[]=...
func queryString(queries ...string) string {
	v := url.Values{}
	for _, q := range queries {
		v.Add("queries[]", q)
	}
	if len(v) == 0 {
		return ""
	}
	return "?" + v.Encode()
}

// GetFunction reads one function.
func (c *Client) GetFunction(ctx context.Context, id string) (*Function, error) {
	var f Function
	return &f, c.Do(ctx, "GET", fnPath(id), nil, &f)
}

// ListExecutions returns a function's newest executions first (limit n).
func (c *Client) ListExecutions(ctx context.Context, id string, n int) ([]Execution, error) {
	var out struct {
		Executions []Execution `json:"executions"`
	}
	q := queryString(`{"method":"orderDesc","attribute":"$createdAt"}`, `{"method":"limit","values":[`+strconv.Itoa(n)+`]}`)
	return out.Executions, c.Do(ctx, "GET", fnPath(id, "executions")+q, nil, &out)
}
