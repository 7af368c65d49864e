#!/usr/bin/env node
// A committed shim, so npm links the bin before dist exists.
import "../dist/bin.js";
