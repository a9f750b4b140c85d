/**
 * `tactful customer-token --customer ID [--ttl 1h] [--db D]`: signs one customer
 * token, for trying the widget or the API by hand (curl, a test page). A site's
 * backend signs its own with the secret `tactful customer-token-secret` prints.
 */
import { parseDuration } from "../../policy/duration.js";
import { MAX_TOKEN_LIFETIME_SECONDS, signCustomerToken } from "../../server/customer-token.js";
import { STORE_OPTIONS } from "../_store.js";
import { type Command, EXIT, requireOption, stringOption, UsageError } from "../command.js";
import { secretFor } from "./customer-token-secret.js";

const CUSTOMER_ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/;

export const customerTokenCommand: Command = {
  name: "customer-token",
  summary: "CLI_CUSTOMER_TOKEN_SUMMARY",
  help: "CLI_CUSTOMER_TOKEN_HELP",
  options: {
    ...STORE_OPTIONS,
    customer: { type: "string" },
    ttl: { type: "string" },
    scope: { type: "string" },
  },
  async run(context) {
    const customer = requireOption(context, "customer-token", "customer");
    if (!CUSTOMER_ID.test(customer)) {
      throw new UsageError("CLI_BAD_VALUE", {
        option: "--customer",
        allowed: "A-Z a-z 0-9 _ . : - (1-128)",
      });
    }
    const ttlMs = parseDuration(stringOption(context, "ttl") ?? "1h");
    const ttlSeconds = ttlMs === null ? Number.NaN : ttlMs / 1000;
    if (
      !Number.isInteger(ttlSeconds) ||
      ttlSeconds < 1 ||
      ttlSeconds > MAX_TOKEN_LIFETIME_SECONDS
    ) {
      throw new UsageError("CLI_BAD_VALUE", { option: "--ttl", allowed: "1s-24h" });
    }
    const scope = stringOption(context, "scope");
    if (scope !== undefined && scope !== "identify") {
      throw new UsageError("CLI_BAD_VALUE", { option: "--scope", allowed: "identify" });
    }
    const found = await secretFor(context);
    if (!found.ok) return found.exit;
    const token = signCustomerToken(customer, {
      secret: found.secret,
      ttlSeconds,
      ...(scope ? { scope: [scope] } : {}),
    });
    context.io.stdout(`${token}\n`);
    return EXIT.ok;
  },
};

export default customerTokenCommand;
