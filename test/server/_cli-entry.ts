/**
 * Runs the CLI from source (for tests that spawn a real server process).
 */
import { main } from "../../src/cli/main.js";

process.exitCode = await main(process.argv.slice(2));
