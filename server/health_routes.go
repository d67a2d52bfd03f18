package server

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"io"
	"strconv"
	"time"

	"github.com/gofiber/fiber/v2"
	"go.temporal.io/api/enums/v1"
	"go.temporal.io/api/taskqueue/v1"
	"go.temporal.io/api/workflowservice/v1"

	"github.com/fnflow/fnflow/models"
)

// Appwrite's /v1/health/* routes that mean something here (scope
// health.read, Appwrite's HealthStatus, HealthTime and HealthQueue models).
// /v1/health (readiness, unauthenticated, health.go) and /v1/health/live
// stay as they are for probes.

// healthTimeGap is Appwrite's: a larger clock difference fails /v1/health/time.
const healthTimeGap = 60

// healthQueueNames are Appwrite's queue routes fnflow maps to its Temporal
// task queue: builds and executions (functions) run as workflows on it.
var healthQueueNames = []string{"builds", "functions"}

func (s *Server) registerHealth(v1 fiber.Router) {
	read := s.scope("health.read")
	v1.Get("/health/version", s.healthVersion)
	v1.Get("/health/db", s.resolveProject, read, s.healthDB)
	v1.Get("/health/time", s.resolveProject, read, s.healthTime)
	v1.Get("/health/storage", s.resolveProject, read, s.healthStorage)
	v1.Get("/health/storage/local", s.resolveProject, read, s.healthStorage)
	for _, name := range healthQueueNames {
		v1.Get("/health/queue/"+name, s.resolveProject, read, s.healthQueue(name))
	}
}

type healthStatusJSON struct {
	Name   string `json:"name"`
	Ping   int64  `json:"ping"`
	Status string `json:"status"`
}

func (s *Server) healthVersion(c *fiber.Ctx) error {
	return c.JSON(fiber.Map{"version": APIVersion})
}

func healthFailed(format string, args ...any) error {
	return models.Errorf(models.CodeGeneralServerError, format, args...)
}

// healthDB pings the database (HealthStatusList, as Appwrite).
func (s *Server) healthDB(c *fiber.Ctx) error {
	ctx, cancel := context.WithTimeout(c.UserContext(), HealthCheckTimeout)
	defer cancel()
	start := time.Now()
	if err := s.store.Ping(ctx); err != nil {
		s.log.Warn("health db", "error", err)
		return healthFailed("DB failure on: %s", s.store.Driver())
	}
	st := healthStatusJSON{Name: "database (" + s.store.Driver() + ")", Ping: time.Since(start).Milliseconds(), Status: "pass"}
	return c.JSON(fiber.Map{"total": 1, "statuses": []healthStatusJSON{st}})
}

// healthTime compares this process's clock with the database server's
// (Appwrite asks an NTP server, which fnflow may not reach; every fnflow
// process shares the database). A gap over 60 s is Appwrite's 500.
func (s *Server) healthTime(c *fiber.Ctx) error {
	ctx, cancel := context.WithTimeout(c.UserContext(), HealthCheckTimeout)
	defer cancel()
	remote, err := s.store.ServerTime(ctx)
	if err != nil {
		s.log.Warn("health time", "error", err)
		return healthFailed("Failed to read the database server's time.")
	}
	local := time.Now().Unix()
	diff := remote - local
	if diff > healthTimeGap || diff < -healthTimeGap {
		return healthFailed("Server time gaps detected")
	}
	return c.JSON(fiber.Map{"remoteTime": remote, "localTime": local, "diff": diff})
}

// healthStorage writes, reads back and deletes a probe in artifact storage
// (where sources and build outputs live).
func (s *Server) healthStorage(c *fiber.Ctx) error {
	ctx, cancel := context.WithTimeout(c.UserContext(), HealthCheckTimeout)
	defer cancel()
	var b [8]byte
	_, _ = rand.Read(b[:])
	key := "_health/" + hex.EncodeToString(b[:])
	want := []byte("fnflow health " + key)
	start := time.Now()
	defer func() { _ = s.arts.Delete(context.WithoutCancel(ctx), key) }()
	if _, err := s.arts.Put(ctx, key, bytes.NewReader(want)); err != nil {
		s.log.Warn("health storage write", "error", err)
		return healthFailed("Device artifacts dir is not writable")
	}
	f, err := s.arts.Open(ctx, key)
	if err != nil {
		s.log.Warn("health storage read", "error", err)
		return healthFailed("Device artifacts dir is not readable")
	}
	got, err := io.ReadAll(io.LimitReader(f, int64(len(want))+1))
	_ = f.Close()
	if err != nil || !bytes.Equal(got, want) {
		s.log.Warn("health storage read", "error", err)
		return healthFailed("Device artifacts dir is not readable")
	}
	return c.JSON(healthStatusJSON{Name: "", Ping: time.Since(start).Milliseconds(), Status: "pass"})
}

// taskQueueService is the part of a Temporal client that describes task
// queues (the SDK client has it; test fakes may not).
type taskQueueService interface {
	WorkflowService() workflowservice.WorkflowServiceClient
}

// healthQueue answers the approximate backlog of fnflow's Temporal task
// queue (workflow and activity tasks not yet picked up by a worker):
// builds and executions share it, so both routes report the same queue.
// threshold as in Appwrite: at or above it, 503 health_queue_size_exceeded.
func (s *Server) healthQueue(name string) fiber.Handler {
	return func(c *fiber.Ctx) error {
		threshold := 5000
		if v := c.Query("threshold"); v != "" {
			n, err := strconv.Atoi(v)
			if err != nil {
				return invalid("threshold", "Value must be a valid integer")
			}
			threshold = n
		}
		svc, ok := s.temporal.(taskQueueService)
		if !ok {
			return healthFailed("The task queue cannot be described.")
		}
		ctx, cancel := context.WithTimeout(c.UserContext(), HealthCheckTimeout)
		defer cancel()
		var size int64
		for _, typ := range []enums.TaskQueueType{enums.TASK_QUEUE_TYPE_WORKFLOW, enums.TASK_QUEUE_TYPE_ACTIVITY} {
			resp, err := svc.WorkflowService().DescribeTaskQueue(ctx, &workflowservice.DescribeTaskQueueRequest{
				Namespace:     s.cfg.Temporal.Namespace,
				TaskQueue:     &taskqueue.TaskQueue{Name: s.cfg.Temporal.TaskQueue, Kind: enums.TASK_QUEUE_KIND_NORMAL},
				TaskQueueType: typ,
				ReportStats:   true,
			})
			if err != nil {
				s.log.Warn("health queue", "queue", name, "error", err)
				return models.Errorf(models.CodeGeneralServiceDisabled, "Temporal did not describe the task queue.")
			}
			size += resp.GetStats().GetApproximateBacklogCount()
		}
		if size >= int64(threshold) {
			return models.Errorf(models.CodeHealthQueueSizeExceeded,
				"Queue %s threshold hit. Current value is %d and threshold is %d.", name, size, threshold)
		}
		return c.JSON(fiber.Map{"size": size})
	}
}
