#!/usr/bin/env node
// A committed shim: serves the pinned @ai-sdk/openai over protocol v1.
import "../dist/main.js";
