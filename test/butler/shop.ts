/**
 * A small outdoor shop for butler tests: a catalog with durables, consumables,
 * guides and sensitive items, and a deterministic history of customers.
 */
import type { ButlerEvent, CatalogItem } from "../../src/butler/index.js";

export const DAY = 86_400_000;
/** "Now" in every test: 2025-06-01T00:00Z. */
export const NOW = Date.UTC(2025, 5, 1);

export const catalog: CatalogItem[] = [
  {
    id: "tent",
    name: { en: "two-person tent", ja: "2人用テント" },
    category: "camping",
    consumable: false,
  },
  {
    id: "stove",
    name: { en: "camping stove", ja: "キャンプ用コンロ" },
    category: "camping",
    consumable: false,
  },
  { id: "gas", name: { en: "gas canister", ja: "ガス缶" }, category: "camping", consumable: true },
  { id: "lantern", name: { en: "LED lantern", ja: "LEDランタン" }, category: "camping" },
  { id: "mat", name: { en: "sleeping mat", ja: "スリーピングマット" }, category: "camping" },
  {
    id: "boots",
    name: { en: "hiking boots", ja: "登山靴" },
    category: "hiking",
    consumable: false,
  },
  {
    id: "socks",
    name: { en: "wool socks", ja: "ウールの靴下" },
    category: "hiking",
    consumable: true,
  },
  { id: "poles", name: { en: "trekking poles", ja: "トレッキングポール" }, category: "hiking" },
  { id: "map", name: { en: "trail map", ja: "登山地図" }, category: "hiking" },
  {
    id: "coffee",
    name: { en: "camp coffee", ja: "キャンプ用コーヒー" },
    category: "kitchen",
    consumable: true,
  },
  { id: "mug", name: { en: "enamel mug", ja: "ホーローマグ" }, category: "kitchen" },
  {
    id: "guide-camp",
    name: { en: "first camping trip guide", ja: "はじめてのキャンプガイド" },
    category: "guides",
  },
  {
    id: "guide-food",
    name: { en: "camp cooking guide", ja: "キャンプ料理ガイド" },
    category: "guides",
  },
  { id: "vitamins", name: { en: "vitamin pack", ja: "ビタミンパック" }, category: "health" },
  {
    id: "test-kit",
    name: { en: "test kit", ja: "検査キット" },
    category: "camping",
    sensitive: "health",
  },
];

/** A small deterministic random generator (LCG), so fixtures never change. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

function purchase(customer: string, item: string, at: number, basket: string): ButlerEvent {
  return { customer, item, kind: "purchase", at, source: "deliberate", basket };
}

/**
 * 60 campers buy a tent, then a stove with gas; gas again every month; most take
 * vitamins and the sensitive test kit along (which must never surface). 40 hikers
 * buy boots and socks, later poles. Readers download the camping guide and then
 * the cooking guide. Some campers view a sleeping mat (observed only).
 */
export function history(): ButlerEvent[] {
  const rnd = random(7);
  const events: ButlerEvent[] = [];
  const start = NOW - 200 * DAY;
  for (let c = 0; c < 60; c++) {
    const id = `camper-${c}`;
    const t0 = start + Math.floor(rnd() * 60) * DAY;
    events.push(purchase(id, "tent", t0, `${id}-1`));
    events.push(purchase(id, "vitamins", t0, `${id}-1`));
    events.push(purchase(id, "test-kit", t0, `${id}-1`));
    events.push(purchase(id, "stove", t0 + 3 * DAY, `${id}-2`));
    events.push(purchase(id, "gas", t0 + 3 * DAY, `${id}-2`));
    if (c % 2 === 0) events.push(purchase(id, "lantern", t0 + 3 * DAY, `${id}-2`));
    for (let m = 1; m <= 3; m++)
      events.push(purchase(id, "gas", t0 + (3 + 30 * m) * DAY, `${id}-g${m}`));
    if (c % 3 === 0) {
      events.push({ customer: id, item: "mat", kind: "view", at: t0 + DAY, source: "observed" });
    }
  }
  for (let c = 0; c < 40; c++) {
    const id = `hiker-${c}`;
    const t0 = start + Math.floor(rnd() * 60) * DAY;
    events.push(purchase(id, "boots", t0, `${id}-1`));
    events.push(purchase(id, "socks", t0, `${id}-1`));
    events.push(purchase(id, "poles", t0 + 10 * DAY, `${id}-2`));
    if (c % 4 === 0) events.push(purchase(id, "map", t0 + 10 * DAY, `${id}-2`));
  }
  for (let c = 0; c < 30; c++) {
    const id = `reader-${c}`;
    const t0 = start + Math.floor(rnd() * 90) * DAY;
    events.push({
      customer: id,
      item: "guide-camp",
      kind: "download",
      at: t0,
      source: "deliberate",
    });
    events.push({
      customer: id,
      item: "guide-food",
      kind: "download",
      at: t0 + 2 * DAY,
      source: "deliberate",
    });
  }
  for (let c = 0; c < 20; c++) {
    const id = `cook-${c}`;
    const t0 = start + Math.floor(rnd() * 90) * DAY;
    events.push(purchase(id, "coffee", t0, `${id}-1`));
    events.push(purchase(id, "mug", t0, `${id}-1`));
    events.push(purchase(id, "coffee", t0 + 20 * DAY, `${id}-2`));
  }
  return events;
}
