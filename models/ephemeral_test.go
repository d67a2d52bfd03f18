package models

import (
	"strings"
	"testing"
	"time"
)

func TestEphemeralKeys(t *testing.T) {
	now := time.Now()
	claims := EphemeralClaims{ProjectID: "p1", FunctionID: "f1", ExecutionID: "e1", Scopes: []string{"functions.read"}}
	key, err := IssueEphemeralKey("secret-1", claims, 15*time.Second, now)
	if err != nil || !strings.HasPrefix(key, EphemeralKeyPrefix) {
		t.Fatalf("issue: %q %v", key, err)
	}
	got, err := VerifyEphemeralKey("secret-1", key, "p1")
	if err != nil || got.ExecutionID != "e1" || len(got.Scopes) != 1 || got.Scopes[0] != "functions.read" {
		t.Fatalf("verify: %+v %v", got, err)
	}
	if exp := got.ExpiresAt.Time.Sub(now); exp < 74*time.Second || exp > 76*time.Second {
		t.Errorf("valid for %s, want timeout 15s + 60s", exp)
	}
	expired, _ := IssueEphemeralKey("secret-1", claims, 0, now.Add(-2*time.Minute))
	tampered := key[:len(key)-2] + map[bool]string{true: "AA", false: "BB"}[!strings.HasSuffix(key, "AA")]
	for name, c := range map[string]struct{ secret, key, project string }{
		"other project":  {"secret-1", key, "p2"},
		"other secret":   {"secret-2", key, "p1"},
		"no secret":      {"", key, "p1"},
		"expired":        {"secret-1", expired, "p1"},
		"tampered":       {"secret-1", tampered, "p1"},
		"no prefix":      {"secret-1", strings.TrimPrefix(key, EphemeralKeyPrefix), "p1"},
		"prefix only":    {"secret-1", EphemeralKeyPrefix, "p1"},
		"standard key":   {"secret-1", "standard_abc", "p1"},
		"alg none token": {"secret-1", EphemeralKeyPrefix + "eyJhbGciOiJub25lIn0.eyJwcm9qZWN0SWQiOiJwMSJ9.", "p1"},
	} {
		if _, err := VerifyEphemeralKey(c.secret, c.key, c.project); !IsCode(err, CodeUserUnauthorized) {
			t.Errorf("%s: %v, want user_unauthorized", name, err)
		}
	}
	if _, err := IssueEphemeralKey("", claims, time.Second, now); err == nil {
		t.Error("issued a key without a secret")
	}
}
