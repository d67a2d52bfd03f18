package app

import "github.com/fnflow/fnflow/worker"

// DevServer is the embedded Temporal dev server this process supervises, or
// nil (temporal.dev_server disabled, or one was already answering).
func (a *App) DevServer() *worker.DevServer { return a.dev }
