#!/usr/bin/env node
// Entry point for the `tactful` command: runs the compiled CLI from dist/.
import { main } from "../dist/cli/main.js";

process.exitCode = await main(process.argv.slice(2));
