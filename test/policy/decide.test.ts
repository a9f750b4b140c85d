import { describe, expect, it } from "vitest";
import { reasonMessage, type Verdict } from "../../src/policy/index.js";
import { customer, DAY, HOUR, loadShop, NOON_TOKYO } from "./shop.js";

const { policy } = loadShop();
const now = NOON_TOKYO;
const codes = (v: Verdict, effect: "block" | "info" = "block") =>
  v.reasons.filter((r) => r.effect === effect && r.play === v.play).map((r) => r.code);

const cartLeft = { cart_items: { at: now - 5 * HOUR, context: "site" } };
const trusted = { credit: 4, debit: 0, at: now };

describe("a cart left behind", () => {
  it("softens to the on-site banner for a newcomer who has not earned an email yet", () => {
    const v = policy.decide(customer({ data: cartLeft }), "cart_reminder", now);
    expect(v.outcome).toBe("soften");
    expect(v.run).toBe("cart_onsite");
    expect(v.channel).toBe("onsite");
    expect(codes(v)).toEqual(["POLICY_TRUST_TOO_LOW"]);
    expect(v.balance.before).toBe(1);
    expect(v.balance.after).toBeCloseTo(1 - (policy.cost("cart_onsite") ?? 0));
  });

  it("sends the email once trust covers its cost, and explains it without naming anything observed", () => {
    const v = policy.decide(customer({ data: cartLeft, ledger: trusted }), "cart_reminder", now);
    expect(v.outcome).toBe("allow");
    expect(v.run).toBe("cart_reminder");
    expect(v.explanation?.en).toContain("items in your cart");
    expect(v.explanation?.ja).toContain("カートの中の商品");
  });

  it("waits four hours after the cart changed, and says when it may run", () => {
    const recent = { cart_items: { at: now - 1 * HOUR, context: "site" } };
    const v = policy.decide(customer({ data: recent, ledger: trusted }), "cart_reminder", now);
    expect(codes(v)).toEqual(["POLICY_WAIT_NOT_ELAPSED"]);
    expect(v.retryAt).toBe(now + 3 * HOUR);
    expect(v.outcome).toBe("soften");
    // Said as people read it: to the minute, with its zone.
    const wait = v.reasons.find((r) => r.code === "POLICY_WAIT_NOT_ELAPSED");
    const when = `${new Date(now + 3 * HOUR).toISOString().slice(0, 16).replace("T", " ")} UTC`;
    expect(reasonMessage(wait!, "en")).toContain(when);
    expect(reasonMessage(wait!, "ja")).toContain(`${when} 以降`);
  });

  it("reminds at most once a week", () => {
    const touches = [{ play: "cart_reminder", channel: "email" as const, at: now - 3 * DAY }];
    const v = policy.decide(
      customer({ data: cartLeft, ledger: trusted, touches }),
      "cart_reminder",
      now,
    );
    expect(codes(v)).toContain("POLICY_CAP_REACHED");
    expect(v.retryAt).toBe(now + 4 * DAY);
  });

  it("keeps a minimum gap after any other email", () => {
    const touches = [{ play: "newsletter", channel: "email" as const, at: now - 2 * HOUR }];
    const v = policy.decide(
      customer({ data: cartLeft, ledger: trusted, touches }),
      "cart_reminder",
      now,
    );
    expect(codes(v)).toEqual(["POLICY_MIN_GAP"]);
    expect(v.retryAt).toBe(now - 2 * HOUR + 16 * HOUR);
  });

  it("does not mention a cart older than its freshness window", () => {
    const old = { cart_items: { at: now - 40 * DAY, context: "site" } };
    const v = policy.decide(customer({ data: old, ledger: trusted }), "cart_reminder", now);
    expect(codes(v)).toContain("POLICY_DATA_STALE");
    expect(v.outcome).toBe("skip");
  });

  it("stops after the customer objects to cart reminders", () => {
    const consents = {
      cart_recovery: { granted: false, at: now - DAY, method: "preference_center" },
    };
    const v = policy.decide(
      customer({ data: cartLeft, ledger: trusted, consents }),
      "cart_reminder",
      now,
    );
    expect(v.outcome).toBe("skip");
    expect(codes(v)).toContain("POLICY_OBJECTED");
  });
});

describe("consent and sharing", () => {
  it("needs consent for the newsletter and offers the quiz instead", () => {
    const v = policy.decide(
      customer({ data: { first_name: { at: now - DAY } }, ledger: trusted }),
      "newsletter",
      now,
    );
    expect(codes(v)).toEqual(["POLICY_CONSENT_MISSING"]);
    expect(v.run).toBe("quiz_invite");
  });

  it("sends the newsletter to a subscriber", () => {
    const consents = { newsletter: { granted: true, at: now - 10 * DAY, method: "form" } };
    const v = policy.decide(
      customer({ consents, data: { first_name: { at: now - DAY } } }),
      "newsletter",
      now,
    );
    expect(v.outcome).toBe("allow");
    expect(v.explanation?.en).toMatch(/^You asked for this/);
  });

  it("never runs the retargeting play, even with consent, and says which norms refuse it", () => {
    const consents = { retargeting: { granted: true, at: now - DAY, method: "banner" } };
    const data = { viewed_products: { at: now - HOUR, context: "site" } };
    const v = policy.decide(
      customer({ consents, data, ledger: { credit: 50, debit: 0, at: now } }),
      "retarget_viewed_product",
      now,
    );
    expect(v.outcome).toBe("skip");
    const norms = v.reasons
      .filter((r) => r.code === "POLICY_NORM_VIOLATION")
      .map((r) => r.evidence.norm);
    expect(norms).toEqual(["observed_mention_outside_context", "observed_data_offsite"]);
    expect(
      reasonMessage(v.reasons.find((r) => r.code === "POLICY_NORM_VIOLATION")!, "ja"),
    ).toContain("規範");
  });

  it("treats Global Privacy Control as a refusal of sharing, unless the person later opted in explicitly", async () => {
    const { parseConfig, compile } = await import("../../src/policy/index.js");
    const { readFileSync } = await import("node:fs");
    const { SHOP_CONFIG_PATH } = await import("./shop.js");
    // A variant of the shop where retargeting uses declared interests only (allowed by the norms).
    const text = readFileSync(SHOP_CONFIG_PATH, "utf8")
      .replace(
        "      - { field: viewed_products, as: mention }\n",
        "      - { field: interests, as: select }\n",
      )
      .replace(
        "    purposes: [newsletter, recommendations]\n",
        "    purposes: [newsletter, recommendations, retargeting]\n",
      );
    const variant = compile(parseConfig(text, { file: "v.yaml" }).config!);
    const base = {
      data: { interests: { at: now - DAY } },
      ledger: { credit: 10, debit: 0, at: now },
    };
    const consented = { retargeting: { granted: true, at: now - 5 * DAY, method: "banner" } };
    const refused = variant.decide(
      customer({ ...base, consents: consented, gpcAt: now - DAY }),
      "retarget_viewed_product",
      now,
    );
    expect(codes(refused)).toEqual(["POLICY_GPC_REFUSES_SHARING", "POLICY_NO_FALLBACK"]);
    const later = { retargeting: { granted: true, at: now - HOUR, method: "preference_center" } };
    const allowed = variant.decide(
      customer({ ...base, consents: later, gpcAt: now - DAY }),
      "retarget_viewed_product",
      now,
    );
    expect(allowed.outcome).toBe("allow");
  });
});

describe("suppression and quiet hours", () => {
  it("skips everything for a customer who complained, with no fallback", () => {
    const v = policy.decide(
      customer({ data: cartLeft, ledger: trusted, suppression: "complained" }),
      "cart_reminder",
      now,
    );
    expect(v).toMatchObject({ outcome: "skip", run: null, explanation: null });
    expect(v.reasons.map((r) => r.code)).toEqual(["POLICY_SUPPRESSED"]);
  });

  it("holds a push-style play during quiet hours in the customer's own time zone", async () => {
    const { parseConfig, compile } = await import("../../src/policy/index.js");
    const { readFileSync } = await import("node:fs");
    const { SHOP_CONFIG_PATH } = await import("./shop.js");
    const text = readFileSync(SHOP_CONFIG_PATH, "utf8").replace(
      "    channel: email\n    purpose: cart_recovery",
      "    channel: push\n    purpose: cart_recovery",
    );
    const variant = compile(parseConfig(text, { file: "v.yaml" }).config!);
    const at2300Tokyo = Date.parse("2026-06-15T14:00:00Z");
    const state = customer({
      data: { cart_items: { at: at2300Tokyo - 5 * HOUR } },
      ledger: { credit: 10, debit: 0, at: at2300Tokyo },
    });
    const tokyo = variant.decide(state, "cart_reminder", at2300Tokyo);
    expect(codes(tokyo)).toEqual(["POLICY_QUIET_HOURS"]);
    expect(tokyo.retryAt).toBe(Date.parse("2026-06-15T23:00:00Z"));
    // 15:00 in London at the same instant: fine.
    const london = variant.decide(
      { ...state, timeZone: "Europe/London" },
      "cart_reminder",
      at2300Tokyo,
    );
    expect(london.outcome).toBe("allow");
  });
});

describe("trust", () => {
  it("costs more for more exposed channels and for observed data", () => {
    expect(policy.cost("cart_onsite")).toBeLessThan(policy.cost("cart_reminder") ?? 0);
    expect(policy.cost("next_item")).toBeGreaterThan(policy.cost("quiz_invite") ?? 0);
  });

  it("reports an unknown play as a skip with a reason instead of throwing", () => {
    const v = policy.decide(customer(), "no_such_play", now);
    expect(v.outcome).toBe("skip");
    expect(v.reasons[0]?.code).toBe("POLICY_UNKNOWN_PLAY");
  });
});
