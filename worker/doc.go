// Package worker connects fnflow to Temporal: it dials the frontend (starting
// the embedded dev server when configured and nothing answers), makes sure
// the namespace and the custom search attributes exist, and runs the worker
// that hosts the workflows and activities, with its housekeeping: cron
// schedule reconciliation, the stuck-execution sweeper and the container
// reconciler (orphans, and containers of deleted deployments).
package worker
