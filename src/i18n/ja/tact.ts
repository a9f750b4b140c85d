import type { tactEn } from "../en/tact.js";

/** コピー校正ツール tact のメッセージ(日本語)。 */
export const tactJa: Record<keyof typeof tactEn, string> = {
  TACT_RULE_NO_SURVEILLANCE_REVEAL:
    "読み手が知らせていない行動(閲覧・訪問・検索・開封など)を見ていたと伝える表現を使わないでください。",
  TACT_RULE_NO_PRECISE_TRACKING:
    "読み手の行動の正確な時刻・回数・時間や、居場所を具体的に書かないでください。",
  TACT_RULE_NO_NAME_OVERUSE: "受信者の名前は1回まで。差出人名や広告には入れないでください。",
  TACT_RULE_NO_SENSITIVE_INFERENCE:
    "健康・お金の悩み・宗教・性的指向・家族・死別などを読み手のこととして断定しないでください。",
  TACT_RULE_NO_CROSS_CONTEXT:
    "SNS や他社サイト、提携先のデータなど、別の場面での行動を持ち込まないでください。",
  TACT_RULE_NO_DARK_PATTERNS:
    "断る人を辱める選択肢、秒読みの煽り、偽の社会的証明、煽り文句の重ね掛けをしないでください。",
  TACT_RULE_REQUIRE_TRANSPARENCY:
    "マーケティングメールには配信停止(配信設定)のリンクと、受信している理由の一文が必要です。",
  TACT_RULE_CUSTOM_PHRASE: "独自の辞書に登録された表現です。",
  TACT_RULE_FRONT_MATTER: "テンプレートのフロントマターは正しい YAML にしてください。",

  TACT_SURVEILLANCE_OBSERVER:
    "読み手を見張っていたと伝えてしまっています。どうして知っているかには触れず、役に立つ提案だけを届けましょう。",
  TACT_SURVEILLANCE_PAST_ACT:
    "読み手が自分から伝えていない行動(閲覧・検索・開封など)を言い当てています。監視されている印象を与えます。",
  TACT_SURVEILLANCE_MENTION:
    "見た商品に触れてよいのは、読み手がサイトにいるその場だけです。メール・プッシュ・広告では触れないでください。",
  TACT_SURVEILLANCE_HISTORY:
    "読み手の履歴やその分析に触れています。サイトの外では監視の印象を与えます。",
  TACT_SURVEILLANCE_INFERENCE:
    "読み手について推測したことをひけらかしています。知っていることを告げず、提案だけにしましょう。",
  TACT_SURVEILLANCE_VISIT_THANKS:
    "訪問へのお礼は、訪問を記録していたことを伝えます。サイト上なら問題ありませんが、それ以外では省くことを検討してください。",
  TACT_PRECISE_TIME:
    "読み手の行動の正確な時刻です。行動の頻度や時刻に触れると、つけ回されている印象を与えます。",
  TACT_PRECISE_COUNT:
    "読み手の行動の回数です。行動の頻度に触れると、つけ回されている印象を与えます。",
  TACT_PRECISE_DURATION: "読み手の行動の時間です。計測していたことが伝わってしまいます。",
  TACT_PRECISE_LOCATION:
    "読み手の居場所を具体的に示しています。大まかな地域にするか、店舗を選んでもらいましょう。",
  TACT_NAME_REPEATED:
    "受信者の名前が件名と本文で {count} 回使われています。宛名は1回で十分です。繰り返すと機械的でなれなれしい印象になります。",
  TACT_NAME_IN_SENDER:
    "差出人名に受信者の名前を入れると、なりすましのように見え、メールサービスも推奨していません。",
  TACT_NAME_IN_AD: "広告に閲覧者の名前を表示しないでください。画面を他の人が見ることもあります。",
  TACT_SENSITIVE_INFERENCE:
    "読み手について機微な事柄(健康・お金・宗教・性的指向・家族・死別など)を断定しています。推測で触れず、誰に向けても通じる書き方にしましょう。",
  TACT_SENSITIVE_DECLARED:
    "機微な事柄ですが、読み手本人から伺った内容のようです。この目的への明示的な同意がある場合にだけ使ってください。",
  TACT_CROSS_CONTEXT_SOCIAL:
    "読み手の SNS での行動をメッセージに持ち込んでいます。別の場面のデータは「調べられた」と感じさせます。",
  TACT_CROSS_CONTEXT_ELSEWHERE: "読み手が他のサイトや他社で何をしていたかを明かしています。",
  TACT_CROSS_CONTEXT_THIRD_PARTY:
    "提携先や第三者から得たデータを明かしています。読み手が私たちに渡した情報ではありません。",
  TACT_CONFIRMSHAMING:
    "断る選択肢が読み手を辱めています(コンファームシェイミング)。素直に断れるようにしましょう。",
  TACT_COUNTDOWN_PRESSURE:
    "分・秒単位のカウントダウンは読み手を焦らせます。実際の締め切りを落ち着いて伝えましょう。",
  TACT_FAKE_SOCIAL_PROOF:
    "他の人のリアルタイムの行動(「今12人が見ています」など)は焦らせる手法で、事実でないことも多いものです。",
  TACT_THREAT: "警告や損失の脅しは読み手を焦らせます。",
  TACT_PRECHECKED_CONSENT:
    "あらかじめチェックを入れた同意(外すと損をするという言い方も)は、読み手が決めることを先に決めてしまいます。",
  TACT_PRESSURE_STACKED:
    "1通に煽り文句が {count} 個重なり、圧力になっています。誠実な締め切りを1つだけ伝えましょう。",
  TACT_NO_UNSUBSCRIBE:
    "配信停止や配信設定へのリンクがありません。マーケティングメールは、いつでも簡単に止められるようにしてください。",
  TACT_NO_REASON:
    "このメールが届く理由が書かれていません。「〜にご登録いただいた方にお送りしています」などの一文を添えてください。",
  TACT_CUSTOM_PHRASE: "辞書の項目 {rule} に登録された表現です。",
  TACT_RULE_CRASHED:
    "ルール {rule} がこの入力で失敗したためスキップしました。お手数ですが報告してください。ほかのチェックは完了しています。",
  TACT_FRONT_MATTER_INVALID:
    "フロントマターが正しい YAML ではありません({line} 行目)。件名・チャネル・種別を読み取れるよう修正してください。",

  TACT_SUGGEST_OFFER_WITHOUT_WATCHING:
    '見ていたことには触れずに提案しましょう。例:「こちらもおすすめです」/ "You might like..."',
  TACT_SUGGEST_DROP_THE_WATCHING: "閲覧や検索への言及を削り、提案だけを残しましょう。",
  TACT_SUGGEST_NEUTRAL_HEADING:
    '「おすすめ」/ "Picked for you" のような中立的な見出しにしましょう。',
  TACT_SUGGEST_REMOVE_DETAIL: "正確な時刻・回数・時間を削りましょう。",
  TACT_SUGGEST_COARSE_LOCATION:
    '「お近くの」/ "near you" とするか、読み手に店舗を選んでもらいましょう。',
  TACT_SUGGEST_ONE_SALUTATION: "名前は冒頭の宛名だけにしましょう。",
  TACT_SUGGEST_BRAND_SENDER: "差出人名はブランド名か、社内の担当者名にしましょう。",
  TACT_SUGGEST_NO_NAME_IN_AD: "広告から名前を外しましょう。",
  TACT_SUGGEST_SPEAK_TO_EVERYONE:
    "「〜な方に」のように一般的な話題として書き、読み手に当てはまると断定しないようにしましょう。",
  TACT_SUGGEST_STAY_IN_CONTEXT:
    "ここで読み手から受け取った情報だけを使うか、診断や配信設定で本人に尋ねましょう。",
  TACT_SUGGEST_NEUTRAL_DECLINE:
    '「今回は見送る」/ "No thanks" のような素直な断り文句にしましょう。',
  TACT_SUGGEST_UNTICKED_BOX:
    "チェックは外したままにし、入れると何が起きるかを率直に書きましょう。外しても何も失わないようにします。",
  TACT_SUGGEST_HONEST_DEADLINE:
    "実際の終了日を一度だけ、落ち着いて伝えましょう(例:「セールは日曜まで」)。",
  TACT_SUGGEST_TRUE_SOCIAL_PROOF: "確かめられる評価やレビューを使うか、社会的証明は省きましょう。",
  TACT_SUGGEST_ADD_UNSUBSCRIBE:
    "フッターに配信停止・配信設定のリンク(または配信ツールの配信停止用差し込みタグ)を入れましょう。",
  TACT_SUGGEST_ADD_REASON: "フッターに、このメールが届く理由を一文添えましょう。",
  TACT_CUSTOM_SUGGESTION: "書き換え例は辞書の項目を確認してください。",

  TACT_CONFIG_UNKNOWN_RULE: "tact の設定に不明なルール `{rule}` があります。使えるルール: {known}",
  TACT_CONFIG_BAD_LEVEL: "`{rule}` の設定は次のいずれかにしてください: {allowed}",
  TACT_CONFIG_BAD_ALLOW: "`{rule}` の `allow` は語句のリストにしてください。",
  TACT_CONFIG_YAML_INVALID: "{source}: {line} 行目: tact の設定が正しい YAML ではありません。",
  TACT_CONFIG_FIELD_INVALID: "{source}: {line} 行目: `{field}` は {expected} にしてください。",
  TACT_DICT_YAML_INVALID: "{source}: {line} 行目: 語句辞書が正しい YAML ではありません。",
  TACT_DICT_FIELD_INVALID: "{source}: {line} 行目: `{field}` は次の形にしてください: {expected}",
  TACT_DICT_PATTERN_INVALID:
    "{source}: {line} 行目: `{entry}` のパターンが正規表現として正しくないか、空文字列にしか一致しません。",
  TACT_DICT_NO_EXAMPLES:
    "{source}: {line} 行目: `{entry}` には、読み込み時に確認できるよう `examples.flag` の例文が1つ以上必要です。",
  TACT_DICT_EXAMPLE_NOT_FLAGGED:
    "{source}: {line} 行目: `{entry}` が自身の flag 例文 #{index} を検出しません。語句か例文を直してください。",
  TACT_DICT_EXAMPLE_FLAGGED:
    "{source}: {line} 行目: `{entry}` が自身の ok 例文 #{index} を検出してしまいます。語句を絞るか例文を直してください。",
  TACT_DICT_DUPLICATE_ENTRY: "{source}: {line} 行目: 項目 ID `{entry}` が重複しています。",

  TACT_CLI_LINT_SUMMARY: "コピーの監視・煽り・なれなれしさをチェック(日本語/英語)",
  TACT_CLI_LINT_HELP:
    "使い方: tactful lint <ファイル|フォルダー...|-> [オプション]\n\n件名、メールテンプレート(テキスト・Markdown・HTML・フロントマター付き)、サイト上のコピーをチェックします。\nフォルダーを指定すると、その中とサブフォルダーにある .md、.markdown、.txt、.html、.htm のファイルをすべてチェックします\n(隠しファイルと node_modules は除きます)。- を指定すると標準入力から読み込みます。\n\nオプション:\n  --format <stylish|json|sarif>   出力形式(既定: stylish)\n  --channel <email_subject|email_body|onsite|ad|push>   表示される場所(既定: フロントマター、なければ email_body)\n  --kind <marketing|transactional>   メッセージの種別(既定: フロントマター)\n  --lang <ja|en>   コピーとメッセージの言語(既定: 自動判定)\n  --config <ファイル>   tact の設定(YAML: rules, allow, dictionaries)\n\n終了コード: 0 エラーなし、1 エラーあり、2 入力または設定を使えない",
  TACT_CLI_NO_INPUT:
    "`tactful lint` にはファイルを1つ以上、または標準入力を表す - を指定してください。",
  TACT_CLI_FOLDER_EMPTY:
    "{folder} にはチェックできるコピーがありません。フォルダーを指定すると、その中とサブフォルダーの {extensions} のファイルを読みます。",
  TACT_SEVERITY_ERROR: "エラー",
  TACT_SEVERITY_WARNING: "警告",
  TACT_SEVERITY_INFO: "情報",
  TACT_STYLISH_SUMMARY: "{problems} 件の指摘(エラー {errors}、警告 {warnings}、情報 {infos})",
  TACT_STYLISH_CLEAN: "指摘はありません。",
  TACT_STYLISH_SUGGESTION: "提案",
  TACT_STYLISH_SUPPRESSED: "{count} 件をコメントまたは許可リストで除外しました",
};
