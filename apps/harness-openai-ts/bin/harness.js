#!/usr/bin/env node
// A committed shim: serves the pinned openai package over protocol v1.
import "../dist/main.js";
