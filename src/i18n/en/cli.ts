/** Messages of the command line (English). */
export const cliEn = {
  CLI_USAGE:
    "Usage: tactful <command> [options]\n\nCommands:\n{commands}\n\nRun `tactful <command> --help` for the options of one command.",
  CLI_UNKNOWN_COMMAND: "Unknown command `{command}`. Run `tactful --help` to see the commands.",
  CLI_UNKNOWN_OPTION:
    "Unknown option `{option}` for `tactful {command}`. Run `tactful {command} --help`.",
  CLI_MISSING_VALUE: "Option `{option}` needs a value.",
  CLI_MISSING_ARGUMENT: "`tactful {command}` needs {what}. Run `tactful {command} --help`.",
  CLI_BAD_VALUE: "Option `{option}` must be one of: {allowed}.",
  CLI_FILE_UNREADABLE: "Cannot read {file}: {reason}.",
} as const;
