//go:build tools

// Package tools pins the Temporal server (with PostgreSQL persistence) and its schema tool that
// `npm start -- --engine server` builds. A module of its own: the CLI in ../temporal pins server
// v1.29.1, and one go.mod for both would move the CLI onto a server version it was not released with.
package tools

import (
	_ "go.temporal.io/server/cmd/server"
	_ "go.temporal.io/server/cmd/tools/sql"
)
