// Package models owns fnflow's vocabulary: the domain types (Project, APIKey,
// Function, Deployment, Execution, Variable), the one error type with
// Appwrite error codes, the query structures that list endpoints accept, and
// the Store that persists everything through GORM (PostgreSQL in production,
// SQLite for the embedded default). Handlers and workflows never touch
// *gorm.DB: they call the Store.
package models
