/**
 * Shop customers for recommendation tests, sent through the real API: people who
 * buy a stove with gas, a tent with a pad, boots with socks, and the three
 * customers a test looks at (a newcomer, a quiz-taker, a buyer).
 */
import { fileURLToPath } from "node:url";

/** The shop example's config (its catalog is the bundled example catalog). */
export const SHOP_CONFIG = fileURLToPath(
  new URL("../../examples/shop/tactful.config.yaml", import.meta.url),
);

/** Events other customers leave: what the aggregate model learns from. */
export function crowdEvents(count = 12): object[] {
  const events: object[] = [];
  for (let n = 0; n < count; n++) {
    const customer = `crowd_${n}`;
    events.push(
      { customer, field: "viewed_products", value: "stove" },
      { customer, field: "purchases", value: ["stove", "gas-250"] },
      { customer, field: "purchases", value: n % 2 === 0 ? ["tent-2p", "pad-air"] : ["mug"] },
    );
    if (n % 3 === 0)
      events.push({ customer, field: "purchases", value: ["boots-hike", "socks-merino"] });
  }
  return events;
}

/** The customers a test looks at. */
export const PEOPLE = {
  /** Never seen before. */
  newcomer: "c_newcomer_1",
  /** Told us in the quiz they like camping; bought nothing. */
  quiz: "c_quiz_1",
  /** Bought a tent last week. */
  buyer: "c_buyer_1",
  /** Bought a tent, then complained: nothing personal may reach them. */
  complained: "c_complained_1",
} as const;

/** Events of the people above (times relative to `now`). */
export function peopleEvents(now: number): object[] {
  const day = 24 * 60 * 60 * 1000;
  return [
    { customer: PEOPLE.quiz, field: "interests", value: ["camping"], at: now - day },
    { customer: PEOPLE.quiz, field: "viewed_products", value: "lantern", at: now - day },
    { customer: PEOPLE.buyer, field: "purchases", value: ["tent-2p"], at: now - 7 * day },
    { customer: PEOPLE.buyer, field: "viewed_products", value: "lantern", at: now - day },
    { customer: PEOPLE.complained, field: "purchases", value: ["tent-2p"], at: now - 7 * day },
    { customer: PEOPLE.complained, signal: "complaint" },
  ];
}
