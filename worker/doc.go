// Package worker connects fnflow to Temporal: it dials the frontend (starting
// the embedded dev server when configured and nothing answers), makes sure
// the namespace and the custom search attributes exist, and runs the worker
// that hosts the workflows and activities.
package worker
