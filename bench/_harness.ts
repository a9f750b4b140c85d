/**
 * Shared pieces of the HTTP benchmarks: building raw requests, running the load
 * generator in a child process, opening a store on either database, parsing flags.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import pg from "pg";
import { parseDbTarget } from "../src/store/connect.js";
import { generateMasterKeyText, parseMasterKey } from "../src/store/crypto/master-key.js";
import { openStore, type Store } from "../src/store/store.js";

const ROOT = fileURLToPath(new URL("../", import.meta.url));

/** Results of one load run. */
export interface LoadResult {
  readonly requests: number;
  readonly seconds: number;
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
  readonly statuses: Record<string, number>;
}

/** A raw HTTP/1.1 request with a JSON body. */
export function rawRequest(
  method: string,
  path: string,
  body: string | null,
  headers: Record<string, string>,
): string {
  const bytes = body === null ? 0 : Buffer.byteLength(body);
  const lines = [`${method} ${path} HTTP/1.1`, "Host: 127.0.0.1", "Connection: keep-alive"];
  for (const [k, v] of Object.entries(headers)) lines.push(`${k}: ${v}`);
  if (body !== null) lines.push("Content-Type: application/json", `Content-Length: ${bytes}`);
  return `${lines.join("\r\n")}\r\n\r\n${body === null ? "" : Buffer.from(body).toString("latin1")}`;
}

/** Runs the load generator without blocking this process's event loop (the server lives here). */
export async function runLoad(plan: {
  port: number;
  requests: readonly string[];
  connections: number;
  total: number;
  warmup: number;
}): Promise<LoadResult> {
  const { spawn } = await import("node:child_process");
  const folder = mkdtempSync(join(tmpdir(), "tactful-load-"));
  const file = join(folder, "plan.json");
  writeFileSync(file, JSON.stringify(plan));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "bench/_load.ts"), file], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (c: Buffer) => {
      out += c.toString();
    });
    child.on("exit", (code) => {
      rmSync(folder, { recursive: true, force: true });
      if (code !== 0) reject(new Error(`load generator exited with ${code}`));
      else resolve(JSON.parse(out.trim().split("\n").at(-1) ?? "{}") as LoadResult);
    });
  });
}

/** Benchmark flags: `--db sqlite|postgres|<url>` and numbers. */
export function benchArgs(defaults: Record<string, string>) {
  const options = Object.fromEntries(
    Object.keys(defaults).map((k) => [k, { type: "string" as const }]),
  );
  const { values } = parseArgs({
    options: { ...options, db: { type: "string" } },
    allowPositionals: false,
  });
  const get = (k: string) =>
    Number((values as Record<string, string | undefined>)[k] ?? defaults[k]);
  return { db: (values.db as string | undefined) ?? "sqlite", get };
}

const schemas: string[] = [];

/** Opens a fresh store: a temporary SQLite file, or a new schema on PostgreSQL. */
export async function freshStore(
  db: string,
): Promise<{ store: Store; label: string; cleanup: () => Promise<void> }> {
  const masterKey = parseMasterKey(generateMasterKeyText());
  if (db === "sqlite") {
    const folder = mkdtempSync(join(tmpdir(), "tactful-bench-"));
    const store = await openStore({
      target: parseDbTarget(join(folder, "bench.db"), folder),
      masterKey,
    });
    return {
      store,
      label: "sqlite",
      cleanup: async () => {
        await store.close();
        rmSync(folder, { recursive: true, force: true });
      },
    };
  }
  const base =
    db === "postgres"
      ? process.env.TACTFUL_TEST_PG || "postgres://postgres@127.0.0.1:5432/test"
      : db;
  const schema = `bench_${process.pid}_${schemas.length}`;
  schemas.push(schema);
  const url = new URL(base);
  url.searchParams.set("schema", schema);
  const store = await openStore({ target: parseDbTarget(url.toString(), "/"), masterKey });
  return {
    store,
    label: "postgres",
    cleanup: async () => {
      await store.close();
      const client = new pg.Client({ connectionString: base });
      await client.connect();
      await client.query(`drop schema if exists "${schema}" cascade`);
      await client.end();
    },
  };
}

/** Rounds for printing. */
export function fmt(n: number, digits = 0): string {
  return n.toFixed(digits);
}
