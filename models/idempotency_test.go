package models_test

import (
	"context"
	"sync"
	"testing"

	"github.com/fnflow/fnflow/models"
)

// TestStoreCreateExecutionOnce: of requests racing with one key, one
// execution is stored and every request learns its ID; another function or
// key stores its own; a key older than the window is taken over.
func TestStoreCreateExecutionOnce(t *testing.T) {
	stores(t, func(t *testing.T, s *models.Store) {
		ctx := context.Background()
		newExec := func(fid string) *models.Execution {
			return &models.Execution{ProjectID: "p1", ID: models.NewID(), FunctionID: fid, Status: models.ExecutionWaiting}
		}
		const n = 10
		type result struct {
			created bool
			id      string
		}
		results := make([]result, n)
		var wg sync.WaitGroup
		for i := range n {
			wg.Add(1)
			go func() {
				defer wg.Done()
				e := newExec("f1")
				created, first, err := s.CreateExecutionOnce(ctx, e, "k1")
				if err != nil {
					t.Errorf("create: %v", err)
					return
				}
				if created {
					first = e.ID
				}
				results[i] = result{created, first}
			}()
		}
		wg.Wait()
		winners := 0
		for _, r := range results {
			if r.created {
				winners++
			}
			if r.id != results[0].id {
				t.Fatalf("racing requests got different executions: %+v", results)
			}
		}
		if winners != 1 {
			t.Fatalf("%d executions stored for one key", winners)
		}
		if _, err := s.GetExecution(ctx, "p1", "f1", results[0].id); err != nil {
			t.Fatalf("the key's execution: %v", err)
		}
		for _, c := range []struct{ fid, key string }{{"f2", "k1"}, {"f1", "k2"}} {
			if created, _, err := s.CreateExecutionOnce(ctx, newExec(c.fid), c.key); err != nil || !created {
				t.Fatalf("%v: created %v, %v", c, created, err)
			}
		}
		if err := s.AgeIdempotencyKeyForTest(ctx, "p1", "f1", "k1", models.IdempotencyWindow+1); err != nil {
			t.Fatal(err)
		}
		e := newExec("f1")
		if created, _, err := s.CreateExecutionOnce(ctx, e, "k1"); err != nil || !created {
			t.Fatalf("expired key: created %v, %v", created, err)
		}
		if created, first, err := s.CreateExecutionOnce(ctx, newExec("f1"), "k1"); err != nil || created || first != e.ID {
			t.Fatalf("the renewed key: created %v first %s, want %s, %v", created, first, e.ID, err)
		}
	})
}
