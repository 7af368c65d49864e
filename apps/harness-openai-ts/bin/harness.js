#!/usr/bin/env node
// A committed shim: `node bin/harness.js <entry>` serves the pinned openai package through that entry over protocol v1.
import "../dist/main.js";
