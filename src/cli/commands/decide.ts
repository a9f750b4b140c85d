/**
 * `tactful decide --config C --state S.json --play P [--now T] [--json]`: the
 * verdict for one customer and one play, with every reason.
 */
import { render } from "../../i18n/index.js";
import { compile, parseStateInput, reasonMessage, type Verdict } from "../../policy/index.js";
import { loadForCommand, readInput } from "../_config.js";
import {
  type Command,
  EXIT,
  printError,
  requireOption,
  stringOption,
  UsageError,
} from "../command.js";

export const decideCommand: Command = {
  name: "decide",
  summary: "CLI_DECIDE_SUMMARY",
  help: "CLI_DECIDE_HELP",
  options: {
    config: { type: "string", short: "c" },
    state: { type: "string", short: "s" },
    play: { type: "string", short: "p" },
    now: { type: "string" },
    json: { type: "boolean" },
  },
  async run(context) {
    const configPath = stringOption(context, "config") ?? "tactful.config.yaml";
    const statePath = requireOption(context, "decide", "state");
    const playId = requireOption(context, "decide", "play");
    const nowText = stringOption(context, "now");
    const now = nowText === undefined ? Date.now() : Date.parse(nowText);
    if (Number.isNaN(now)) throw new UsageError("CLI_BAD_TIME", { option: "--now" });

    const result = await loadForCommand(context, configPath);
    if (!result.ok) return result.exit;
    const lang = result.lang;
    const policy = compile(result.loaded.config);
    if (!policy.play(playId)) {
      printError({ ...context, lang }, "POLICY_UNKNOWN_PLAY", { play: playId });
      return EXIT.unusable;
    }
    const text = await readInput(context, statePath);
    if (text === null) return EXIT.unusable;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      printError({ ...context, lang }, "CLI_BAD_JSON", { file: statePath });
      return EXIT.unusable;
    }
    const state = parseStateInput(json);
    if (!state.ok) {
      for (const issue of state.issues)
        printError({ ...context, lang }, "CLI_BAD_STATE", {
          file: statePath,
          path: issue.path,
          code: issue.code,
        });
      return EXIT.unusable;
    }
    const verdict = policy.decide(state.value, playId, now);
    context.io.stdout(
      context.values.json ? `${JSON.stringify(verdict, null, 2)}\n` : formatVerdict(verdict, lang),
    );
    return EXIT.ok;
  },
};

/** A verdict for a person reading a terminal. */
export function formatVerdict(verdict: Verdict, lang: "ja" | "en"): string {
  const lines: string[] = [];
  const outcome = render(lang, `POLICY_OUTCOME_${verdict.outcome}`);
  lines.push(
    render(
      lang,
      verdict.run && verdict.run !== verdict.play ? "CLI_VERDICT_HEAD_RUNS" : "CLI_VERDICT_HEAD",
      {
        play: verdict.play,
        outcome,
        run: verdict.run ?? "",
      },
    ),
  );
  lines.push(
    render(lang, "CLI_VERDICT_BALANCE", {
      cost: verdict.cost,
      before: verdict.balance.before,
      after: verdict.balance.after,
    }),
  );
  for (const reason of verdict.reasons) {
    lines.push(`  ${reason.effect === "block" ? "✗" : "✓"} ${reasonMessage(reason, lang)}`);
  }
  if (verdict.retryAt !== null)
    lines.push(render(lang, "CLI_VERDICT_RETRY", { at: new Date(verdict.retryAt).toISOString() }));
  if (verdict.explanation)
    lines.push(render(lang, "CLI_VERDICT_EXPLANATION", { text: verdict.explanation[lang] }));
  return `${lines.join("\n")}\n`;
}

export default decideCommand;
