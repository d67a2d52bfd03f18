package models

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"regexp"
	"time"
)

var idPattern = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]{0,35}$`)

// ValidID reports whether id is a valid custom ID: at most 36 characters of
// [A-Za-z0-9._-], not starting with a special character.
func ValidID(id string) bool { return idPattern.MatchString(id) }

// NewID makes a 20-character ID the way Appwrite's unique() does: 13 hex
// digits of the current time in microseconds, then 7 random hex digits.
func NewID() string {
	now := time.Now()
	var rnd [4]byte
	if _, err := rand.Read(rnd[:]); err != nil {
		panic(fmt.Sprintf("models: crypto/rand failed: %v", err))
	}
	return fmt.Sprintf("%08x%05x", now.Unix(), now.Nanosecond()/1000) + hex.EncodeToString(rnd[:])[:7]
}

// ResolveID turns the API's ID parameter into an ID: "unique()" makes a new
// one, anything else must be a valid custom ID.
func ResolveID(param, value string) (string, error) {
	if value == "unique()" {
		return NewID(), nil
	}
	if !ValidID(value) {
		return "", Errorf(CodeGeneralArgumentInvalid,
			"Invalid `%s` param: Parameter must contain at most 36 chars. Valid chars are a-z, A-Z, 0-9, period, hyphen, and underscore. Can't start with a special char", param)
	}
	return value, nil
}

// Now is the store clock: UTC with millisecond precision, as Appwrite dates have.
func Now() time.Time { return time.Now().UTC().Truncate(time.Millisecond) }

// FormatTime renders t in Appwrite's date format, e.g. 2020-10-15T06:38:00.000+00:00.
func FormatTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format("2006-01-02T15:04:05.000-07:00")
}

// FormatTimePtr renders an optional time; nil gives "".
func FormatTimePtr(t *time.Time) string {
	if t == nil {
		return ""
	}
	return FormatTime(*t)
}
