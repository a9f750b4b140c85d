/** The shop example, loaded once for tests. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type CustomerState, compile, newCustomer, parseConfig } from "../../src/policy/index.js";

export const SHOP_CONFIG_PATH = fileURLToPath(
  new URL("../../examples/shop/tactful.config.yaml", import.meta.url),
);

export function loadShop() {
  const result = parseConfig(readFileSync(SHOP_CONFIG_PATH, "utf8"), {
    file: "tactful.config.yaml",
  });
  if (!result.config) throw new Error("the shop example must load");
  return { ...result, config: result.config, policy: compile(result.config) };
}

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
/** 12:00 in Tokyo, outside any quiet hours. */
export const NOON_TOKYO = Date.parse("2026-06-15T03:00:00Z");

/** A customer with a few things set, everything else empty. */
export function customer(overrides: Partial<CustomerState> = {}): CustomerState {
  return { ...newCustomer("c_1", NOON_TOKYO - 30 * DAY), ...overrides };
}
