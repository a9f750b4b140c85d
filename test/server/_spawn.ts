/**
 * Runs the real `tactful` CLI as a separate process. The CLI is bundled once with
 * esbuild (into node_modules/.cache, so packages resolve) because starting it
 * through a TypeScript loader is slow; the bundle is built from the same sources.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const BUNDLE = `${ROOT}node_modules/.cache/tactful-test/cli-${process.pid}.mjs`;
let built = false;

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
  const bundle = buildCli();
  const child = spawn(process.execPath, [bundle, "serve", ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening on (http:\/\/[0-9.:]+)/.exec(out);
      if (match?.[1]) {
        child.stdout?.off("data", onData);
        child.stdout?.on("data", (c: Buffer) => {
          out += c.toString();
        });
        resolve({ child, url: match[1], output: () => out });
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
