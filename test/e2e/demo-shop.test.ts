/**
 * The demo (`npm start`) in real Chromium: from an empty folder it seeds, prints
 * the demo shop's URL, and the shop shows `<tactful-slot>` for each visitor.
 */
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, chromium } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { exited, type Spawned, spawnCli } from "../server/_spawn.js";
import { SHOP_CONFIG } from "./_shop-events.js";

const CHROMIUM = "/usr/bin/chromium";
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
const HAVE_CHROMIUM = existsSync(CHROMIUM);
if (!HAVE_CHROMIUM && process.env.CI) {
  describe("the demo shop in Chromium", () => {
    it("needs Chromium", () => {
      throw new Error(`${CHROMIUM} is missing; CI installs it with apt-get (see .ci/run).`);
    });
  });
}

let demo: Spawned | null = null;
let browser: Browser | null = null;
afterAll(async () => {
  await browser?.close();
  if (demo && demo.child.exitCode === null) demo.child.kill("SIGTERM");
  if (demo) await exited(demo.child);
});

(HAVE_CHROMIUM ? describe : describe.skip)("the demo shop in Chromium", () => {
  it("prints its URL and shows suggestions with reasons for each visitor", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "tactful-demo-shop-"));
    demo = await spawnCli(
      ["demo", "--port", "0", "--customers", "60", "--config", SHOP_CONFIG, "--lang", "en"],
      {},
      cwd,
      /Stop with[\s\S]*/,
    );
    const shop = /Demo shop:\s+(http:\/\/[0-9.:]+)/.exec(demo.output())?.[1] ?? "";
    expect(shop).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
    const page = await browser.newPage();
    await page.goto(`${shop}/?lang=en`);
    const visitors = page.locator("ul.people a");
    expect(await visitors.allTextContents()).toEqual(["A newcomer", "A quiz-taker", "A buyer"]);
    const seen: Record<string, string[]> = {};
    for (const visitor of ["A newcomer", "A quiz-taker", "A buyer"]) {
      await page.goto(`${shop}/?lang=en`);
      await page.getByRole("link", { name: visitor }).click();
      await page.waitForSelector('tactful-slot[data-state="ready"]');
      const slot = page.locator("tactful-slot");
      expect(await slot.getByRole("heading", { level: 3 }).count()).toBe(4);
      seen[visitor] = await slot
        .locator("li")
        .evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.because ?? ""));
    }
    expect(seen["A newcomer"]?.every((b) => b === "aggregate" || b === "popular")).toBe(true);
    expect(seen["A quiz-taker"]).toContain("declared");
    expect(seen["A buyer"]).toContain("deliberate");
  }, 120_000);
});
