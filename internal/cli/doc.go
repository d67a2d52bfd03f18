// Package cli is the client side of the fnflow command line: it talks to any
// fnflow (or Appwrite) over the HTTP API with a project and an API key, reads
// appwrite.json or fnflow.json, packs and uploads a function's folder,
// follows builds and executions, and prints tables or JSON. cmd/fnflow wires
// these into commands; nothing here opens the store or talks to Docker.
package cli
