#!/usr/bin/env node
// A committed shim: `node bin/harness.js <version>` serves that @openrouter/sdk version over protocol v1.
import "../dist/main.js";
