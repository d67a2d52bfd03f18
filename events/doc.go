// Package events is fnflow's one internal event mechanism: resources publish
// Appwrite-style events (functions.<id>.deployments.<id>.update, ...) and
// subscribers (event-triggered functions, audit, tests) receive them.
package events
