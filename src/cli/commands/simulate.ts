/**
 * `tactful simulate --config C --events E.jsonl`: replays events for many
 * customers and reports, per play, who would get what, and why.
 */
import { render } from "../../i18n/index.js";
import { compile, parseEventInput } from "../../policy/index.js";
import { type SimulationReport, simulate } from "../../policy/simulate.js";
import { loadForCommand, readInput } from "../_config.js";
import { type Command, EXIT, printError, requireOption, stringOption } from "../command.js";

export const simulateCommand: Command = {
  name: "simulate",
  summary: "CLI_SIMULATE_SUMMARY",
  help: "CLI_SIMULATE_HELP",
  options: {
    config: { type: "string", short: "c" },
    events: { type: "string", short: "e" },
    json: { type: "boolean" },
    top: { type: "string" },
  },
  async run(context) {
    const configPath = stringOption(context, "config") ?? "tactful.config.yaml";
    const eventsPath = requireOption(context, "simulate", "events");
    const top = Number(stringOption(context, "top") ?? 3);
    const result = await loadForCommand(context, configPath);
    if (!result.ok) return result.exit;
    const lang = result.lang;
    const text = await readInput(context, eventsPath);
    if (text === null) return EXIT.unusable;

    const events = [];
    let bad = 0;
    for (const [index, line] of text.split("\n").entries()) {
      if (line.trim() === "") continue;
      let parsed: ReturnType<typeof parseEventInput>;
      try {
        parsed = parseEventInput(JSON.parse(line));
      } catch {
        parsed = { ok: false, issues: [{ path: "(line)", code: "invalid_json" }] };
      }
      if (parsed.ok) events.push(parsed.value);
      else {
        bad++;
        if (bad <= 10) {
          for (const issue of parsed.issues) {
            printError({ ...context, lang }, "CLI_BAD_EVENT", {
              file: eventsPath,
              line: index + 1,
              path: issue.path,
              code: issue.code,
            });
          }
        }
      }
    }
    if (bad > 0) {
      printError({ ...context, lang }, "CLI_BAD_EVENTS_TOTAL", { count: bad });
      return EXIT.unusable;
    }
    const report = simulate(compile(result.loaded.config), events);
    context.io.stdout(
      context.values.json
        ? `${JSON.stringify(report, null, 2)}\n`
        : formatReport(report, lang, top),
    );
    return EXIT.ok;
  },
};

function formatReport(report: SimulationReport, lang: "ja" | "en", top: number): string {
  const lines = [
    render(lang, "CLI_SIMULATE_HEAD", {
      customers: report.customers,
      events: report.events,
      decisions: report.decisions,
      dropped: report.dropped,
    }),
    "",
    `${render(lang, "CLI_SIMULATE_COL_PLAY").padEnd(28)}${pad(render(lang, "POLICY_OUTCOME_allow"))}${pad(render(lang, "POLICY_OUTCOME_soften"))}${pad(render(lang, "POLICY_OUTCOME_skip"))}  ${render(lang, "CLI_SIMULATE_COL_REASONS")}`,
  ];
  for (const play of report.plays) {
    const reasons = play.topReasons
      .slice(0, top)
      .map((r) => `${r.code} ×${r.count}`)
      .join(", ");
    lines.push(
      `${play.play.padEnd(28)}${pad(play.allow)}${pad(play.soften)}${pad(play.skip)}  ${reasons}`,
    );
    for (const [fallback, count] of Object.entries(play.softenedTo)) {
      lines.push(`  ${render(lang, "CLI_SIMULATE_SOFTENED_TO", { fallback, count })}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

function pad(value: string | number): string {
  return String(value).padStart(8);
}

export default simulateCommand;
