package models_test

import (
	"context"
	"testing"
	"time"

	"github.com/fnflow/fnflow/models"
)

// TestStoreWarmWorkers: a worker's rows follow its last SetWarm, readers
// see other live workers only, stale rows are ignored and ForgetWarm
// removes an instance's rows and stale ones.
func TestStoreWarmWorkers(t *testing.T) {
	stores(t, func(t *testing.T, s *models.Store) {
		ctx := context.Background()
		live := func(did, self string) []string {
			rows, err := s.WarmWorkers(ctx, did, self, time.Now().Add(-time.Minute))
			if err != nil {
				t.Fatal(err)
			}
			var out []string
			for _, r := range rows {
				out = append(out, r.InstanceID+"@"+r.TaskQueue)
			}
			return out
		}
		if err := s.SetWarm(ctx, "w1", "q-w1", []string{"d1", "d2"}); err != nil {
			t.Fatal(err)
		}
		if err := s.SetWarm(ctx, "w2", "q-w2", []string{"d1"}); err != nil {
			t.Fatal(err)
		}
		if got := live("d1", "w2"); len(got) != 1 || got[0] != "w1@q-w1" {
			t.Fatalf("d1 seen from w2: %v", got)
		}
		if got := live("d1", ""); len(got) != 2 {
			t.Fatalf("d1: %v", got)
		}
		// Renewal with a changed set: d2 went, d3 came; writing again is fine.
		for range 2 {
			if err := s.SetWarm(ctx, "w1", "q-w1", []string{"d1", "d3"}); err != nil {
				t.Fatal(err)
			}
		}
		if got := live("d2", ""); len(got) != 0 {
			t.Fatalf("d2 after w1 dropped it: %v", got)
		}
		if got := live("d3", "w2"); len(got) != 1 {
			t.Fatalf("d3: %v", got)
		}
		// Stale rows are not read.
		rows, err := s.WarmWorkers(ctx, "d1", "", time.Now().Add(time.Minute))
		if err != nil || len(rows) != 0 {
			t.Fatalf("rows seen after a future cutoff: %v %v", rows, err)
		}
		// Nothing warm: the instance's rows go.
		if err := s.SetWarm(ctx, "w2", "q-w2", nil); err != nil {
			t.Fatal(err)
		}
		if got := live("d1", ""); len(got) != 1 {
			t.Fatalf("d1 after w2 emptied: %v", got)
		}
		if err := s.ForgetWarm(ctx, "w1", time.Time{}); err != nil {
			t.Fatal(err)
		}
		if got := live("d1", ""); len(got) != 0 {
			t.Fatalf("d1 after w1 forgot: %v", got)
		}
		// Stale rows of any instance go with a cutoff.
		if err := s.SetWarm(ctx, "w3", "q-w3", []string{"d1"}); err != nil {
			t.Fatal(err)
		}
		if err := s.ForgetWarm(ctx, "", time.Now().Add(time.Minute)); err != nil {
			t.Fatal(err)
		}
		if got := live("d1", ""); len(got) != 0 {
			t.Fatalf("d1 after stale rows were removed: %v", got)
		}
	})
}
