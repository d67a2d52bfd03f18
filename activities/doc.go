// Package activities holds fnflow's Temporal activities: every piece of I/O
// the workflows need (store writes, artifact handling, build and runtime
// containers). Activities is one struct holding its dependencies, registered
// once by package worker. Anything that waits on a container heartbeats and
// honours cancellation.
package activities
