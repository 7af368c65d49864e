#!/usr/bin/env node
// The reference implementation as a protocol v1 harness (NDJSON on stdin and stdout).
import "../dist/reference/serve-reference.js";
