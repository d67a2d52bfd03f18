package models

import (
	"strconv"
	"strings"
	"time"
)

// Function schedules. Appwrite validates `schedule` with its Cron validator
// (dragonmantank/cron-expression 3.4): five fields (minute, hour, day of
// month, month, day of week) or one of @yearly, @annually, @monthly,
// @weekly, @daily, @midnight, @hourly. It knows no time-zone prefix
// (TZ=, CRON_TZ=), no @every and no seconds field, so neither does fnflow:
// the shortest interval is one minute. ParseSchedule is the one parser; the
// API validates with it and the cron sync builds the Temporal Schedule from
// its result (never from the raw string), so what is accepted is exactly
// what fires.
//
// Accepted in each field: *, a value, a range a-b, a stepped range */n or
// a-b/n (n from 1 to one less than the field's largest value), and
// comma-separated lists of these. Months and days of the week also take
// three-letter English names (jan, mon; any case) outside stepped ranges;
// day of week 7 is Sunday; ? stands for * in one of the two day fields.
// When both day fields are restricted (neither * nor ?), a day matches if
// either matches, as in cron and in Appwrite. Refused, although Appwrite's
// parser takes them: L, W and # (no Temporal equivalent), a single value
// with a step (5/15, refused by Appwrite too), steps as large as the field
// (Appwrite's parser wraps them around), ranges written backwards, and
// dates that never occur (0 0 30 2 *).

// CronSchedule is a parsed schedule: bit i of a field is set when value i
// matches (DayOfWeek: 0 is Sunday). Times are UTC.
type CronSchedule struct {
	Minute, Hour, DayOfMonth, Month, DayOfWeek uint64
	// DayOr: both day fields were restricted, so a day matches when its
	// day of month or its day of week matches.
	DayOr bool
}

// CronRange is an inclusive range of values.
type CronRange struct{ Start, End int }

// CronCalendar is one calendar of a schedule: a time matches when every
// field holds its value. A schedule matches when any calendar does.
type CronCalendar struct {
	Minute, Hour, DayOfMonth, Month, DayOfWeek []CronRange
}

// ScheduleDescription is Appwrite's description of a valid schedule.
const ScheduleDescription = "String must be a valid cron expression"

func scheduleError(detail string) *Error {
	msg := "Invalid `schedule` param: " + ScheduleDescription
	if detail != "" {
		msg += " (" + detail + ")"
	}
	return Errorf(CodeGeneralArgumentInvalid, "%s", msg)
}

// scheduleMacros are the descriptors Appwrite accepts (any case).
var scheduleMacros = map[string]string{
	"@yearly": "0 0 1 1 *", "@annually": "0 0 1 1 *", "@monthly": "0 0 1 * *", "@weekly": "0 0 * * 0",
	"@daily": "0 0 * * *", "@midnight": "0 0 * * *", "@hourly": "0 * * * *",
}

type cronField struct {
	min, max int
	names    []string // names[i] is value i (months from 1, days of the week from 0)
}

var cronFields = [5]cronField{
	{min: 0, max: 59},
	{min: 0, max: 23},
	{min: 1, max: 31},
	{min: 1, max: 12, names: []string{"", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}},
	{min: 0, max: 7, names: []string{"sun", "mon", "tue", "wed", "thu", "fri", "sat", "sun"}},
}

// CheckSchedule validates a function's schedule ("" is no schedule).
func CheckSchedule(expr string) error {
	if expr == "" {
		return nil
	}
	_, err := ParseSchedule(expr)
	return err
}

// ParseSchedule parses a non-empty schedule. Errors are
// general_argument_invalid with Appwrite's message.
func ParseSchedule(expr string) (CronSchedule, error) {
	if m, ok := scheduleMacros[asciiLower(expr)]; ok {
		expr = m
	}
	parts := strings.FieldsFunc(expr, func(r rune) bool { return strings.ContainsRune(" \t\n\v\f\r", r) })
	if len(parts) != 5 {
		return CronSchedule{}, scheduleError("")
	}
	var bits [5]uint64
	var restricted [5]bool
	for i, p := range parts {
		b, r, err := parseCronField(i, p)
		if err != nil {
			return CronSchedule{}, err
		}
		bits[i], restricted[i] = b, r
	}
	if parts[2] == "?" && parts[4] == "?" {
		return CronSchedule{}, scheduleError("")
	}
	dow := bits[4]
	if dow&(1<<7) != 0 {
		dow = dow&^(1<<7) | 1 // 7 is Sunday
	}
	s := CronSchedule{Minute: bits[0], Hour: bits[1], DayOfMonth: bits[2], Month: bits[3], DayOfWeek: dow,
		DayOr: restricted[2] && restricted[4]}
	if !s.DayOr && !s.possibleDate() {
		return CronSchedule{}, scheduleError("the date never occurs")
	}
	return s, nil
}

// parseCronField parses field i; restricted is false for * and ?.
func parseCronField(i int, p string) (bits uint64, restricted bool, err error) {
	f := cronFields[i]
	all := uint64(0)
	for v := f.min; v <= f.max; v++ {
		all |= 1 << v
	}
	if p == "*" || (p == "?" && (i == 2 || i == 4)) {
		return all, false, nil
	}
	for _, item := range strings.Split(p, ",") {
		b, err := parseCronItem(i, f, item)
		if err != nil {
			return 0, false, err
		}
		bits |= b
	}
	return bits, true, nil
}

func parseCronItem(i int, f cronField, item string) (uint64, error) {
	if (i == 2 || i == 4) && (strings.Contains(item, "#") || strings.HasSuffix(item, "L") || (i == 2 && strings.HasSuffix(item, "W"))) {
		return 0, scheduleError("L, W and # are not supported")
	}
	rng, stepText, stepped := strings.Cut(item, "/")
	step := 1
	if stepped {
		n, ok := cronNumber(stepText)
		// A step as large as the field's last value wraps around in
		// Appwrite's parser; cron would fire once. Neither is useful.
		if !ok || n < 1 || n >= f.max {
			return 0, scheduleError("")
		}
		step = n
	}
	start, end := f.min, f.max
	if rng != "*" {
		a, b, isRange := strings.Cut(rng, "-")
		if stepped && !isRange {
			return 0, scheduleError("") // 5/15: Appwrite refuses a single value with a step
		}
		var ok bool
		if start, ok = f.value(a, !stepped); !ok {
			return 0, scheduleError("")
		}
		end = start
		if isRange {
			if end, ok = f.value(b, !stepped); !ok || end < start || (i == 4 && start == 7) {
				return 0, scheduleError("")
			}
		}
	}
	var bits uint64
	for v := start; v <= end; v += step {
		bits |= 1 << v
	}
	return bits, nil
}

// value reads a number of the field, or a name when names are allowed.
func (f cronField) value(s string, names bool) (int, bool) {
	if n, ok := cronNumber(s); ok {
		return n, n >= f.min && n <= f.max
	}
	if names && len(s) == 3 {
		l := asciiLower(s)
		for v, name := range f.names {
			if name != "" && name == l {
				return v, true
			}
		}
	}
	return 0, false
}

// cronNumber reads 1 to 4 decimal digits.
func cronNumber(s string) (int, bool) {
	if s == "" || len(s) > 4 || strings.Trim(s, "0123456789") != "" {
		return 0, false
	}
	n, err := strconv.Atoi(s)
	return n, err == nil
}

func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// possibleDate reports whether some month holds one of the days of month
// (29 February counts: it occurs in leap years).
func (s CronSchedule) possibleDate() bool {
	days := [13]int{0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}
	for m := 1; m <= 12; m++ {
		if s.Month&(1<<m) == 0 {
			continue
		}
		for d := 1; d <= days[m]; d++ {
			if s.DayOfMonth&(1<<d) != 0 {
				return true
			}
		}
	}
	return false
}

// Matches reports whether the schedule fires at t's minute (in UTC).
func (s CronSchedule) Matches(t time.Time) bool {
	t = t.UTC()
	return s.Minute&(1<<t.Minute()) != 0 && s.Hour&(1<<t.Hour()) != 0 && s.dayMatches(t)
}

func (s CronSchedule) dayMatches(t time.Time) bool {
	if s.Month&(1<<int(t.Month())) == 0 {
		return false
	}
	dom, dow := s.DayOfMonth&(1<<t.Day()) != 0, s.DayOfWeek&(1<<int(t.Weekday())) != 0
	if s.DayOr {
		return dom || dow
	}
	return dom && dow
}

// Next is the first fire time after t (UTC), or the zero time when there
// is none within eight years.
func (s CronSchedule) Next(t time.Time) time.Time {
	t = t.UTC().Truncate(time.Minute).Add(time.Minute)
	first := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	for i := 0; i < 8*366; i++ {
		day := first.AddDate(0, 0, i)
		if !s.dayMatches(day) {
			continue
		}
		for h := 0; h < 24; h++ {
			for m := 0; m < 60 && s.Hour&(1<<h) != 0; m++ {
				if c := day.Add(time.Duration(h)*time.Hour + time.Duration(m)*time.Minute); s.Minute&(1<<m) != 0 && !c.Before(t) {
					return c
				}
			}
		}
	}
	return time.Time{}
}

// Calendars describes the schedule as calendars whose union it is: one,
// or two when both day fields are restricted (day of month or day of
// week). Temporal's calendar specs require every field at once, hence the
// split.
func (s CronSchedule) Calendars() []CronCalendar {
	all := func(min, max int) []CronRange { return []CronRange{{min, max}} }
	c := CronCalendar{Minute: cronRanges(s.Minute, 0, 59), Hour: cronRanges(s.Hour, 0, 23),
		DayOfMonth: cronRanges(s.DayOfMonth, 1, 31), Month: cronRanges(s.Month, 1, 12), DayOfWeek: cronRanges(s.DayOfWeek, 0, 6)}
	if !s.DayOr {
		return []CronCalendar{c}
	}
	byDate, byWeekday := c, c
	byDate.DayOfWeek = all(0, 6)
	byWeekday.DayOfMonth = all(1, 31)
	return []CronCalendar{byDate, byWeekday}
}

// cronRanges turns a bit set into sorted inclusive ranges.
func cronRanges(b uint64, min, max int) []CronRange {
	var out []CronRange
	for v := min; v <= max; v++ {
		if b&(1<<v) == 0 {
			continue
		}
		if n := len(out); n > 0 && out[n-1].End == v-1 {
			out[n-1].End = v
		} else {
			out = append(out, CronRange{v, v})
		}
	}
	return out
}
