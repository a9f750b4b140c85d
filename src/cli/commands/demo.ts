/**
 * `tactful demo` (what `npm start` runs): the shop example on an embedded SQLite
 * file under `.tactful/`, seeded once with synthetic customers through the real
 * API, then served; prints the URLs to open and a token to use them.
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, mkdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateEvents } from "../../examples/index.js";
import { render } from "../../i18n/index.js";
import { createServer } from "../../server/app.js";
import { ensureCredentials } from "../../server/bootstrap.js";
import { customerTokenSecret, signCustomerToken } from "../../server/customer-token.js";
import { pickPersonas } from "../../server/demo/personas.js";
import { seedThroughApi } from "../../server/demo/seed.js";
import {
  type ShopProduct,
  type ShopSiteOptions,
  startShopSite,
} from "../../server/demo/shop-site.js";
import { launchStore } from "../../server/launch.js";
import { buildRuntime } from "../../server/runtime.js";
import { sweepOnce } from "../../server/sweeper.js";
import { generateToken } from "../../store/api-keys.js";
import { loadForCommand } from "../_config.js";
import { type Command, EXIT, printError, stringOption, UsageError } from "../command.js";
import { waitForSignals } from "./serve.js";

const DAY = 24 * 60 * 60 * 1000;
const SHOP_CONFIG = fileURLToPath(
  new URL("../../../examples/shop/tactful.config.yaml", import.meta.url),
);

export const demoCommand: Command = {
  name: "demo",
  summary: "CLI_DEMO_SUMMARY",
  help: "CLI_DEMO_HELP",
  options: {
    port: { type: "string", short: "p" },
    host: { type: "string" },
    customers: { type: "string" },
    fresh: { type: "boolean" },
    config: { type: "string", short: "c" },
  },
  async run(context) {
    const say = (code: string, params: Record<string, string | number> = {}) =>
      context.io.stdout(`${render(context.lang, code, params)}\n`);
    const customers = Number(stringOption(context, "customers") ?? "300");
    if (!Number.isInteger(customers) || customers < 1 || customers > 20_000) {
      throw new UsageError("CLI_BAD_VALUE", { option: "--customers", allowed: "1-20000" });
    }
    const port = Number(stringOption(context, "port") ?? "8787");
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      throw new UsageError("CLI_BAD_VALUE", { option: "--port", allowed: "0-65535" });
    }
    const host = stringOption(context, "host") ?? "127.0.0.1";
    const folder = join(context.io.cwd, ".tactful");
    const db = join(folder, "demo.db");
    const tokenFile = join(folder, "demo-admin-token");
    if (context.values.fresh) {
      for (const suffix of ["", "-wal", "-shm", ".key"]) await rm(db + suffix, { force: true });
      await rm(tokenFile, { force: true });
    }
    await mkdir(folder, { recursive: true });
    const isNew = !existsSync(db);

    const loaded = await loadForCommand(context, stringOption(context, "config") ?? SHOP_CONFIG);
    if (!loaded.ok) return loaded.exit;
    const text = await readFile(loaded.loaded.path);
    const runtime = buildRuntime(
      loaded.loaded.config,
      createHash("sha256").update(text).digest("hex"),
      Math.floor((await stat(loaded.loaded.path)).mtimeMs),
    );
    const launch = await launchStore({ db, env: context.io.env, cwd: context.io.cwd });
    if (!launch.ok) {
      printError(context, launch.code, launch.params);
      return EXIT.unusable;
    }
    const { store } = launch;

    // The demo keeps its admin token in a file next to the database, so it can be
    // shown on every start; a real deployment shows it once (see `tactful serve`).
    const admin = existsSync(tokenFile)
      ? (await readFile(tokenFile, "utf8")).trim()
      : generateToken("admin");
    await writeFile(tokenFile, `${admin}\n`, { mode: 0o600 });
    await chmod(tokenFile, 0o600);

    let clock: number | null = null;
    const server = await createServer({
      store,
      configPath: loaded.loaded.path,
      runtime,
      lang: context.lang,
      now: () => clock ?? Date.now(),
    });
    let url: string;
    try {
      url = await server.app.listen({ host, port });
    } catch {
      url = await server.app.listen({ host, port: 0 });
    }
    const origin = new URL(url).origin;
    // The demo shop is a site of its own (its own origin), calling the API like any site.
    const shopSite = shopOptions(server, url, runtime.config.site.name);
    const shop = await startShopSite(shopSite, host, port === 0 ? 0 : port + 1).catch(() =>
      startShopSite(shopSite, host, 0),
    );
    const creds = await ensureCredentials(store, {
      adminToken: admin,
      origins: [origin, shop.url].flatMap((o) => [o, o.replace("127.0.0.1", "localhost")]),
      now: Date.now(),
    });
    await server.context.keys.refresh();

    let sample = "c_00001";
    if (isNew) {
      say("DEMO_SEEDING", { customers });
      const days = 60;
      const events = generateEvents("shop", {
        customers,
        seed: 1,
        start: Date.now() - days * DAY,
        days,
      });
      const report = await seedThroughApi(server.app, {
        admin,
        runtime,
        events,
        setClock: (at) => {
          clock = at;
        },
      });
      clock = null;
      // Retention applies at once: what the history left behind past its expiry goes now.
      await sweepOnce({ store, now: () => Date.now() });
      sample = report.sample ?? sample;
      say("DEMO_SEEDED", {
        customers: report.customers,
        events: report.events,
        decisions: report.decisions,
      });
    }
    // Show a customer with something to look at: a live cart and an identity.
    const row = await store.db
      .selectFrom("events")
      .innerJoin("identities", "identities.customer_id", "events.customer_id")
      .select("events.customer_id")
      .where("events.field", "=", "cart_items")
      .where("events.expires_at", ">", Date.now())
      .orderBy("events.at", "desc")
      .limit(1)
      .executeTakeFirst();
    sample = row?.customer_id ?? sample;
    const slot = shopSite.slot;
    const reasonsOf = async (customer: string) => {
      const answer = await server.app.inject({
        method: "GET",
        url: `/v1/recommendations?${new URLSearchParams({ slot, customer, k: "4" })}`,
        headers: { authorization: `Bearer ${admin}` },
      });
      const items = (answer.json() as { items?: Array<{ because: string }> }).items ?? [];
      return new Set(items.map((i) => i.because));
    };
    // The shop's backend signs each visitor's customer token with the secret derived
    // from the master key (what `tactful customer-token-secret` prints).
    const secret = customerTokenSecret(store.masterKey.bytes);
    shop.configure({
      siteKey: creds.siteKey,
      customerToken: (customer) => signCustomerToken(customer, { secret, ttlSeconds: 3600 }),
      personas: await pickPersonas(store, Date.now(), reasonsOf),
    });
    say("DEMO_READY", {
      url,
      shop: shop.url,
      token: admin,
      siteKey: creds.siteKey,
      origin,
      customer: sample,
    });
    return waitForSignals(context, server, async () => {
      await shop.close();
      await store.close();
    });
  },
};

/** The demo shop's pages: the served catalog's items, visitors filled in once seeded. */
function shopOptions(
  server: Awaited<ReturnType<typeof createServer>>,
  api: string,
  shopName: string,
): ShopSiteOptions {
  let products: ShopProduct[] = [];
  let slot = "next_item";
  try {
    const { serving } = server.app.butler.current();
    products = [...serving.items].map(([id, item]) => ({ id, name: item.name }));
    slot = [...serving.wiring.slots.keys()][0] ?? slot;
  } catch {
    // No catalog for this config: the shop shows its pages without suggestions.
  }
  const featured = ["stove", "tent-2p", "boots-hike"].filter((id) =>
    products.some((p) => p.id === id),
  );
  return {
    api,
    siteKey: "",
    slot,
    shopName,
    products,
    personas: { newcomer: null, quiz: null, buyer: null },
    featured: featured.length > 0 ? featured : products.slice(0, 3).map((p) => p.id),
  };
}

export default demoCommand;
