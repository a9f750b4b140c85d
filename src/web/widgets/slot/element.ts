/**
 * `<tactful-slot>`: asks the tactful API for a slot's suggestions and shows them
 * with their reasons. It shows nothing at all while loading, when offline, on an
 * error or when there is nothing to suggest, and it never shows anything about
 * the customer beyond the explanation the API wrote for them.
 */
import { fetchSlot, reportRender, type SlotData, type SlotRequest, TIMEOUT_MS } from "./api.js";
import { renderSlot } from "./render.js";
import { STYLES } from "./styles.js";

/** What a page may set on `window.tactful` instead of attributes. */
interface PageSettings {
  readonly customer?: unknown;
  readonly customerToken?: unknown;
  readonly siteKey?: unknown;
  readonly api?: unknown;
}

/** The API base when the page does not say: where this script was loaded from. */
const SCRIPT_ORIGIN = (() => {
  const src = (document.currentScript as HTMLScriptElement | null)?.src;
  try {
    return src ? new URL(src).origin : null;
  } catch {
    return null;
  }
})();

const ATTRIBUTES = [
  "slot",
  "item",
  "category",
  "k",
  "lang",
  "customer",
  "customer-token",
  "api",
  "site-key",
];
let counter = 0;

function settings(): PageSettings {
  const value = (globalThis as { tactful?: unknown }).tactful;
  return typeof value === "object" && value !== null ? (value as PageSettings) : {};
}

const text = (value: unknown) => (typeof value === "string" && value !== "" ? value : undefined);

/** The custom element. */
export class TactfulSlot extends HTMLElement {
  static readonly observedAttributes = ATTRIBUTES;
  private readonly root: ShadowRoot;
  private readonly uid = `tactful-slot-${++counter}`;
  private controller: AbortController | null = null;
  private observer: IntersectionObserver | null = null;
  private scheduled = false;

  constructor() {
    super();
    this.root = this.attachShadow({ mode: "open" });
  }

  connectedCallback(): void {
    this.schedule();
  }

  disconnectedCallback(): void {
    this.controller?.abort();
    this.observer?.disconnect();
  }

  attributeChangedCallback(): void {
    if (this.isConnected) this.schedule();
  }

  /** Loads once after the current batch of attribute changes. */
  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      void this.load();
    });
  }

  private request(): SlotRequest | null {
    const page = settings();
    const api = text(this.getAttribute("api")) ?? text(page.api) ?? SCRIPT_ORIGIN;
    const siteKey = text(this.getAttribute("site-key")) ?? text(page.siteKey);
    const slot = text(this.getAttribute("slot"));
    if (!api || !siteKey || !slot) return null;
    return {
      api,
      siteKey,
      slot,
      lang: this.language(),
      item: text(this.getAttribute("item")),
      category: text(this.getAttribute("category")),
      customer: text(this.getAttribute("customer")) ?? text(page.customer),
      customerToken: text(this.getAttribute("customer-token")) ?? text(page.customerToken),
      k: text(this.getAttribute("k")),
    };
  }

  /** `lang` attribute, else the nearest `lang` on the page, else the browser's. */
  private language(): "en" | "ja" {
    const own = this.getAttribute("lang") ?? this.closest("[lang]")?.getAttribute("lang");
    const chosen = own || navigator.language || "en";
    return chosen.toLowerCase().startsWith("ja") ? "ja" : "en";
  }

  private async load(): Promise<void> {
    this.controller?.abort();
    this.observer?.disconnect();
    const request = this.request();
    if (!request) {
      this.show(null);
      return;
    }
    const controller = new AbortController();
    this.controller = controller;
    const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
    this.dataset.state = "loading";
    const data = await fetchSlot(request, controller.signal);
    clearTimeout(timer);
    if (this.controller !== controller) return; // a newer load took over
    this.show(data);
    if (data && data.items.length > 0 && data.personal && request.customer) {
      this.reportWhenSeen(request, request.customer);
    }
  }

  private show(data: SlotData | null): void {
    const style = document.createElement("style");
    style.textContent = STYLES;
    if (!data || data.items.length === 0) {
      this.root.replaceChildren(style);
      this.dataset.state = "empty";
      return;
    }
    const level = Number(this.getAttribute("heading-level") ?? "2");
    const section = renderSlot(
      data,
      {
        headingLevel: Number.isInteger(level) ? level : 2,
        href: this.getAttribute("href"),
        heading: this.getAttribute("heading"),
      },
      this.uid,
    );
    this.root.replaceChildren(style, section);
    this.dataset.state = "ready";
    this.dispatchEvent(
      new CustomEvent("tactful-slot-rendered", { detail: { count: data.items.length } }),
    );
  }

  /** Personal suggestions are a touch only once a person can see them. */
  private reportWhenSeen(request: SlotRequest, customer: string): void {
    if (typeof IntersectionObserver === "undefined") {
      reportRender(request, customer);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        reportRender(request, customer);
        this.dataset.reported = "true";
      },
      { threshold: 0.5 },
    );
    this.observer = observer;
    observer.observe(this);
  }
}
