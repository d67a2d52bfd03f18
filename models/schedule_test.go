package models_test

import (
	"strings"
	"testing"
	"time"

	"github.com/fnflow/fnflow/models"
)

// TestScheduleRefused: every form Appwrite's Cron validator refuses (zone
// prefixes, @every, seconds, junk), and the forms it takes but Temporal
// cannot run the same way, are one 400 general_argument_invalid with
// Appwrite's message; none panics.
func TestScheduleRefused(t *testing.T) {
	for _, expr := range []string{
		"TZ=UTC", "CRON_TZ=UTC", "TZ=", "CRON_TZ=", "CRON_TZ=UTC @every 1s", "CRON_TZ=UTC @every 1m",
		"TZ=UTC * * * * *", "CRON_TZ=Europe/Paris 0 9 * * *", "TZ=UTC @daily",
		"@every 1s", "@every 1m", "@every 1h", "@every", "@reboot", " @daily", "@daily ",
		"* * * * * *", "0 * * * * * *", "* * * *", "*", "", "0", "bad expression",
		"*/5 22-3 * * *", "60 * * * *", "* 24 * * *", "* * 0 * *", "* * 32 * *", "* * * 0 *", "* * * 13 *", "* * * * 8",
		"5/15 * * * *", "*/0 * * * *", "*/59 * * * *", "*/60 * * * *", "0 */23 * * *", "0 0 */31 * *", "0 0 1 */12 *",
		"0 0 * * */7", "1-2-3 * * * *", "*/2/3 * * * *", "-1 * * * *", "1- * * * *", "-5 * * * *", ", * * * *", "1,,2 * * * *",
		"0 0 L * *", "0 0 15W * *", "0 0 * * 5L", "0 0 * * 5#3", "0 0 ? * ?", "? * * * *", "0 ? * * *",
		"0 0 30 2 *", "0 0 31 4,6,9,11 *", "0 0 31 feb *",
		"0 0 * * mon-fri/2", "0 0 * jan-jun/2 *", "0 0 * * 7-1", "0 0 * * 7-7", "0 0 * * monday",
		"1.5 * * * *", "+5 * * * *", "00005 * * * *", "*\u00a0* * * *", "\x00 * * * *", "* * * * *\x00",
		"* * * * * # comment", "0 0 * * 5 # 3",
	} {
		_, err := models.ParseSchedule(expr)
		if expr == "" {
			if models.CheckSchedule(expr) != nil {
				t.Errorf("empty schedule must be accepted by CheckSchedule")
			}
		}
		if err == nil {
			t.Errorf("%q accepted", expr)
			continue
		}
		if !models.IsCode(err, models.CodeGeneralArgumentInvalid) ||
			!strings.HasPrefix(err.(*models.Error).Message, "Invalid `schedule` param: String must be a valid cron expression") {
			t.Errorf("%q: %v", expr, err)
		}
	}
}

// TestScheduleAccepted checks what accepted schedules mean: their next
// fire times after a fixed instant (UTC).
func TestScheduleAccepted(t *testing.T) {
	from := time.Date(2026, 1, 1, 0, 0, 30, 0, time.UTC) // a Thursday
	for _, c := range []struct {
		expr string
		next []string
	}{
		{"* * * * *", []string{"2026-01-01T00:01", "2026-01-01T00:02"}},
		{"*/10 * * * *", []string{"2026-01-01T00:10", "2026-01-01T00:20"}},
		{"0 2 * * *", []string{"2026-01-01T02:00", "2026-01-02T02:00"}},
		{"0 5,17 * * *", []string{"2026-01-01T05:00", "2026-01-01T17:00"}},
		{"*/5 22-23,0-3 * * *", []string{"2026-01-01T00:05", "2026-01-01T00:10"}},
		{"0 */4 * * *", []string{"2026-01-01T04:00", "2026-01-01T08:00"}},
		{"10-20/15 * * * *", []string{"2026-01-01T00:10", "2026-01-01T01:10"}},
		{"@hourly", []string{"2026-01-01T01:00", "2026-01-01T02:00"}},
		{"@DAILY", []string{"2026-01-02T00:00", "2026-01-03T00:00"}},
		{"@midnight", []string{"2026-01-02T00:00"}},
		{"@weekly", []string{"2026-01-04T00:00", "2026-01-11T00:00"}},
		{"@monthly", []string{"2026-02-01T00:00", "2026-03-01T00:00"}},
		{"@yearly", []string{"2027-01-01T00:00"}},
		{"@annually", []string{"2027-01-01T00:00"}},
		{"0 9 * * MON-FRI", []string{"2026-01-01T09:00", "2026-01-02T09:00", "2026-01-05T09:00"}},
		{"0 9 * * 7", []string{"2026-01-04T09:00"}},
		{"0 9 * * 0", []string{"2026-01-04T09:00"}},
		{"0 9 * * 5-7", []string{"2026-01-02T09:00", "2026-01-03T09:00", "2026-01-04T09:00", "2026-01-09T09:00"}},
		{"0 0 1 jan,Jul *", []string{"2026-07-01T00:00", "2027-01-01T00:00"}},
		// Both day fields restricted: either matches (13th or Friday).
		{"0 0 13 * 5", []string{"2026-01-02T00:00", "2026-01-09T00:00", "2026-01-13T00:00", "2026-01-16T00:00"}},
		{"0 0 ? * 1", []string{"2026-01-05T00:00", "2026-01-12T00:00"}},
		{"0 0 1 * ?", []string{"2026-02-01T00:00"}},
		{"0 0 29 2 *", []string{"2028-02-29T00:00"}},
		{"0 0 31 2 1", []string{"2026-02-02T00:00"}},
		{"  0\t12 * *\n* ", []string{"2026-01-01T12:00"}},
	} {
		s, err := models.ParseSchedule(c.expr)
		if err != nil {
			t.Errorf("%q refused: %v", c.expr, err)
			continue
		}
		at := from
		for _, want := range c.next {
			at = s.Next(at)
			if got := at.Format("2006-01-02T15:04"); got != want {
				t.Errorf("%q: next %s, want %s", c.expr, got, want)
				break
			}
		}
	}
}

// calendarsMatch is how Temporal reads the calendars: a time matches when
// every field of one calendar holds it.
func calendarsMatch(cs []models.CronCalendar, t time.Time) bool {
	in := func(rs []models.CronRange, v int) bool {
		for _, r := range rs {
			if v >= r.Start && v <= r.End {
				return true
			}
		}
		return false
	}
	for _, c := range cs {
		if in(c.Minute, t.Minute()) && in(c.Hour, t.Hour()) && in(c.DayOfMonth, t.Day()) &&
			in(c.Month, int(t.Month())) && in(c.DayOfWeek, int(t.Weekday())) {
			return true
		}
	}
	return false
}

// FuzzSchedule: no input panics; an accepted schedule's calendars (what
// Temporal gets) match exactly the minutes the schedule matches, its
// fields stay within their ranges, and a refusal is always Appwrite's 400.
func FuzzSchedule(f *testing.F) {
	for _, s := range []string{"* * * * *", "0 0 13 * 5", "@daily", "CRON_TZ=UTC @every 1s", "TZ=UTC", "*/5 22-3 * * *",
		"0 9 * * mon-fri", "0 0 29 2 *", "0 0 ? * 7", "1-59/58 0-23/22 1-31/30 1-12/11 0-7/6"} {
		f.Add(s, int64(0))
	}
	f.Fuzz(func(t *testing.T, expr string, at int64) {
		s, err := models.ParseSchedule(expr)
		if err != nil {
			if !models.IsCode(err, models.CodeGeneralArgumentInvalid) {
				t.Fatalf("%q: %v", expr, err)
			}
			return
		}
		cs := s.Calendars()
		for _, c := range cs {
			for _, f := range []struct {
				rs       []models.CronRange
				min, max int
			}{{c.Minute, 0, 59}, {c.Hour, 0, 23}, {c.DayOfMonth, 1, 31}, {c.Month, 1, 12}, {c.DayOfWeek, 0, 6}} {
				if len(f.rs) == 0 {
					t.Fatalf("%q: empty field in %+v", expr, c)
				}
				for _, r := range f.rs {
					if r.Start < f.min || r.End > f.max || r.End < r.Start {
						t.Fatalf("%q: range %+v outside %d-%d", expr, r, f.min, f.max)
					}
				}
			}
		}
		base := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(at%(4*366*24*60)) * time.Minute)
		for i := 0; i < 3000; i += 7 {
			tm := base.Add(time.Duration(i) * 37 * time.Minute)
			if s.Matches(tm) != calendarsMatch(cs, tm) {
				t.Fatalf("%q at %v: schedule %v, calendars %v", expr, tm, s.Matches(tm), calendarsMatch(cs, tm))
			}
		}
		if n := s.Next(base); n.IsZero() || !s.Matches(n) || !n.After(base) {
			t.Fatalf("%q: next after %v is %v", expr, base, n)
		}
	})
}
