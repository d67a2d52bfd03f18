package docker

// logAttrs are o's IDs as slog key-value pairs (project_id, function_id,
// deployment_id; empty ones, such as a spare's, left out) followed by kv:
// every docker/ log line about a deployment's container carries them, so a
// line can be found by any of the three.
func (o Owner) logAttrs(kv ...any) []any {
	out := make([]any, 0, 6+len(kv))
	for _, f := range [...]struct{ key, v string }{
		{"project_id", o.ProjectID}, {"function_id", o.FunctionID}, {"deployment_id", o.DeploymentID},
	} {
		if f.v != "" {
			out = append(out, f.key, f.v)
		}
	}
	return append(out, kv...)
}

// logAttrs are the spec's owner's IDs followed by kv (Owner.logAttrs).
func (s RuntimeSpec) logAttrs(kv ...any) []any { return s.owner().logAttrs(kv...) }

// logAttrs are the container's owner's IDs and its short ID followed by kv.
func (w *warm) logAttrs(kv ...any) []any {
	return w.spec.logAttrs(append([]any{"container_id", shortID(w.id)}, kv...)...)
}
