package server

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/gofiber/fiber/v2"
	"go.temporal.io/api/enums/v1"
	"go.temporal.io/api/serviceerror"
	"go.temporal.io/sdk/client"

	"github.com/fnflow/fnflow/contract"
	"github.com/fnflow/fnflow/events"
	"github.com/fnflow/fnflow/models"
)

// POST /v1/events is fnflow's own route (Appwrite has none): another service
// posts an event such as users.u1.create with its payload, and every enabled
// function whose events patterns match it runs once with trigger "event".
// Keys need the events.write scope.
func (s *Server) registerEvents(r fiber.Router) {
	r.Post("/", s.scope("events.write"), s.createEvent)
	r.Get("/:eventId", s.scope("events.read", "events.write"), s.getEvent)
}

// eventDetailJSON is a stored event with the executions it started.
type eventDetailJSON struct {
	eventJSON
	Payload    json.RawMessage      `json:"payload"`
	Executions []eventExecutionJSON `json:"executions"`
}

type eventExecutionJSON struct {
	ID           string `json:"$id"`
	FunctionID   string `json:"functionId"`
	DeploymentID string `json:"deploymentId"`
	Status       string `json:"status"`
	CreatedAt    string `json:"$createdAt"`
}

// getEvent shows a posted event and the executions it has started so far
// (the dispatch runs in the background: an empty list right after posting
// may still fill).
func (s *Server) getEvent(c *fiber.Ctx) error {
	id := c.Params("eventId")
	pr := principalOf(c)
	if !models.ValidID(id) {
		return models.Errorf(models.CodeEventNotFound, "Event with the requested ID could not be found.")
	}
	ev, err := s.store.GetEvent(c.UserContext(), pr.project.ID, id)
	if err != nil {
		return err
	}
	es, err := s.store.EventExecutions(c.UserContext(), ev.ProjectID, ev.ID)
	if err != nil {
		return err
	}
	out := eventDetailJSON{eventJSON: eventJSON{ID: ev.ID, CreatedAt: models.FormatTime(ev.CreatedAt), Event: ev.Name,
		Events: events.Expand(ev.Name)}, Payload: json.RawMessage(ev.Payload), Executions: []eventExecutionJSON{}}
	if !json.Valid(out.Payload) {
		out.Payload = json.RawMessage("null")
	}
	for _, e := range es {
		out.Executions = append(out.Executions, eventExecutionJSON{ID: e.ID, FunctionID: e.FunctionID,
			DeploymentID: e.DeploymentID, Status: e.Status, CreatedAt: models.FormatTime(e.CreatedAt)})
	}
	return c.JSON(out)
}

// eventJSON is the answer to a posted event.
type eventJSON struct {
	ID        string   `json:"$id"`
	CreatedAt string   `json:"$createdAt"`
	Event     string   `json:"event"`
	Events    []string `json:"events"`
}

func (s *Server) createEvent(c *fiber.Ctx) error {
	p, err := parseBody(c)
	if err != nil {
		return err
	}
	rawID, err := p.text("eventId", optional, 36, nonEmpty, "unique()")
	if err != nil {
		return err
	}
	id, err := models.ResolveID("eventId", rawID)
	if err != nil {
		return err
	}
	name, err := p.text("event", required, 256, nonEmpty, "")
	if err != nil {
		return err
	}
	if err := checkEventName("event", name, true); err != nil {
		return err
	}
	payload := []byte("{}")
	if p.has("payload") {
		payload = p.raw["payload"]
		if len(payload) > maxExecutionBody {
			return invalid("payload", fmt.Sprintf("Value must be JSON of at most %d bytes.", maxExecutionBody))
		}
	}
	ctx := c.UserContext()
	pr := principalOf(c)
	ev, created, err := s.store.CreateEvent(ctx, &models.Event{ProjectID: pr.project.ID, ID: id, Name: name, Payload: payload})
	if err != nil {
		return err
	}
	_, err = s.startWorkflow(ctx, client.StartWorkflowOptions{
		ID: contract.EventWorkflowID(ev.ProjectID, ev.ID), TaskQueue: s.cfg.Temporal.TaskQueue,
		WorkflowIDReusePolicy: enums.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE,
		TypedSearchAttributes: contract.SearchAttributes(contract.Attrs{ProjectID: ev.ProjectID, Trigger: models.TriggerEvent}),
		StaticSummary:         contract.EventSummary(ev.Name),
	}, contract.EventWorkflow, contract.EventInput{ProjectID: ev.ProjectID, EventID: ev.ID})
	var already *serviceerror.WorkflowExecutionAlreadyStarted
	if err != nil && !errors.As(err, &already) {
		// The event is stored; posting it again (same eventId) retries.
		return fmt.Errorf("start event workflow: %w", err)
	}
	s.log.Info("event posted", "project_id", ev.ProjectID, "event_id", ev.ID, "event", ev.Name, "repeat", !created)
	return c.Status(fiber.StatusAccepted).JSON(eventJSON{ID: ev.ID, CreatedAt: models.FormatTime(ev.CreatedAt),
		Event: ev.Name, Events: events.Expand(ev.Name)})
}
