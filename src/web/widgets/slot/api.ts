/**
 * Talking to the tactful API from the browser: the recommendations request and
 * the render report. Every failure resolves to `null`: a slot that cannot load
 * shows nothing, never an error.
 */

/** One suggestion as the widget shows it. */
export interface SlotItem {
  readonly id: string;
  readonly name: string;
  readonly category: string;
  readonly because: string;
  readonly explanation: string;
}

/** The answer of `GET /v1/recommendations`. */
export interface SlotData {
  readonly slot: string;
  readonly lang: "en" | "ja";
  readonly personal: boolean;
  readonly heading: string;
  readonly why: string;
  readonly items: readonly SlotItem[];
}

/** What a request needs. */
export interface SlotRequest {
  readonly api: string;
  readonly siteKey: string;
  readonly slot: string;
  readonly lang: "en" | "ja";
  readonly item?: string | undefined;
  readonly category?: string | undefined;
  readonly customer?: string | undefined;
  /** The customer token the site's backend signed for `customer` (sent as a header, never in the URL). */
  readonly customerToken?: string | undefined;
  readonly k?: string | undefined;
}

/** The header a customer token travels in. */
const TOKEN_HEADER = "x-tactful-customer-token";

/** The request's credentials: the site key, and the customer's token when there is one. */
function credentials(request: SlotRequest): Record<string, string> {
  const headers: Record<string, string> = { authorization: `Bearer ${request.siteKey}` };
  if (request.customer && request.customerToken) headers[TOKEN_HEADER] = request.customerToken;
  return headers;
}

/** A request that takes longer than this is given up: the page goes on without the slot. */
export const TIMEOUT_MS = 5000;

const isText = (v: unknown): v is string => typeof v === "string";

function isItem(v: unknown): v is SlotItem {
  const o = v as Record<string, unknown> | null;
  return (
    typeof o === "object" &&
    o !== null &&
    isText(o.id) &&
    isText(o.name) &&
    isText(o.category) &&
    isText(o.because) &&
    isText(o.explanation)
  );
}

function isData(v: unknown): v is SlotData {
  const o = v as Record<string, unknown> | null;
  return (
    typeof o === "object" &&
    o !== null &&
    isText(o.slot) &&
    isText(o.heading) &&
    isText(o.why) &&
    typeof o.personal === "boolean" &&
    Array.isArray(o.items) &&
    o.items.every(isItem)
  );
}

/** Fetches the slot's suggestions; null when the API is unreachable, slow or refuses. */
export async function fetchSlot(
  request: SlotRequest,
  signal: AbortSignal,
): Promise<SlotData | null> {
  const url = new URL("/v1/recommendations", request.api);
  url.searchParams.set("slot", request.slot);
  url.searchParams.set("lang", request.lang);
  for (const name of ["item", "category", "customer", "k"] as const) {
    const value = request[name];
    if (value) url.searchParams.set(name, value);
  }
  try {
    const response = await fetch(url, {
      headers: credentials(request),
      credentials: "omit",
      signal,
    });
    if (!response.ok) return null;
    const data: unknown = await response.json();
    return isData(data) ? data : null;
  } catch {
    return null;
  }
}

/**
 * Reports that personal suggestions were shown: `POST /v1/decide` records the
 * touch (and logs the decision the customer can later see). Fire and forget. It
 * carries the customer token: personal suggestions came only with a valid one.
 */
export function reportRender(request: SlotRequest, customer: string): void {
  const key = globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random()}`;
  fetch(new URL("/v1/decide", request.api), {
    method: "POST",
    headers: {
      ...credentials(request),
      "content-type": "application/json",
      "idempotency-key": `slot-${key}`,
    },
    body: JSON.stringify({ customer, play: request.slot }),
    credentials: "omit",
    keepalive: true,
  }).catch(() => undefined);
}
