/**
 * Synthetic prospects of the B2B example (`examples/b2b`): page reads, document
 * downloads, the webinar quiz, consents for emails and for a sales contact,
 * visits to the pricing pages, and the moments plays become due.
 *
 * @example
 * ```ts
 * const events = generateB2bEvents({ customers: 200 });
 * ```
 */
import type { TactfulEvent } from "../policy/index.js";
import { Random } from "./random.js";
import { type CatalogItem, DAY, type GenerateOptions, HOUR, resolveOptions } from "./types.js";

const doc = (id: string, en: string, ja: string, category: string): CatalogItem => ({
  id,
  name: { en, ja },
  category,
  consumable: false,
});

/** The content site's documents. */
export const B2B_CATALOG: readonly CatalogItem[] = [
  doc("guide-close", "Month-end close guide", "月次決算の手引き", "closing"),
  doc("guide-close-2", "Month-end close guide, part 2", "月次決算の手引き 後編", "closing"),
  doc("checklist-audit", "Audit readiness checklist", "監査対応チェックリスト", "audit"),
  doc("case-retail", "Case study: a retail chain", "導入事例: 小売チェーン", "case_studies"),
  doc("case-saas", "Case study: a SaaS company", "導入事例: SaaS企業", "case_studies"),
  doc(
    "whitepaper-invoice",
    "Invoice law whitepaper",
    "インボイス制度ホワイトペーパー",
    "compliance",
  ),
  doc(
    "whitepaper-ebook",
    "Electronic bookkeeping law whitepaper",
    "電子帳簿保存法ホワイトペーパー",
    "compliance",
  ),
  doc("rollout-plan", "Rollout planning template", "導入計画テンプレート", "rollout"),
  doc("rollout-training", "Team training kit", "社内研修キット", "rollout"),
  doc("roi-calculator", "ROI calculator", "費用対効果試算シート", "pricing"),
];

const PAGES = [
  "/",
  "/product",
  "/resources",
  "/customers",
  "/pricing",
  "/pricing/enterprise",
  "/security",
];
const ROLES = ["finance_manager", "accountant", "cfo", "it", "other"] as const;
const CHALLENGES = ["closing_speed", "audit", "compliance", "team_training", "cost"] as const;
const COMPANIES = [
  "Sakura Trading",
  "Kita Logistics",
  "Minato Retail",
  "Aozora Foods",
  "Hikari Systems",
];

/** Generates the B2B site's events, sorted by time. */
export function generateB2bEvents(options: GenerateOptions = {}): TactfulEvent[] {
  const { customers, seed, start, days } = resolveOptions(options);
  const rnd = new Random(seed);
  const events: TactfulEvent[] = [];
  const end = start + days * DAY;
  for (let n = 1; n <= customers; n++) {
    const customer = `p_${String(n).padStart(5, "0")}`;
    const push = (event: TactfulEvent) => {
      if (event.at <= end) events.push(event);
    };
    let t = start + Math.floor(rnd.next() * days * DAY * 0.8);
    let identified = false;
    const visits = rnd.int(1, 5);
    for (let v = 0; v < visits && t < end; v++) {
      for (const [i, page] of rnd.sample(PAGES, rnd.int(1, 4)).entries()) {
        const at = t + i * 90_000;
        push({ type: "data", customer, field: "page_views", value: page, context: "site", at });
        if (page.startsWith("/pricing"))
          push({ type: "decide", customer, play: "sales_handoff_pricing", at: at + 30_000 });
      }
      push({ type: "decide", customer, play: "next_resource", at: t + 60_000 });
      if (v === 0) {
        if (rnd.chance(0.2)) {
          push({
            type: "data",
            customer,
            field: "job_role",
            value: rnd.pick(ROLES),
            context: "quiz",
            at: t + 3 * 60_000,
          });
          push({
            type: "data",
            customer,
            field: "challenges",
            value: rnd.sample(CHALLENGES, 2),
            context: "quiz",
            at: t + 3 * 60_000,
          });
          push({ type: "signal", customer, signal: "answer_given", at: t + 3 * 60_000 });
        } else push({ type: "decide", customer, play: "webinar_quiz", at: t + 2 * 60_000 });
      }
      if (rnd.chance(0.4)) {
        const downloadAt = t + 8 * 60_000;
        const document = rnd.pick(B2B_CATALOG);
        if (!identified) {
          identified = true;
          push({
            type: "data",
            customer,
            field: "email",
            value: `${customer}@example.com`,
            context: "download_form",
            at: downloadAt,
          });
          push({
            type: "data",
            customer,
            field: "company",
            value: rnd.pick(COMPANIES),
            context: "download_form",
            at: downloadAt,
          });
          push({ type: "signal", customer, signal: "signup", at: downloadAt });
          if (rnd.chance(0.5))
            push({
              type: "consent",
              customer,
              purpose: "nurture",
              granted: true,
              method: "form",
              at: downloadAt,
            });
          if (rnd.chance(0.15))
            push({
              type: "consent",
              customer,
              purpose: "sales_contact",
              granted: true,
              method: "form",
              at: downloadAt,
            });
        }
        push({
          type: "data",
          customer,
          field: "downloads",
          value: document.id,
          context: "site",
          at: downloadAt,
        });
        push({ type: "decide", customer, play: "nurture_email", at: downloadAt + 2 * DAY + HOUR });
      }
      if (rnd.chance(0.1))
        push({ type: "signal", customer, signal: "positive_response", at: t + DAY });
      if (rnd.chance(0.05)) push({ type: "signal", customer, signal: "dismissal", at: t + HOUR });
      t += rnd.int(2, 14) * DAY + rnd.int(0, 8) * HOUR;
    }
    if (rnd.chance(0.05)) push({ type: "gpc", customer, at: start });
  }
  return events.sort((a, b) => a.at - b.at);
}
