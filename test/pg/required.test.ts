/**
 * CI contract: when PostgreSQL is asked for (CI=true or TACTFUL_TEST_PG set), it
 * must answer, and the store suite's PostgreSQL half must run, never skip.
 */
import { describe, expect, it } from "vitest";
import { PG_REQUIRED, PG_URL, pgReachable } from "../store/_harness.js";

describe("PostgreSQL for the store suite", () => {
  it.runIf(PG_REQUIRED)("answers when CI requires it", async () => {
    const ok = await pgReachable();
    if (!ok) {
      throw new Error(
        `PostgreSQL at ${PG_URL.replace(/:[^:@/]*@/, ":***@")} does not answer, but CI=true or TACTFUL_TEST_PG asks for it.`,
      );
    }
    expect(ok).toBe(true);
  });

  it("is required whenever TACTFUL_TEST_PG is set", () => {
    if (process.env.TACTFUL_TEST_PG) expect(PG_REQUIRED).toBe(true);
    if (process.env.CI === "true") expect(PG_REQUIRED).toBe(true);
    expect(typeof PG_URL).toBe("string");
  });
});
