#!/usr/bin/env node
// A committed shim: `node bin/harness.js client` serves the pinned @ai-sdk/openai through its client entry over protocol v1.
import "../dist/main.js";
