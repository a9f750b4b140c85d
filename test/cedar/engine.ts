/**
 * The Cedar side of the proof: loads `tactful.cedar`, keys every policy by its
 * `@id` annotation (cedar-wasm numbers policies otherwise), preparses the set
 * once, and answers requests built by `request.ts`.
 */
import { readFileSync } from "node:fs";
import { setFlagsFromString } from "node:v8";
import {
  policySetTextToParts,
  policyToJson,
  preparsePolicySet,
  type StatefulAuthorizationCall,
  statefulIsAuthorized,
} from "@cedar-policy/cedar-wasm/nodejs";

// Node 20's V8 (11.3) inlines JS->Wasm calls into optimized callers, and aborts the
// process ("unreachable code" in Deoptimizer::DoComputeBuiltinContinuation) when such
// a caller is lazily deoptimized while the Wasm call runs: it did so in most runs of
// bench/decide.ts. Not inlining those calls avoids the crash; a call into Cedar takes
// about a millisecond, so the inlining saves nothing measurable. Set before any
// caller is optimized.
setFlagsFromString("--no-turbo-inline-js-wasm-calls");

/** The policy set as written. */
export const POLICY_TEXT = readFileSync(new URL("./tactful.cedar", import.meta.url), "utf8");
/** The schema the policy set is validated against. */
export const SCHEMA_TEXT = readFileSync(new URL("./tactful.cedarschema", import.meta.url), "utf8");

/** The id under which the policy set is preparsed in cedar-wasm's cache. */
export const POLICY_SET_ID = "tactful";

/** A policy of the set: its text and the tactful reason it stands for. */
export interface CedarPolicy {
  readonly text: string;
  /** `CODE` or `CODE:CHECK` for norms; null for the permit. */
  readonly reason: string | null;
}

/** A request without the policy set id (`request.ts` builds these). */
export type CedarCall = Omit<StatefulAuthorizationCall, "preparsedPolicySetId">;

/** Cedar's answer: the decision and the tactful reasons of every forbid that applied. */
export interface CedarAnswer {
  readonly allow: boolean;
  readonly reasons: readonly string[];
}

function fail(what: string, errors: readonly { message: string }[]): never {
  throw new Error(`${what}: ${errors.map((e) => e.message).join("; ")}`);
}

/** Splits the policy text into policies keyed by their `@id`. */
export function policiesById(text: string = POLICY_TEXT): Map<string, CedarPolicy> {
  const parts = policySetTextToParts(text);
  if (parts.type !== "success") fail("tactful.cedar does not parse", parts.errors);
  const out = new Map<string, CedarPolicy>();
  for (const part of parts.policies) {
    const json = policyToJson(part);
    if (json.type !== "success") fail("a policy does not convert", json.errors);
    const notes = json.json.annotations ?? {};
    const id = notes.id;
    if (!id || out.has(id)) throw new Error("every policy needs a unique @id annotation");
    const code = notes.code ?? null;
    out.set(id, { text: part, reason: code && notes.check ? `${code}:${notes.check}` : code });
  }
  return out;
}

/** Preparses the policy set once; returns a function that authorizes one request. */
export function cedarEngine(text: string = POLICY_TEXT): (call: CedarCall) => CedarAnswer {
  const policies = policiesById(text);
  const staticPolicies = Object.fromEntries([...policies].map(([id, p]) => [id, p.text]));
  const parsed = preparsePolicySet(POLICY_SET_ID, { staticPolicies });
  if (parsed.type !== "success") fail("preparsing the policy set failed", parsed.errors);
  return (call) => {
    const answer = statefulIsAuthorized({ ...call, preparsedPolicySetId: POLICY_SET_ID });
    if (answer.type !== "success") fail("Cedar could not evaluate a request", answer.errors);
    const { decision, diagnostics } = answer.response;
    if (diagnostics.errors.length > 0)
      fail(
        "a policy errored",
        diagnostics.errors.map((e) => ({ message: `${e.policyId}: ${e.error.message}` })),
      );
    const reasons = diagnostics.reason.flatMap((id) => {
      const reason = policies.get(id)?.reason;
      return reason ? [reason] : [];
    });
    return { allow: decision === "allow", reasons };
  };
}
