package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"text/tabwriter"
)

// Table is what a list command prints for people.
type Table struct {
	Headers []string
	Rows    [][]string
}

// Print writes t as aligned columns for format "table" (or ""), or v as
// indented JSON for "json".
func Print(w io.Writer, format string, t Table, v any) error {
	switch format {
	case "json":
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(v)
	case "", "table":
		tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
		writeRow(tw, t.Headers)
		for _, r := range t.Rows {
			writeRow(tw, r)
		}
		return tw.Flush()
	}
	return fmt.Errorf("unknown output format %q (want table or json)", format)
}

func writeRow(w io.Writer, cells []string) {
	for i, c := range cells {
		if i > 0 {
			fmt.Fprint(w, "\t")
		}
		fmt.Fprint(w, c)
	}
	fmt.Fprintln(w)
}
