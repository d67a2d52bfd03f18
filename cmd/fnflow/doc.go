// Command fnflow is the single fnflow binary: `serve` (API and worker in one
// process), `api` and `worker` (split for scale-out), and admin commands for
// projects, API keys and runtime images.
package main
