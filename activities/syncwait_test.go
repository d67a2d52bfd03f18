package activities

import (
	"testing"

	"github.com/fnflow/fnflow/contract"
)

func TestAwaitRun(t *testing.T) {
	ch, release := AwaitRun("e1")
	notifyRun("e1", contract.Outcome{Status: "completed", StatusCode: 201})
	notifyRun("e1", contract.Outcome{Status: "failed"}) // once only, never blocks
	if o := <-ch; o.Status != "completed" || o.StatusCode != 201 {
		t.Fatalf("outcome %+v", o)
	}
	select {
	case o := <-ch:
		t.Fatalf("second outcome %+v", o)
	default:
	}
	release()
	notifyRun("e2", contract.Outcome{}) // nobody waits: no-op

	ch, release = AwaitRun("e3")
	release()
	notifyRun("e3", contract.Outcome{Status: "completed"})
	select {
	case o := <-ch:
		t.Fatalf("released waiter got %+v", o)
	default:
	}
}
