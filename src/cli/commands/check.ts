/**
 * `tactful check [config]`: every norm a play breaks, every field kept without
 * need or without retention, every template that says more than it declares.
 * Exit 0 clean (warnings allowed unless --strict), 1 with violations, 2 unreadable.
 */
import { templateDisplayPath } from "../../config/load-file.js";
import { render } from "../../i18n/index.js";
import {
  type ConfigProblem,
  checkConfig,
  formatProblem,
  problemMessage,
} from "../../policy/index.js";
import { loadForCommand } from "../_config.js";
import { templateAnalyzer } from "../_template-analyzer.js";
import { type Command, choiceOption, EXIT, stringOption } from "../command.js";

export const checkCommand: Command = {
  name: "check",
  summary: "CLI_CHECK_SUMMARY",
  help: "CLI_CHECK_HELP",
  positionals: true,
  options: {
    format: { type: "string" },
    strict: { type: "boolean" },
    config: { type: "string", short: "c" },
  },
  async run(context) {
    const path = context.positionals[0] ?? stringOption(context, "config") ?? "tactful.config.yaml";
    const format = choiceOption(context, "format", ["text", "json"] as const, "text");
    const result = await loadForCommand(context, path);
    if (!result.ok) {
      if (format === "json" && result.loaded) {
        context.io.stdout(
          `${JSON.stringify(toJson(result.loaded.problems, context.lang), null, 2)}\n`,
        );
      }

      return result.exit;
    }
    const { loaded, lang } = result;
    const problems: ConfigProblem[] = [
      ...loaded.problems,
      ...checkConfig({
        loaded,
        templates: loaded.templates,
        analyzeTemplate: templateAnalyzer(lang),
        templateFile: (template) => templateDisplayPath(loaded, template, context.io.cwd),
      }),
    ];
    const errors = problems.filter((p) => p.severity === "error").length;
    const warnings = problems.length - errors;
    if (format === "json") {
      context.io.stdout(`${JSON.stringify(toJson(problems, lang), null, 2)}\n`);
    } else {
      for (const problem of problems) context.io.stdout(`${formatProblem(problem, lang)}\n`);
      const { config } = loaded;
      context.io.stdout(
        `${
          problems.length === 0
            ? render(lang, "POLICY_CHECK_CLEAN", {
                file: loaded.file,
                plays: config.plays.length,
                fields: config.fields.length,
                purposes: config.purposes.length,
              })
            : render(lang, "POLICY_CHECK_SUMMARY", { file: loaded.file, errors, warnings })
        }\n`,
      );
    }
    if (errors > 0 || (context.values.strict === true && warnings > 0)) return EXIT.findings;
    return EXIT.ok;
  },
};

function toJson(problems: readonly ConfigProblem[], lang: "ja" | "en") {
  return problems.map((p) => ({
    code: p.code,
    severity: p.severity,
    file: p.file,
    line: p.line,
    column: p.column,
    message: problemMessage(p, lang),
  }));
}

export default checkCommand;
