//go:build tools

// Package tools pins the Temporal Web UI server that Jalon builds for `--engine server` (the dev
// server has the UI built in; Temporal's own server has none).
package tools

import _ "github.com/temporalio/ui-server/v2/cmd/server"
