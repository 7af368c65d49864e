#!/usr/bin/env node
// A committed shim: `node bin/release.js <installDir> --entries | <entry>` serves any @openrouter/sdk release installed there over protocol v1.
import "../dist/release/main.js";
