/**
 * The demo's shop: a few pages of the shop example on their own origin, each
 * with a `<tactful-slot>` loaded from the API like any site would load it (a
 * script tag, the publishable site key, CORS). A visitor is picked from the seeded
 * customers: a newcomer, a quiz-taker, a buyer; the shop's server signs a customer
 * token for the visitor on each page, as a real shop's backend would. Text comes
 * from the catalogs.
 */
import { createServer, type Server } from "node:http";
import { type Lang, render } from "../../i18n/index.js";

/** The visitors the demo lets you be. */
export type PersonaKey = "newcomer" | "quiz" | "buyer";
/** The visitors, in the order the front page lists them. */
export const PERSONAS: readonly PersonaKey[] = ["newcomer", "quiz", "buyer"];

/** A product the pages show. */
export interface ShopProduct {
  readonly id: string;
  readonly name: { readonly en: string; readonly ja: string };
}

/** What the shop needs. */
export interface ShopSiteOptions {
  /** The tactful API the widget calls (and loads its script from). */
  readonly api: string;
  readonly siteKey: string;
  /** The slot the pages fill (an on-site play, such as `next_item`). */
  readonly slot: string;
  readonly shopName: string;
  readonly products: readonly ShopProduct[];
  /** Customer id of each visitor (null when the seeded data has none). */
  readonly personas: Readonly<Record<PersonaKey, string | null>>;
  /** Products the front page features. */
  readonly featured?: readonly string[];
  /** Where the widget script is loaded from (default: the API's `/sdk/tactful-slot.js`). */
  readonly script?: string;
  /**
   * Signs a customer token for the visitor, as a shop's backend does when it renders
   * a page for a logged-in customer (see docs/widget.md). Without it the pages name
   * the customer but carry no token, and the suggestions stay contextual.
   */
  readonly customerToken?: (customer: string) => string;
}

const ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};
/** Escapes text for HTML. */
export const esc = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1f2328;background:#fafaf7}
header,main,footer{max-width:60rem;margin:0 auto;padding:1rem 1.5rem}
header{display:flex;justify-content:space-between;align-items:baseline;border-bottom:1px solid #e4e4dc}
header a{color:inherit;text-decoration:none;font-weight:700}
nav a{margin-left:1rem;color:#1a5fb4}
.product{display:grid;grid-template-columns:12rem 1fr;gap:1.5rem;margin:1rem 0 2rem}
.note{color:#555;font-size:.85rem;margin-top:.4rem}
.photo{aspect-ratio:1;background:linear-gradient(135deg,#d9e4d0,#b7c9a8);border-radius:.75rem}
.who{background:#eef3f8;border-radius:.5rem;padding:.5rem .75rem;font-size:.9rem}
tactful-slot{display:block;min-height:13rem;margin:1rem 0 2rem}
ul.people li{margin:.5rem 0}
footer{color:#595959;font-size:.85rem;border-top:1px solid #e4e4dc}`;

/** Renders one page: `/` (who is visiting?), `/shop` (the front), `/products/:id`. @internal */
export function page(
  options: ShopSiteOptions,
  lang: Lang,
  url: URL,
): { status: number; html: string } {
  const t = (code: string, params: Record<string, string> = {}) => esc(render(lang, code, params));
  const as = url.searchParams.get("as") as PersonaKey | null;
  const persona = as && PERSONAS.includes(as) ? as : null;
  const customer = persona ? options.personas[persona] : null;
  // Signed per page view, server-side: the token lives as long as the page needs it.
  const token = customer && options.customerToken ? options.customerToken(customer) : null;
  const qs = (extra: Record<string, string> = {}, keepPersona = true) =>
    `?${new URLSearchParams({ ...(keepPersona && persona ? { as: persona } : {}), lang, ...extra })}`;
  const other: Lang = lang === "en" ? "ja" : "en";
  const params = Object.fromEntries(url.searchParams);
  const switchLang = `${url.pathname}?${new URLSearchParams({ ...params, lang: other })}`;
  const personaName = (p: PersonaKey) => `DEMO_SHOP_PERSONA_${p.toUpperCase()}`;
  const slot = (item: string | null) =>
    `<tactful-slot slot="${esc(options.slot)}" k="4" lang="${lang}" api="${esc(options.api)}" site-key="${esc(options.siteKey)}"${item ? ` item="${esc(item)}"` : ""}${customer ? ` customer="${esc(customer)}"` : ""}${token ? ` customer-token="${esc(token)}"` : ""} href="/products/{id}${esc(qs())}"></tactful-slot>`;
  const who = persona
    ? `<p class="who">${t("DEMO_SHOP_VISITING_AS", { visitor: render(lang, personaName(persona)) })} <a href="/${qs({}, false)}">${t("DEMO_SHOP_CHANGE_VISITOR")}</a></p>`
    : "";
  const match = /^\/products\/([A-Za-z0-9_.:-]{1,128})$/.exec(url.pathname);
  const product = match ? options.products.find((p) => p.id === match[1]) : undefined;
  let title = options.shopName;
  let status = 200;
  let body: string;
  if (url.pathname === "/") {
    const people = PERSONAS.filter((p) => options.personas[p] !== null)
      .map(
        (p) =>
          `<li><a href="/shop${qs({ as: p }, false)}">${t(personaName(p))}</a>: ${t(`${personaName(p)}_ABOUT`)}</li>`,
      )
      .join("");
    body = `<h1>${t("DEMO_SHOP_WELCOME")}</h1><p>${t("DEMO_SHOP_INTRO")}</p><ul class="people">${people}</ul>`;
  } else if (url.pathname === "/shop") {
    body = `${who}<h1>${esc(options.shopName)}</h1><p>${t("DEMO_SHOP_FRONT_TEXT")}</p>${slot(null)}`;
  } else if (product) {
    title = `${product.name[lang]} · ${options.shopName}`;
    body = `${who}<article class="product"><div class="photo" role="img" aria-label="${esc(product.name[lang])}"></div><div><h1>${esc(product.name[lang])}</h1><p>${t("DEMO_SHOP_PRODUCT_TEXT")}</p><button type="button" disabled aria-describedby="no-checkout">${t("DEMO_SHOP_ADD_TO_CART")}</button><p id="no-checkout" class="note">${t("DEMO_SHOP_NO_CHECKOUT")}</p></div></article>${slot(product.id)}`;
  } else {
    status = 404;
    body = `<h1>${t("DEMO_SHOP_NOT_FOUND")}</h1><p><a href="/${qs({}, false)}">${t("DEMO_SHOP_CHANGE_VISITOR")}</a></p>`;
  }
  const nav = (options.featured ?? [])
    .map((id) => options.products.find((p) => p.id === id))
    .filter((p): p is ShopProduct => p !== undefined)
    .map((p) => `<a href="/products/${esc(p.id)}${esc(qs())}">${esc(p.name[lang])}</a>`)
    .join("");
  const html = `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(title)}</title><link rel="icon" href="data:,"><style>${STYLE}</style>
<script src="${esc(options.script ?? `${options.api}/sdk/tactful-slot.js`)}" defer></script></head>
<body><header><a href="/shop${esc(qs())}">${esc(options.shopName)}</a><nav>${nav}<a href="${esc(switchLang)}" lang="${other}">${t("DEMO_SHOP_OTHER_LANGUAGE")}</a></nav></header>
<main>${body}</main>
<footer><p>${t("DEMO_SHOP_FOOTER", { api: options.api })}</p></footer></body></html>`;
  return { status, html };
}

/** A running shop. */
export interface ShopSite {
  readonly url: string;
  readonly server: Server;
  /** Changes what the pages show (the site key and visitors are known only once seeded). */
  configure(patch: Partial<ShopSiteOptions>): void;
  close(): Promise<void>;
}

/**
 * Starts the shop on `host:port` (0 picks a free port).
 *
 * @example
 * ```ts
 * const shop = await startShopSite({ api, siteKey, shopName: "Trailhead Supply", products, personas }, "127.0.0.1", 0);
 * console.log(shop.url);
 * ```
 */
export async function startShopSite(
  options: ShopSiteOptions,
  host: string,
  port: number,
): Promise<ShopSite> {
  let current = options;
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://shop.invalid");
    const lang: Lang = url.searchParams.get("lang") === "ja" ? "ja" : "en";
    const { status, html } =
      request.method === "GET" || request.method === "HEAD"
        ? page(current, lang, url)
        : { status: 405, html: "" };
    response.writeHead(status, {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "no-store",
      "referrer-policy": "no-referrer",
    });
    response.end(request.method === "HEAD" ? undefined : html);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address();
  const bound = typeof address === "object" && address ? address.port : port;
  return {
    url: `http://${host}:${bound}`,
    server,
    configure: (patch) => {
      current = { ...current, ...patch };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
