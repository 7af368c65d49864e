#!/usr/bin/env node
// A committed shim: `node bin/harness.js <version> <entry>` serves that @openrouter/sdk version through that entry over protocol v1.
import "../dist/main.js";
