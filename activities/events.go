package activities

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"

	"github.com/fnflow/fnflow/contract"
	"github.com/fnflow/fnflow/events"
	"github.com/fnflow/fnflow/models"
)

// EventUserAgent is the user-agent of the request an event-triggered
// function receives: Appwrite/<the API version fnflow reports> (a server
// test keeps the two in step).
const EventUserAgent = "Appwrite/1.9.6"

// EventExecutionID is the execution an event starts for a function: derived
// from both, so a retried dispatch finds the row it stored before.
func EventExecutionID(eventID, functionID string) string {
	h := sha256.Sum256([]byte(eventID + "|" + functionID))
	return "evt" + hex.EncodeToString(h[:])[:29]
}

// DispatchEvent stores one execution (trigger event) for every enabled
// function of the project whose events patterns match the event and which
// has a ready active deployment, and returns them for the workflow to run.
// It is idempotent: a retry returns the rows it stored before.
func (a *Activities) DispatchEvent(ctx context.Context, ref contract.EventInput) ([]contract.EventRun, error) {
	ev, err := a.Store.GetEvent(ctx, ref.ProjectID, ref.EventID)
	if models.IsCode(err, models.CodeEventNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("dispatch event: %w", err)
	}
	fs, err := a.Store.FunctionsWithEvents(ctx, ref.ProjectID)
	if err != nil {
		return nil, fmt.Errorf("dispatch event: %w", err)
	}
	names := events.Expand(ev.Name)
	var runs []contract.EventRun
	for i := range fs {
		f := &fs[i]
		if !slices.ContainsFunc(f.Events, func(p string) bool { return slices.Contains(names, p) }) {
			continue
		}
		id := EventExecutionID(ev.ID, f.ID)
		if e, err := a.Store.GetExecution(ctx, f.ProjectID, f.ID, id); err == nil {
			runs = append(runs, contract.EventRun{FunctionID: f.ID, ExecutionID: id, DeploymentID: e.DeploymentID, Timeout: f.Timeout})
			continue
		} else if !models.IsCode(err, models.CodeExecutionNotFound) {
			return nil, fmt.Errorf("dispatch event: %w", err)
		}
		skip, err := a.eventSkip(ctx, f)
		if err != nil {
			return nil, fmt.Errorf("dispatch event: %w", err)
		}
		if skip != "" {
			a.Log.Info("event not delivered to function", "project_id", f.ProjectID, "function_id", f.ID,
				"event_id", ev.ID, "event", ev.Name, "reason", skip)
			continue
		}
		e := &models.Execution{ProjectID: f.ProjectID, ID: id, FunctionID: f.ID, DeploymentID: f.DeploymentID,
			Trigger: models.TriggerEvent, Status: models.ExecutionWaiting, RequestMethod: "POST", RequestPath: "/",
			RequestHeaders: models.HeaderList{{Name: "content-type", Value: "application/json"}, {Name: "user-agent", Value: EventUserAgent}},
			RequestBody:    ev.Payload, Event: ev.Name, EventID: ev.ID}
		if err := a.createExecution(ctx, e); err != nil {
			return nil, fmt.Errorf("dispatch event: %w", err)
		}
		runs = append(runs, contract.EventRun{FunctionID: f.ID, ExecutionID: id, DeploymentID: f.DeploymentID, Timeout: f.Timeout})
	}
	return runs, nil
}

// eventSkip says why a subscribed function cannot run now ("" when it can).
func (a *Activities) eventSkip(ctx context.Context, f *models.Function) (string, error) {
	if !f.Enabled {
		return "function disabled", nil
	}
	if _, ok := a.Runtimes[f.Runtime]; !ok {
		return "runtime not supported", nil
	}
	_, err := a.Store.ActiveDeployment(ctx, f)
	switch {
	case models.IsCode(err, models.CodeDeploymentNotFound):
		return "no active deployment", nil
	case models.IsCode(err, models.CodeBuildNotReady):
		return "active deployment not ready", nil
	}
	return "", err
}
