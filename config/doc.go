// Package config reads fnflow's configuration once at start: built-in
// defaults (the embedded setup), then config.yaml, then FNFLOW_* environment
// overrides. Validate reports problems in words a person can act on. The
// resulting Config is passed down explicitly; there are no globals.
package config
