import type { cliEn } from "../en/cli.js";

/** コマンドラインのメッセージ(日本語)。 */
export const cliJa: Record<keyof typeof cliEn, string> = {
  CLI_USAGE:
    "使い方: tactful <コマンド> [オプション]\n\nコマンド:\n{commands}\n\n各コマンドのオプションは `tactful <コマンド> --help` で表示します。",
  CLI_UNKNOWN_COMMAND:
    "`{command}` というコマンドはありません。`tactful --help` でコマンド一覧を確認してください。",
  CLI_UNKNOWN_OPTION:
    "`tactful {command}` に `{option}` というオプションはありません。`tactful {command} --help` を確認してください。",
  CLI_MISSING_VALUE: "オプション `{option}` には値が必要です。",
  CLI_MISSING_ARGUMENT:
    "`tactful {command}` には{what}が必要です。`tactful {command} --help` を確認してください。",
  CLI_BAD_VALUE: "オプション `{option}` は次のいずれかにしてください: {allowed}",
  CLI_FILE_UNREADABLE: "{file} を読み込めません: {reason}",
};
