// Package server is fnflow's HTTP API: a Fiber app that speaks the Appwrite
// Functions API. It resolves the project, authenticates API keys and user
// JWTs, checks scopes, validates parameters, calls the store or starts
// workflows, and maps every error to Appwrite's error body through one
// table. Handlers are thin and never keep the Fiber context past their return.
package server
