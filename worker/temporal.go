package worker

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	commonpb "go.temporal.io/api/common/v1"
	"go.temporal.io/api/enums/v1"
	namespacepb "go.temporal.io/api/namespace/v1"
	"go.temporal.io/api/operatorservice/v1"
	"go.temporal.io/api/serviceerror"
	"go.temporal.io/api/workflowservice/v1"
	"go.temporal.io/sdk/client"
	"go.temporal.io/sdk/interceptor"
	tlog "go.temporal.io/sdk/log"
	"google.golang.org/protobuf/types/known/durationpb"

	"github.com/fnflow/fnflow/config"
	"github.com/fnflow/fnflow/contract"
)

// Dial connects to Temporal and checks that it answers. The namespace is
// created (with the configured retention) when missing, and the custom
// search attributes are registered. mh receives the SDK's metrics (nil:
// none); workers made from the client inherit it, and the interceptors
// (tracing: the workflow starts' spans, and the workers' workflow and
// activity spans).
func Dial(ctx context.Context, cfg config.Temporal, log *slog.Logger, mh client.MetricsHandler, interceptors ...interceptor.ClientInterceptor) (client.Client, error) {
	opts := client.Options{HostPort: cfg.Address, Namespace: cfg.Namespace, Logger: tlog.NewStructuredLogger(log.With("component", "temporal")),
		MetricsHandler: mh, Interceptors: interceptors}
	// A dev server that fnflow has just started accepts connections a
	// moment before its frontend is healthy: keep trying for a while.
	wait := 10 * time.Second
	if cfg.DevServer.Enabled {
		wait = 30 * time.Second
	}
	dialCtx, cancel := context.WithTimeout(ctx, wait)
	defer cancel()
	var nc client.Client
	var err error
	for {
		nc, err = client.DialContext(dialCtx, client.Options{HostPort: cfg.Address, Namespace: "default", Logger: opts.Logger})
		if err == nil || dialCtx.Err() != nil {
			break
		}
		select {
		case <-dialCtx.Done():
		case <-time.After(250 * time.Millisecond):
		}
	}
	if err != nil {
		return nil, fmt.Errorf("temporal.address: cannot reach Temporal at %s: %w (start one with `bin/temporal server start-dev --namespace fnflow` after `./task temporal` builds it, or set temporal.dev_server.enabled: true to let fnflow start it)", cfg.Address, err)
	}
	defer nc.Close()
	if err := ensureNamespace(ctx, nc, cfg.Namespace, cfg.Retention); err != nil {
		return nil, err
	}
	c, err := client.NewClientFromExisting(nc, opts)
	if err != nil {
		return nil, fmt.Errorf("temporal: client for namespace %s: %w", cfg.Namespace, err)
	}
	if err := ensureSearchAttributes(ctx, c, cfg.Namespace); err != nil {
		c.Close()
		return nil, err
	}
	if err := waitNamespaceServed(ctx, c, cfg.Namespace); err != nil {
		c.Close()
		return nil, err
	}
	return c, nil
}

// waitNamespaceServed waits (bounded) until the frontend serves workflow
// calls in the namespace. DescribeNamespace reads the database, while
// workflow calls go through the server's namespace cache; a namespace the
// dev server registers while fnflow dials (both at start) can be described
// before it is served, and a start then answers "Namespace fnflow is not
// found" (seen once at the first request after a fresh dev server). Asking
// for a workflow that does not exist tells the two apart: NotFound once the
// namespace is served. One RPC when all is well.
func waitNamespaceServed(ctx context.Context, c client.Client, ns string) error {
	svc := c.WorkflowService()
	deadline := time.Now().Add(30 * time.Second)
	for {
		_, err := svc.DescribeWorkflowExecution(ctx, &workflowservice.DescribeWorkflowExecutionRequest{Namespace: ns,
			Execution: &commonpb.WorkflowExecution{WorkflowId: "fnflow-namespace-probe"}})
		var notFound *serviceerror.NamespaceNotFound
		if err == nil || !errors.As(err, &notFound) {
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("temporal.namespace: namespace %s is not served after 30s: %w", ns, err)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(250 * time.Millisecond):
		}
	}
}

// ensureNamespace registers the namespace, or raises its retention, so that
// yesterday's runs stay visible in the UI.
func ensureNamespace(ctx context.Context, c client.Client, ns string, retention time.Duration) error {
	svc := c.WorkflowService()
	desc, err := svc.DescribeNamespace(ctx, &workflowservice.DescribeNamespaceRequest{Namespace: ns})
	var notFound *serviceerror.NamespaceNotFound
	switch {
	case errors.As(err, &notFound):
		_, err = svc.RegisterNamespace(ctx, &workflowservice.RegisterNamespaceRequest{
			Namespace: ns, WorkflowExecutionRetentionPeriod: durationpb.New(retention),
			Description: "fnflow builds, executions and schedules",
		})
		var exists *serviceerror.NamespaceAlreadyExists
		if err != nil && !errors.As(err, &exists) {
			return fmt.Errorf("temporal.namespace: cannot create namespace %s: %w", ns, err)
		}
		return waitNamespace(ctx, svc, ns)
	case err != nil:
		return fmt.Errorf("temporal.namespace: cannot describe namespace %s: %w", ns, err)
	}
	if cur := desc.GetConfig().GetWorkflowExecutionRetentionTtl().AsDuration(); cur < retention {
		cfg := &namespacepb.NamespaceConfig{WorkflowExecutionRetentionTtl: durationpb.New(retention)}
		if _, err := svc.UpdateNamespace(ctx, &workflowservice.UpdateNamespaceRequest{Namespace: ns, Config: cfg}); err != nil {
			return fmt.Errorf("temporal.namespace: cannot raise retention of %s to %s: %w", ns, retention, err)
		}
	}
	return nil
}

func waitNamespace(ctx context.Context, svc workflowservice.WorkflowServiceClient, ns string) error {
	deadline := time.Now().Add(30 * time.Second)
	for {
		_, err := svc.DescribeNamespace(ctx, &workflowservice.DescribeNamespaceRequest{Namespace: ns})
		if err == nil {
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("temporal.namespace: namespace %s not ready: %w", ns, err)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// ensureSearchAttributes registers the custom search attributes that are
// missing (registration is idempotent but not free).
func ensureSearchAttributes(ctx context.Context, c client.Client, ns string) error {
	op := c.OperatorService()
	// A namespace registered a moment ago is described at once but stays
	// unknown to the operator service until its namespace cache refreshes
	// (seconds): wait for it, bounded.
	var list *operatorservice.ListSearchAttributesResponse
	var err error
	for deadline := time.Now().Add(60 * time.Second); ; {
		list, err = op.ListSearchAttributes(ctx, &operatorservice.ListSearchAttributesRequest{Namespace: ns})
		var notFound *serviceerror.NamespaceNotFound
		var notFoundAny *serviceerror.NotFound
		if err == nil || !(errors.As(err, &notFound) || errors.As(err, &notFoundAny)) || time.Now().After(deadline) {
			break
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(500 * time.Millisecond):
		}
	}
	if err != nil {
		return fmt.Errorf("temporal: list search attributes: %w", err)
	}
	missing := map[string]enums.IndexedValueType{}
	for name, typ := range contract.SearchAttributeTypes {
		if _, ok := list.GetCustomAttributes()[name]; !ok {
			missing[name] = typ
		}
	}
	if len(missing) == 0 {
		return nil
	}
	_, err = op.AddSearchAttributes(ctx, &operatorservice.AddSearchAttributesRequest{Namespace: ns, SearchAttributes: missing})
	var exists *serviceerror.AlreadyExists
	if err != nil && !errors.As(err, &exists) {
		return fmt.Errorf("temporal: register search attributes: %w", err)
	}
	return nil
}
