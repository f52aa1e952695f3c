//go:build tools

// Package tools pins the Temporal CLI (dev server) that Jalon builds for local runs and tests.
package tools

import _ "github.com/temporalio/cli/cmd/temporal"
