/**
 * The demo (`npm start`): from an empty folder it creates its database under
 * `.tactful/`, seeds synthetic customers through the API, and serves them.
 */
import { existsSync, mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { exited, type Spawned, spawnCli } from "./_spawn.js";

const SHOP = fileURLToPath(new URL("../../examples/shop/tactful.config.yaml", import.meta.url));
const running: Spawned[] = [];
afterAll(async () => {
  for (const s of running) {
    if (s.child.exitCode === null) s.child.kill("SIGTERM");
    await exited(s.child);
  }
});

describe("tactful demo", () => {
  it("starts on a fresh folder, seeded, and prints URLs that answer", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "tactful-demo-"));
    const demo = await spawnCli(
      ["demo", "--port", "0", "--customers", "40", "--config", SHOP, "--lang", "en"],
      {},
      cwd,
      /Stop with[\s\S]*/,
    );
    running.push(demo);
    const out = demo.output();
    expect(out).toMatch(/Seeded 40 customers, \d+ events, \d+ decisions/);
    const url = /API:\s+(http:\/\/[0-9.:]+)/.exec(out)?.[1] ?? "";
    const token = /Admin token: (tka_\S+)/.exec(out)?.[1] ?? "";
    const customer = /customers\/(c_\d+)/.exec(out)?.[1] ?? "";
    expect(url).not.toBe("");
    expect(existsSync(join(cwd, ".tactful", "demo.db"))).toBe(true);
    expect(statSync(join(cwd, ".tactful", "demo.db.key")).mode & 0o077).toBe(0);

    const auth = { authorization: `Bearer ${token}` };
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    expect(
      ((await (await fetch(`${url}/openapi.json`)).json()) as { openapi: string }).openapi,
    ).toBe("3.1.0");
    const decisions = (await (
      await fetch(`${url}/v1/decisions?limit=5`, { headers: auth })
    ).json()) as {
      decisions: unknown[];
    };
    expect(decisions.decisions.length).toBe(5);
    const record = await fetch(`${url}/v1/customers/${customer}`, { headers: auth });
    expect(record.status).toBe(200);

    // Started again on the same folder: the data is kept, not seeded twice.
    demo.child.kill("SIGTERM");
    await exited(demo.child);
    const again = await spawnCli(
      ["demo", "--port", "0", "--config", SHOP, "--lang", "en"],
      {},
      cwd,
      /Stop with[\s\S]*/,
    );
    running.push(again);
    expect(again.output()).not.toMatch(/Seeding/);
    expect(again.output()).toContain(token);
  }, 120_000);
});
