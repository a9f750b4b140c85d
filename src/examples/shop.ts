/**
 * Synthetic customers of the shop example (`examples/shop`): visits, product
 * views, carts, purchases, the gear quiz, consents, GPC, the occasional
 * dismissal or complaint, and the moments the marketer's plays become due.
 *
 * @example
 * ```ts
 * const events = generateShopEvents({ customers: 300, seed: 7 });
 * simulate(policy, events);
 * ```
 */
import type { TactfulEvent } from "../policy/index.js";
import { Random } from "./random.js";
import { type CatalogItem, DAY, type GenerateOptions, HOUR, resolveOptions } from "./types.js";

const item = (
  id: string,
  en: string,
  ja: string,
  category: string,
  consumable = false,
): CatalogItem => ({
  id,
  name: { en, ja },
  category,
  consumable,
});

/** The shop's catalog. */
export const SHOP_CATALOG: readonly CatalogItem[] = [
  item("tent-2p", "Two-person tent", "2人用テント", "tents"),
  item("tent-ul", "Ultralight tent", "ウルトラライトテント", "tents"),
  item("tarp", "Tarp shelter", "タープ", "tents"),
  item("bag-3s", "Three-season sleeping bag", "3シーズン寝袋", "sleeping"),
  item("bag-down", "Down sleeping bag", "ダウン寝袋", "sleeping"),
  item("pad-air", "Air sleeping pad", "エアマット", "sleeping"),
  item("pillow", "Camp pillow", "キャンプ用枕", "sleeping"),
  item("stove", "Canister stove", "ガスバーナー", "cooking"),
  item("pot-set", "Titanium pot set", "チタンクッカーセット", "cooking"),
  item("mug", "Insulated mug", "保温マグ", "cooking"),
  item("gas-250", "Gas canister 250 g", "ガス缶 250g", "fuel", true),
  item("gas-500", "Gas canister 500 g", "ガス缶 500g", "fuel", true),
  item("meal-curry", "Freeze-dried curry", "フリーズドライカレー", "food", true),
  item("meal-pasta", "Freeze-dried pasta", "フリーズドライパスタ", "food", true),
  item("bar-pack", "Energy bar 6-pack", "エナジーバー6本", "food", true),
  item("boots-hike", "Hiking boots", "登山靴", "footwear"),
  item("trail-runner", "Trail running shoes", "トレイルランニングシューズ", "footwear"),
  item("socks-merino", "Merino hiking socks", "メリノウール靴下", "socks", true),
  item("socks-liner", "Liner socks", "インナーソックス", "socks", true),
  item("pack-30", "30 L daypack", "30Lザック", "packs"),
  item("pack-50", "50 L backpack", "50Lザック", "packs"),
  item("headlamp", "Headlamp", "ヘッドランプ", "lighting"),
  item("lantern", "LED lantern", "LEDランタン", "lighting"),
  item("batteries", "Rechargeable batteries", "充電池", "lighting", true),
  item("rain-jacket", "Rain jacket", "レインジャケット", "clothing"),
  item("fleece", "Fleece jacket", "フリース", "clothing"),
  item("poles", "Trekking poles", "トレッキングポール", "accessories"),
  item("filter", "Water filter", "浄水器", "accessories"),
  item("filter-cart", "Water filter cartridge", "浄水器カートリッジ", "accessories", true),
  item("map-case", "Map case", "マップケース", "accessories"),
];

const ACTIVITIES = ["hiking", "camping", "trail_running", "climbing", "cycling"] as const;
const FIRST_NAMES = [
  "Aoi",
  "Haruto",
  "Yui",
  "Sota",
  "Mei",
  "Ren",
  "Emma",
  "Liam",
  "Noah",
  "Olivia",
];

/** Generates the shop's events, sorted by time. */
export function generateShopEvents(options: GenerateOptions = {}): TactfulEvent[] {
  const { customers, seed, start, days } = resolveOptions(options);
  const rnd = new Random(seed);
  const events: TactfulEvent[] = [];
  const end = start + days * DAY;
  for (let n = 1; n <= customers; n++) {
    const customer = `c_${String(n).padStart(5, "0")}`;
    const push = (event: TactfulEvent) => {
      if (event.at <= end) events.push(event);
    };
    let t = start + Math.floor(rnd.next() * days * DAY * 0.8);
    let identified = false;
    let subscribedAt: number | null = null;
    if (rnd.chance(0.08)) push({ type: "gpc", customer, at: t });
    const visits = rnd.int(1, 6);
    for (let v = 0; v < visits && t < end; v++) {
      const viewed = rnd.sample(SHOP_CATALOG, rnd.int(1, 5));
      for (const [i, product] of viewed.entries()) {
        push({
          type: "data",
          customer,
          field: "viewed_products",
          value: product.id,
          context: "site",
          at: t + i * 60_000,
        });
      }
      push({ type: "decide", customer, play: "next_item", at: t + 90_000 });
      if (rnd.chance(0.12))
        push({ type: "decide", customer, play: "retarget_viewed_product", at: t + 6 * HOUR });
      // A few tags send data nobody declared; the door drops it.
      if (rnd.chance(0.03))
        push({
          type: "data",
          customer,
          field: "mouse_movements",
          value: "…",
          context: "site",
          at: t,
        });
      if (v === 0 && rnd.chance(0.25)) {
        const interests = rnd.sample(ACTIVITIES, rnd.int(1, 2));
        push({
          type: "data",
          customer,
          field: "interests",
          value: interests,
          context: "quiz",
          at: t + 5 * 60_000,
        });
        push({ type: "signal", customer, signal: "answer_given", at: t + 5 * 60_000 });
        if (rnd.chance(0.6)) {
          // The sign-up form asks for an email address and a first name, nothing more.
          const at = t + 6 * 60_000;
          subscribedAt = at;
          identified = true;
          push({
            type: "data",
            customer,
            field: "email",
            value: `${customer}@example.com`,
            context: "quiz",
            at,
          });
          push({
            type: "data",
            customer,
            field: "first_name",
            value: rnd.pick(FIRST_NAMES),
            context: "quiz",
            at,
          });
          push({
            type: "consent",
            customer,
            purpose: "newsletter",
            granted: true,
            method: "form",
            at,
          });
        }
      } else if (v === 0) {
        push({ type: "decide", customer, play: "quiz_invite", at: t + 2 * 60_000 });
      }
      if (rnd.chance(0.3)) {
        const cart = viewed.slice(0, rnd.int(1, viewed.length)).map((p) => p.id);
        const cartAt = t + 10 * 60_000;
        push({
          type: "data",
          customer,
          field: "cart_items",
          value: cart,
          context: "site",
          at: cartAt,
        });
        if (rnd.chance(0.45)) {
          const paidAt = cartAt + 20 * 60_000;
          if (!identified) {
            identified = true;
            push({
              type: "data",
              customer,
              field: "email",
              value: `${customer}@example.com`,
              context: "checkout",
              at: paidAt,
            });
            push({
              type: "data",
              customer,
              field: "first_name",
              value: rnd.pick(FIRST_NAMES),
              context: "checkout",
              at: paidAt,
            });
            push({ type: "signal", customer, signal: "signup", at: paidAt });
          }
          push({
            type: "data",
            customer,
            field: "purchases",
            value: cart,
            context: "checkout",
            at: paidAt,
          });
          push({ type: "signal", customer, signal: "purchase", at: paidAt });
          const consumable = cart.some((id) => SHOP_CATALOG.find((p) => p.id === id)?.consumable);
          if (consumable && rnd.chance(0.35)) {
            push({
              type: "consent",
              customer,
              purpose: "replenishment",
              granted: true,
              method: "form",
              at: paidAt,
            });
            push({
              type: "decide",
              customer,
              play: "replenishment_reminder",
              at: paidAt + 21 * DAY + 2 * HOUR,
            });
          }
        } else {
          push({ type: "decide", customer, play: "cart_reminder", at: cartAt + 4 * HOUR });
          push({ type: "decide", customer, play: "cart_onsite", at: cartAt + 2 * DAY });
        }
      }
      if (rnd.chance(0.08)) push({ type: "signal", customer, signal: "dismissal", at: t + HOUR });
      if (rnd.chance(0.15))
        push({ type: "signal", customer, signal: "positive_response", at: t + 2 * HOUR });
      t += rnd.int(1, 10) * DAY + rnd.int(0, 23) * HOUR;
    }
    if (subscribedAt !== null) {
      // The weekly send goes out on the same weekday for everyone on the list.
      for (let week = start + 7 * DAY; week <= end; week += 7 * DAY) {
        if (week + 9 * HOUR > subscribedAt)
          push({ type: "decide", customer, play: "newsletter", at: week + 9 * HOUR });
      }
      if (rnd.chance(0.05)) {
        const at = start + rnd.int(10, days) * DAY;
        push({
          type: "consent",
          customer,
          purpose: "newsletter",
          granted: false,
          method: "email",
          at,
        });
        push({ type: "signal", customer, signal: "unsubscribe", at });
      }
    }
    if (rnd.chance(0.005))
      push({ type: "signal", customer, signal: "complaint", at: start + rnd.int(5, days) * DAY });
  }
  return events.sort((a, b) => a.at - b.at);
}
