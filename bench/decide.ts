/**
 * `npm run bench:decide`: decisions per second of tactful's `decide()` (the full
 * verdict with every reason; the explanation renders lazily and is not read in the
 * timed loop) against Cedar's `statefulIsAuthorized` (policy set preparsed once) on
 * the same generated requests, in the same run. States, requests and Cedar
 * entities are built before timing, and both engines must agree on every request.
 * Each round times both engines back to back; figures are the medians of the
 * rounds. Prints `tactful_per_s=.. cedar_per_s=.. ratio=..` last
 * (ratio = tactful / cedar). See docs/cedar-proof.md.
 */
import {
  type StatefulAuthorizationCall,
  statefulIsAuthorized,
} from "@cedar-policy/cedar-wasm/nodejs";
import { cedarEngine, POLICY_SET_ID } from "../test/cedar/engine.js";
import { type CedarModel, cedarModel, cedarRequest } from "../test/cedar/request.js";
import { cedarScenarios, type Scenario } from "../test/cedar/scenarios.js";
import { formatRate, median, perSecond } from "./_stats.js";

const SEED = 20260615;
const CONFIGS = 100;
const PER_CONFIG = 20;
const ROUNDS = 7;
/** Passes over the requests per tactful round, so that a round lasts long enough to time. */
const TACTFUL_PASSES = 50;

const scenarios = cedarScenarios(CONFIGS, PER_CONFIG, SEED);
const models = new Map<Scenario["policy"], CedarModel>();
const calls: StatefulAuthorizationCall[] = scenarios.map(({ policy, state, play, now }) => {
  let model = models.get(policy);
  if (!model) {
    model = cedarModel(policy);
    models.set(policy, model);
  }
  return { ...cedarRequest(model, state, play, now), preparsedPolicySetId: POLICY_SET_ID };
});
const cedar = cedarEngine(); // preparses the policy set once

// Same requests, same answers: the benchmark compares engines that agree.
let allowed = 0;
scenarios.forEach((s, i) => {
  const ours = s.policy.decide(s.state, s.play, s.now).outcome === "allow";
  const { preparsedPolicySetId: _, ...call } = calls[i]!;
  if (ours !== cedar(call).allow) throw new Error(`request ${i}: tactful and Cedar disagree`);
  if (ours) allowed++;
});

/** Keeps results alive so no engine's work can be optimized away. */
let sink = 0;

function timeTactful(passes: number, explain: boolean): number {
  const start = performance.now();
  for (let p = 0; p < passes; p++) {
    for (const { policy, state, play, now } of scenarios) {
      const verdict = policy.decide(state, play, now);
      sink += verdict.reasons.length;
      if (explain) sink += verdict.explanation?.en.length ?? 0;
    }
  }
  return perSecond(passes * scenarios.length, performance.now() - start);
}

function timeCedar(): number {
  const start = performance.now();
  for (const call of calls) {
    const answer = statefulIsAuthorized(call);
    if (answer.type === "success" && answer.response.decision === "allow") sink++;
  }
  return perSecond(calls.length, performance.now() - start);
}

// Warm-up: let both reach their steady state (JIT tiers, Wasm tier-up).
timeTactful(TACTFUL_PASSES, false);
timeTactful(TACTFUL_PASSES / 10, true);
timeCedar();

const rates = { tactful: [] as number[], explained: [] as number[], cedar: [] as number[] };
for (let round = 0; round < ROUNDS; round++) {
  rates.tactful.push(timeTactful(TACTFUL_PASSES, false));
  rates.explained.push(timeTactful(TACTFUL_PASSES / 10, true));
  rates.cedar.push(timeCedar());
}
const tactful = median(rates.tactful);
const cedarRate = median(rates.cedar);

const cell = (text: string) => text.padStart(12);
const row = (name: string, list: number[]) => {
  const mid = median(list);
  return `${name.padEnd(28)}${cell(formatRate(mid))}${cell(formatRate(Math.min(...list)))}${cell(formatRate(Math.max(...list)))}${cell((1e6 / mid).toFixed(2))}`;
};
console.log(
  `${scenarios.length} requests (${allowed} allow, ${scenarios.length - allowed} deny), median of ${ROUNDS} rounds (sink ${sink % 7})`,
);
console.log(
  `${"engine".padEnd(28)}${cell("per_s")}${cell("min_per_s")}${cell("max_per_s")}${cell("us_each")}`,
);
console.log(row("tactful decide", rates.tactful));
console.log(row("tactful decide + explanation", rates.explained));
console.log(row("cedar statefulIsAuthorized", rates.cedar));
console.log(
  `tactful_per_s=${formatRate(tactful)} cedar_per_s=${formatRate(cedarRate)} ratio=${(tactful / cedarRate).toFixed(1)}`,
);
