#!/usr/bin/env node
// Entry point for the `tactful` command: runs the compiled CLI from dist/ (`npm run build`).
import "../dist/cli/run.js";
