import type { cliEn } from "../en/cli.js";

/** コマンドラインのメッセージ(日本語)。 */
export const cliJa: Record<keyof typeof cliEn, string> = {
  CLI_USAGE:
    "使い方: tactful <コマンド> [オプション]\n\nコマンド:\n{commands}\n\n各コマンドのオプションは `tactful <コマンド> --help` で表示します。",
  CLI_UNEXPECTED:
    "`tactful {command}` が予期しないエラー({code})で止まりました。データに関わる内容は表示していません。詳しくは TACTFUL_DEBUG=1 を付けてもう一度実行し、不具合と思われる場合は報告してください。",
  CLI_UNKNOWN_COMMAND:
    "`{command}` というコマンドはありません。`tactful --help` でコマンド一覧を確認してください。",
  CLI_UNKNOWN_OPTION:
    "`tactful {command}` に `{option}` というオプションはありません。`tactful {command} --help` を確認してください。",
  CLI_MISSING_VALUE: "オプション `{option}` には値が必要です。",
  CLI_MISSING_ARGUMENT:
    "`tactful {command}` には{what}が必要です。`tactful {command} --help` を確認してください。",
  CLI_BAD_VALUE: "オプション `{option}` は次のいずれかにしてください: {allowed}",
  CLI_SERVE_ORIGIN_INVALID:
    "--origin に指定された `{origin}` はオリジンではありません。https://shop.example や http://localhost:3000 のように、スキームとホスト(ポートがあればポートも)だけを指定してください(パス、ワイルドカード、`null` は使えません。`null` はサンドボックス化されたどのページからも送られます)。サーバーは起動しておらず、何も開いたり保存したりしていません。",
  CLI_SERVE_SITE_URL_INVALID:
    "設定の site.url `{url}` のホストにワイルドカードが含まれています。ブラウザーはそのようなオリジンを送らないため、どのページもサイトキーを使えません。https://shop.example のようにページの実際のアドレスを指定し、ほかのオリジンは `--origin` で追加してください。サーバーは起動しておらず、何も開いたり保存したりしていません。",
  CLI_FILE_UNREADABLE: "{file} を読み込めません: {reason}",
  CLI_CONFIG_NOT_FOUND:
    "設定ファイル {file} がありません。ここで始めるには `tactful init` を実行してください(テンプレートは `tactful init --help` で確認できます)。別の場所にある場合は、そのパスを指定してください。",
  CLI_CONFIG_IS_FOLDER:
    "{file} はフォルダーです。その中の設定ファイルを、{file}/tactful.config.yaml のように指定してください。",
  CLI_BAD_TIME: "オプション `{option}` は 2026-11-29T09:00:00+09:00 のような日時にしてください。",
  CLI_BAD_JSON: "{file} は正しい JSON ではありません。",
  CLI_BAD_STATE:
    "{file}: `{path}` が正しくありません({code})。状態ファイルの形式は docs/cli.md を参照してください。",
  CLI_BAD_EVENT:
    "{file}:{line}: `{path}` が正しくありません({code})。イベントの形式は docs/cli.md を参照してください。",
  CLI_BAD_EVENTS_TOTAL:
    "{count} 件のイベントを読み込めなかったため、シミュレーションは行っていません。",
  CLI_INIT_SUMMARY: "コメント付きの設定の雛形を書き出す(shop または b2b)",
  CLI_INIT_HELP:
    "使い方: tactful init [--template shop|b2b] [--lang ja|en] [--dir DIR] [--force]\n\ntactful.config.yaml とテンプレートを DIR(既定: 現在のフォルダー)に、選んだ言語のコメント付きで書き出します。\nサンプルの商品を入れた catalog.yaml も書き出します(DIR にカタログがあるときは書き出しません)。実際の商品に置き換えてください。\n--force を付けない限り、既存のファイルは上書きしません。カタログは --force でも上書きしません。",
  CLI_INIT_EXISTS:
    "{file} はすでにあります。別の --dir を指定するか、上書きする場合は --force を付けてください。",
  CLI_INIT_DONE:
    "{file} とテンプレート {count} 件を書き出しました。次に内容を編集し、`tactful check {file}` を実行してください。",
  CLI_INIT_LEFT_OUT_RETARGETING:
    "この施策は、あなたの設定では外してあります。元にした例(examples/shop)では、\ntactful が拒否するものを示すために残しています。一度見ただけの商品を、\n他のサイトの広告で追いかけて表示する施策です。\n観測した行動は自分のサイトで内容を選ぶのには使えますが、その場の外で本人に言及することも、\nサイトの外へ持ち出すこともできません(POLICY_CHECK_OBSERVED_MENTION_OUTBOUND、POLICY_CHECK_OBSERVED_OFFSITE)。\nコメントを外すと `tactful check` が理由を説明します。エンジンは常に見送ります。",
  CLI_INIT_CATALOG:
    "{catalog} も書き出しました。おすすめとウィジェットが最初から動くよう、サンプルの商品をいくつか入れてあります。実際に販売している商品に置き換えてください(書き方: docs/widget.md の「The catalog」)。",
  CLI_INIT_CATALOG_KEPT:
    "既存のカタログ {catalog} はそのままにしました。サンプルのカタログは書き出していません。",
  CLI_CHECK_SUMMARY: "設定を検査する(規範・保存期間・不要なデータ・テンプレート)",
  CLI_CHECK_HELP:
    "使い方: tactful check [CONFIG] [--format text|json] [--strict] [--lang ja|en]\n\nCONFIG(既定: tactful.config.yaml)と各施策のテンプレートを検査します。\n終了コード: 0 エラーなし(警告は可。--strict では警告も不可)、1 エラーあり、2 設定を読み込めない。",
  CLI_DECIDE_SUMMARY: "1人の顧客への1つの施策を判定し、すべての理由を示す",
  CLI_DECIDE_HELP:
    "使い方: tactful decide --state STATE.json --play PLAY [--config CONFIG] [--now 日時] [--json] [--lang ja|en]\n\n判定(実行・代替・見送り)、コストと信頼残高、すべての理由、顧客向けの説明を表示します。\nSTATE.json: { id, consents, data, ledger, touches, ... }。日時は ISO 8601 またはエポックミリ秒(docs/cli.md 参照)。",
  CLI_VERDICT_HEAD: "{play}: {outcome}",
  CLI_VERDICT_HEAD_RUNS: "{play}: {outcome}(代わりに {run} を実行)",
  CLI_VERDICT_BALANCE: "  コスト {cost} · 信頼残高 {before} → {after}",
  CLI_VERDICT_RETRY: "  {at} 以降に実行できます",
  CLI_VERDICT_EXPLANATION: "  顧客に表示する説明: {text}",
  CLI_BAD_NUMBER: "オプション `{option}` は 1 以上の整数にしてください。",
  CLI_GENERATE_SUMMARY: "サンプル(shop または b2b)の合成イベントを JSON Lines で出力する",
  CLI_GENERATE_HELP:
    "使い方: tactful generate [--example shop|b2b] [--customers N] [--seed S] [--start 日時] [--days D] [--out FILE]\n\nサンプル設定に合わせた再現可能な合成イベント(1行1件の JSON)を書き出します。訪問、カート、購入、診断の回答、同意、施策の実行タイミングを含みます。`tactful simulate` に渡して使います。",
  CLI_SIMULATE_SUMMARY: "多数の顧客のイベントを再生し、誰に何が届くか、その理由を示す",
  CLI_SIMULATE_HELP:
    "使い方: tactful simulate --events EVENTS.jsonl [--config CONFIG] [--json] [--top N] [--lang ja|en]\n\n1行1イベント(data・consent・signal・gpc・suppress・decide)を時刻順に再生し、施策ごとに実行・代替・見送りの件数と、多かった理由を集計します。",
  CLI_SIMULATE_HEAD:
    "顧客 {customers} 人、イベント {events} 件、判定 {decisions} 件。未宣言データのイベント {dropped} 件は破棄しました。",
  CLI_SIMULATE_COL_PLAY: "施策",
  CLI_SIMULATE_COL_REASONS: "見送り・代替の主な理由",
  CLI_SIMULATE_SOFTENED_TO: "→ 代わりに {fallback} を {count} 回実行",
};
