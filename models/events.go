package models

import (
	"bytes"
	"context"
	"errors"
	"time"

	"gorm.io/gorm"
)

// Event is an event posted to fnflow by another service (POST /v1/events),
// e.g. users.u1.create with the user as payload. It is kept so that its
// dispatch to event-triggered functions can be retried and inspected.
type Event struct {
	Seq       int64     `gorm:"primaryKey;autoIncrement"`
	ProjectID string    `gorm:"size:36;not null;default:'';uniqueIndex:ux_event_project_id,priority:1"`
	ID        string    `gorm:"size:36;not null;default:'';uniqueIndex:ux_event_project_id,priority:2"`
	Name      string    `gorm:"size:256;not null;default:''"`
	Payload   []byte    //
	CreatedAt time.Time `gorm:"not null;index"`
}

// CreateEvent stores an event. Posting the same event again (same ID, name
// and payload: a client retrying) returns the stored one with created=false;
// the same ID with different content is event_already_exists.
func (s *Store) CreateEvent(ctx context.Context, e *Event) (stored *Event, created bool, err error) {
	if e.CreatedAt.IsZero() {
		e.CreatedAt = Now()
	}
	err = s.db.WithContext(ctx).Create(e).Error
	if err == nil {
		return e, true, nil
	}
	if !isDuplicate(err) {
		return nil, false, dbError("create event", err)
	}
	old, gerr := s.GetEvent(ctx, e.ProjectID, e.ID)
	if gerr != nil {
		return nil, false, gerr
	}
	if old.Name != e.Name || !bytes.Equal(old.Payload, e.Payload) {
		return nil, false, Errorf(CodeEventAlreadyExists, "Event with the requested ID already exists with a different name or payload.")
	}
	return old, false, nil
}

// GetEvent finds an event of a project.
func (s *Store) GetEvent(ctx context.Context, projectID, id string) (*Event, error) {
	var e Event
	err := s.db.WithContext(ctx).Where("project_id = ? AND id = ?", projectID, id).Take(&e).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, Errorf(CodeEventNotFound, "Event with the requested ID could not be found.")
	}
	if err != nil {
		return nil, dbError("get event", err)
	}
	return &e, nil
}

// EventExecutions lists the executions an event started, oldest first.
func (s *Store) EventExecutions(ctx context.Context, projectID, eventID string) ([]Execution, error) {
	var es []Execution
	err := s.db.WithContext(ctx).Select("id", "function_id", "deployment_id", "status", "created_at").
		Where("project_id = ? AND event_id = ?", projectID, eventID).Order("seq").Find(&es).Error
	if err != nil {
		return nil, dbError("list event executions", err)
	}
	return es, nil
}

// FunctionsWithEvents returns a project's functions that subscribe to at
// least one event.
func (s *Store) FunctionsWithEvents(ctx context.Context, projectID string) ([]Function, error) {
	var fs []Function
	err := s.db.WithContext(ctx).Where("project_id = ? AND events <> '[]' AND events <> ''", projectID).Order("seq").Find(&fs).Error
	if err != nil {
		return nil, dbError("list functions with events", err)
	}
	return fs, nil
}
