/**
 * Runs the real `tactful` CLI as a separate process. The CLI is bundled once with
 * esbuild (into node_modules/.cache, so packages resolve) because starting it
 * through a TypeScript loader is slow; the bundle is built from the same sources.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const BUNDLE = `${ROOT}node_modules/.cache/tactful-test/cli-${process.pid}.mjs`;
let built = false;
const children = new Set<ChildProcess>();
// Whatever happens to a test, no server outlives its test file (nor does the bundle).
afterAll(async () => {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    await exited(child);
  }
  if (built) rmSync(BUNDLE, { force: true });
  built = false;
});

/** Bundles the CLI (once per test process). */
export function buildCli(): string {
  if (!built) {
    mkdirSync(`${ROOT}node_modules/.cache/tactful-test`, { recursive: true });
    execFileSync(
      `${ROOT}node_modules/.bin/esbuild`,
      [
        `${ROOT}test/server/_cli-entry.ts`,
        "--bundle",
        "--platform=node",
        "--format=esm",
        "--packages=external",
        `--outfile=${BUNDLE}`,
        "--log-level=warning",
      ],
      { stdio: "inherit" },
    );
    built = true;
  }
  return BUNDLE;
}

/** A running CLI process and the URL it printed. */
export interface Spawned {
  readonly child: ChildProcess;
  readonly url: string;
  readonly output: () => string;
}

/** Starts `tactful serve …` and resolves once it prints the URL it listens on. */
export function spawnServe(args: string[], env: Record<string, string>): Promise<Spawned> {
  return spawnCli(["serve", ...args], env, ROOT, /listening on (http:\/\/[0-9.:]+)/);
}

/** Starts a CLI command and resolves once its output matches `ready` (group 1: the URL). */
export function spawnCli(
  args: string[],
  env: Record<string, string>,
  cwd: string,
  ready: RegExp,
): Promise<Spawned> {
  const bundle = buildCli();
  const child = spawn(process.execPath, [bundle, ...args], {
    cwd,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.add(child);
  child.once("exit", () => children.delete(child));
  let out = "";
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const match = ready.exec(out);
      if (match) {
        child.stdout?.off("data", onData);
        child.stdout?.on("data", (c: Buffer) => {
          out += c.toString();
        });
        resolve({ child, url: match[1] ?? "", output: () => out });
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (c: Buffer) => {
      out += c.toString();
    });
    child.once("exit", (code) =>
      reject(new Error(`serve exited with ${code} before listening:\n${out}`)),
    );
  });
}

/** Resolves when the process has exited. */
export function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}
