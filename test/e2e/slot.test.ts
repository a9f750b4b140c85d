/**
 * `<tactful-slot>` in real Chromium: the real server on loopback (a temporary
 * SQLite file, the shop example), events sent over HTTP, and the demo shop's
 * pages (another origin) loading the widget with a script tag. The assertions are
 * what a person sees and can do.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer as createNetServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, chromium, type Locator, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer, type TactfulServer } from "../../src/server/app.js";
import { ensureCredentials } from "../../src/server/bootstrap.js";
import { shopCatalog } from "../../src/server/butler/example-catalogs.js";
import { customerTokenSecret, signCustomerToken } from "../../src/server/customer-token.js";
import {
  type ShopSite,
  type ShopSiteOptions,
  startShopSite,
} from "../../src/server/demo/shop-site.js";
import { parseDbTarget } from "../../src/store/connect.js";
import { generateMasterKeyText, parseMasterKey } from "../../src/store/crypto/master-key.js";
import { openStore, type Store } from "../../src/store/store.js";
import { crowdEvents, PEOPLE, peopleEvents, SHOP_CONFIG } from "./_shop-events.js";

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

if (!HAVE_CHROMIUM) {
  if (process.env.CI) {
    describe("<tactful-slot> in Chromium", () => {
      it("needs Chromium", () => {
        throw new Error(`${CHROMIUM} is missing; CI installs it with apt-get (see .ci/run).`);
      });
    });
  } else {
    console.warn(`[tactful tests] ${CHROMIUM} is missing: the browser tests are skipped.`);
  }
}

const suite = HAVE_CHROMIUM ? describe : describe.skip;

suite("<tactful-slot> in Chromium", () => {
  let folder: string;
  let store: Store;
  let server: TactfulServer;
  let api: string;
  let shop: ShopSite;
  let shopOptions: ShopSiteOptions;
  let browser: Browser;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), "tactful-e2e-"));
    store = await openStore({
      target: parseDbTarget(join(folder, "e2e.db"), folder),
      masterKey: parseMasterKey(generateMasterKeyText()),
    });
    server = await createServer({
      store,
      configPath: SHOP_CONFIG,
      sweepEveryMs: 0,
      rateLimits: false,
    });
    api = await server.app.listen({ host: "127.0.0.1", port: 0 });
    shopOptions = {
      api,
      siteKey: "",
      slot: "next_item",
      shopName: "Trailhead Supply",
      products: shopCatalog().items.map((item) => ({
        id: item.id,
        name: item.name as { en: string; ja: string },
      })),
      personas: { newcomer: PEOPLE.newcomer, quiz: PEOPLE.quiz, buyer: PEOPLE.buyer },
      // The shop's backend signs each visitor's token, as docs/widget.md shows.
      customerToken: (customer) =>
        signCustomerToken(customer, { secret: customerTokenSecret(store.masterKey.bytes) }),
    };
    shop = await startShopSite(shopOptions, "127.0.0.1", 0);
    const creds = await ensureCredentials(store, { origins: [shop.url], now: Date.now() });
    await server.context.keys.refresh();
    shopOptions = { ...shopOptions, siteKey: creds.siteKey };
    shop.configure(shopOptions);
    const sent = await fetch(`${api}/v1/events`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${creds.adminToken}`,
        "content-type": "application/json",
      },
      body: JSON.stringify({ events: [...crowdEvents(), ...peopleEvents(Date.now())] }),
    });
    expect(sent.status).toBe(200);
    await server.app.butler.sync();
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
  });

  afterAll(async () => {
    await browser?.close();
    await shop?.close();
    await server?.close();
    await store?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  /** Opens a shop page and waits until the slot has shown something or decided not to. */
  async function open(path: string, page?: Page): Promise<{ page: Page; slot: Locator }> {
    const p = page ?? (await browser.newPage({ viewport: { width: 1100, height: 900 } }));
    await p.goto(`${shop.url}${path}`);
    const slot = p.locator("tactful-slot");
    await p.waitForSelector('tactful-slot[data-state="ready"], tactful-slot[data-state="empty"]');
    return { page: p, slot };
  }

  const decisions = (customer: string) =>
    store.db
      .selectFrom("decisions")
      .select(["play", "dry_run"])
      .where("customer_id", "=", customer)
      .execute();

  it("shows a newcomer named items with a contextual reason behind 'Why this?'", async () => {
    const decides: string[] = [];
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    page.on("request", (r) => {
      if (r.url().includes("/v1/decide")) decides.push(r.url());
    });
    const { slot } = await open("/products/stove?as=newcomer&lang=en", page);
    await expect
      .poll(() => slot.getByRole("heading", { level: 2 }).textContent())
      .toBe("You might also find these useful.");
    const names = await slot.getByRole("heading", { level: 3 }).allTextContents();
    expect(names).toHaveLength(4);
    expect(names[0]).toBe("Gas canister 250 g");
    expect(names).not.toContain("Canister stove"); // the item on screen
    const first = slot.getByRole("listitem").first();
    const why = first.locator("details p");
    expect(await first.locator("summary").textContent()).toBe("Why this?");
    expect(await why.isVisible()).toBe(false);
    await first.locator("summary").click();
    expect(await why.isVisible()).toBe(true);
    expect(await why.textContent()).toBe("Often chosen together with Canister stove.");
    const all = await slot.locator("details p").allTextContents();
    for (const text of all) expect(text).not.toMatch(/you bought|you told us|in your cart/i);
    // Nothing personal was shown, so nothing was reported as a touch.
    expect(decides).toEqual([]);
    expect(await decisions(PEOPLE.newcomer)).toEqual([]);
    await page.screenshot({ path: join(tmpdir(), "tactful-slot-newcomer.png"), fullPage: true });
    await page.close();
  });

  it("tells a quiz-taker, in Japanese, that the suggestion follows the interest they declared", async () => {
    const { page, slot } = await open("/shop?as=quiz&lang=ja");
    expect(await slot.getByRole("heading", { level: 2 }).textContent()).toBe(
      "こちらもお役に立つかもしれません。",
    );
    const declared = slot.locator('li[data-because="declared"]').first();
    expect(await declared.locator("summary").textContent()).toBe("おすすめの理由");
    await declared.locator("summary").click();
    expect(await declared.locator("details p").textContent()).toBe(
      "キャンプに関心があるとお聞きしたので、こちらをお選びしました。",
    );
    // The quiz-taker once looked at a lantern; no text says so.
    expect(await slot.textContent()).not.toMatch(/LEDランタン|閲覧|ご覧/);
    await page.screenshot({ path: join(tmpdir(), "tactful-slot-quiz-ja.png"), fullPage: true });
    await page.close();
  });

  it("names a buyer's purchase, and records the render as one touch once it is seen", async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const reported = page.waitForResponse((r) => r.url().endsWith("/v1/decide"));
    const { slot } = await open("/shop?as=buyer&lang=en", page);
    const deliberate = slot.locator('li[data-because="deliberate"]').first();
    await deliberate.locator("summary").click();
    expect(await deliberate.locator("details p").textContent()).toBe(
      "Goes well with the Two-person tent you bought.",
    );
    expect((await reported).status()).toBe(200);
    expect(await decisions(PEOPLE.buyer)).toEqual([{ play: "next_item", dry_run: 0 }]);
    await page.close();
  });

  it("shows a page without a customer token contextual suggestions only, and reports no touch", async () => {
    shop.configure({ customerToken: undefined });
    try {
      const decides: string[] = [];
      const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
      page.on("request", (r) => {
        if (r.url().includes("/v1/decide")) decides.push(r.url());
      });
      const answer = page.waitForResponse((r) => r.url().includes("/v1/recommendations"));
      const { slot } = await open("/shop?as=buyer&lang=en", page);
      expect(await slot.getAttribute("data-state")).toBe("ready");
      expect(await slot.getByRole("listitem").count()).toBe(4);
      expect(
        await slot.locator('li[data-because="deliberate"], li[data-because="declared"]').count(),
      ).toBe(0);
      expect(await slot.textContent()).not.toMatch(/you bought|you told us/i);
      // The answer tells the site's developer why (the visitor sees nothing of it).
      const body = (await (await answer).json()) as { contextual?: { code: string } };
      expect(body.contextual?.code).toBe("CUSTOMER_TOKEN_MISSING");
      expect(await page.getByText(/customer token/i).count()).toBe(0);
      expect(decides).toEqual([]);

      // The backend's token arrives later (a hydrated page sets the attribute): now it is personal.
      const token = signCustomerToken(PEOPLE.buyer, {
        secret: customerTokenSecret(store.masterKey.bytes),
      });
      await slot.evaluate((el, t) => el.setAttribute("customer-token", t), token);
      await expect
        .poll(() => slot.locator('li[data-because="deliberate"]').count())
        .toBeGreaterThan(0);
      await page.close();
    } finally {
      shop.configure({ customerToken: shopOptions.customerToken });
    }
  });

  it("takes the token from window.tactful.customerToken, and a token for someone else gives nothing personal", async () => {
    shop.configure({ customerToken: undefined });
    const secret = customerTokenSecret(store.masterKey.bytes);
    try {
      for (const [signedFor, personal] of [
        [PEOPLE.quiz, true],
        [PEOPLE.buyer, false],
      ] as const) {
        const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
        await page.addInitScript(
          (token) => {
            (window as unknown as { tactful: object }).tactful = { customerToken: token };
          },
          signCustomerToken(signedFor, { secret }),
        );
        const { slot } = await open("/shop?as=quiz&lang=en", page);
        expect(await slot.getAttribute("data-state")).toBe("ready");
        expect((await slot.locator('li[data-because="declared"]').count()) > 0).toBe(personal);
        await page.close();
      }
    } finally {
      shop.configure({ customerToken: shopOptions.customerToken });
    }
  });

  it("shows nothing personal to a buyer who complained", async () => {
    shop.configure({ personas: { ...shopOptions.personas, buyer: PEOPLE.complained } });
    try {
      const { page, slot } = await open("/shop?as=buyer&lang=en");
      expect(await slot.getAttribute("data-state")).toBe("ready");
      expect(await slot.getByRole("listitem").count()).toBe(4);
      expect(
        await slot.locator('li[data-because="deliberate"], li[data-because="declared"]').count(),
      ).toBe(0);
      expect(await slot.locator("details p").allTextContents()).not.toContain(
        "Goes well with the Two-person tent you bought.",
      );
      await page.close();
    } finally {
      shop.configure({ personas: shopOptions.personas });
    }
  });

  it("opens and closes 'Why this?' from the keyboard", async () => {
    const { page, slot } = await open("/products/tent-2p?as=newcomer&lang=en");
    const focused = () =>
      page.evaluate(() => {
        const host = document.querySelector("tactful-slot");
        const inner = host?.shadowRoot?.activeElement;
        return inner ? inner.tagName : (document.activeElement?.tagName ?? "");
      });
    let presses = 0;
    while ((await focused()) !== "SUMMARY" && presses < 40) {
      await page.keyboard.press("Tab");
      presses++;
    }
    expect(await focused()).toBe("SUMMARY");
    const details = slot.locator("details").first();
    expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await page.keyboard.press("Enter");
    expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await details.locator("p").isVisible()).toBe(true);
    await page.keyboard.press("Space");
    expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await page.close();
  });

  it("does not move the page when the suggestions arrive", async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    await page.addInitScript(() => {
      const w = window as unknown as { shift: number };
      w.shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as Array<{
          value: number;
          hadRecentInput: boolean;
        }>) {
          if (!entry.hadRecentInput) w.shift += entry.value;
        }
      }).observe({ type: "layout-shift", buffered: true });
    });
    const { slot } = await open("/products/stove?as=buyer&lang=en", page);
    expect(await slot.getAttribute("data-state")).toBe("ready");
    // Let a frame pass so any shift is reported.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
    expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBe(0);
    await page.close();
  });

  it("carries a browser's Global Privacy Control signal through CORS", async () => {
    const context = await browser.newContext({ extraHTTPHeaders: { "Sec-GPC": "1" } });
    const page = await context.newPage();
    const reported = page.waitForResponse((r) => r.url().endsWith("/v1/decide"));
    const { slot } = await open("/shop?as=quiz&lang=en", page);
    expect(await slot.getAttribute("data-state")).toBe("ready");
    expect((await reported).status()).toBe(200);
    const row = await store.db
      .selectFrom("customers")
      .select("gpc_at")
      .where("id", "=", PEOPLE.quiz)
      .executeTakeFirstOrThrow();
    expect(row.gpc_at).not.toBeNull();
    await context.close();
  });

  it("shows nothing at all, and no error, when the API is down", async () => {
    const dead = await new Promise<number>((resolve) => {
      const probe = createNetServer().listen(0, "127.0.0.1", () => {
        const address = probe.address();
        probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
      });
    });
    // The script still loads (from a CDN, say); the API it calls does not answer.
    const down = await startShopSite(
      { ...shopOptions, api: `http://127.0.0.1:${dead}`, script: `${api}/sdk/tactful-slot.js` },
      "127.0.0.1",
      0,
    );
    try {
      const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
      await page.goto(`${down.url}/products/stove?as=buyer&lang=en`);
      const slot = page.locator("tactful-slot");
      await page.waitForSelector('tactful-slot[data-state="empty"]');
      // Nothing but its stylesheet: no list, no message, no error box.
      expect(
        await slot.evaluate((el) => [...(el.shadowRoot?.children ?? [])].map((c) => c.tagName)),
      ).toEqual(["STYLE"]);
      expect(await page.getByRole("alert").count()).toBe(0);
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Canister stove");
      await page.close();
    } finally {
      await down.close();
    }
  });
});
