import type { policyEn } from "../en/policy.js";

/** 判定エンジンと `tactful check` のメッセージ(日本語)。 */
export const policyJa: Record<keyof typeof policyEn, string> = {
  POLICY_SUPPRESSED: "この顧客にはパーソナライズした施策を一切行いません: {suppression}。",
  POLICY_SUPPRESSION_erased: "データが消去されています",
  POLICY_SUPPRESSION_opted_out: "すべてのパーソナライズを停止する選択をしています",
  POLICY_SUPPRESSION_complained: "苦情(迷惑メール報告)がありました",
  POLICY_UNKNOWN_PLAY: "設定に施策 `{play}` はありません。",
  POLICY_BASIS_OK: "`{play}` は `{purpose}` のために {basis} を根拠として実行できます。",
  POLICY_CONSENT_MISSING:
    "`{play}` には `{purpose}` への同意が必要ですが、この顧客はまだ同意していません。",
  POLICY_CONSENT_WITHDRAWN:
    "この顧客は `{purpose}` への同意を撤回したため、`{play}` は実行できません。",
  POLICY_OBJECTED: "この顧客は `{purpose}` に異議を示したため、`{play}` は実行できません。",
  POLICY_GPC_REFUSES_SHARING:
    "`{purpose}` は第三者とデータを共有します。この顧客のブラウザーは Global Privacy Control(拒否の意思表示)を送っています。",
  POLICY_NORM_VIOLATION: "規範 `{norm}` により拒否: {detail}",
  POLICY_DATA_MISSING: "`{play}` には `{field}` が必要ですが、この顧客については保有していません。",
  POLICY_DATA_STALE:
    "`{field}` は {age} 前のデータで、施策に使える期間({limit})を過ぎています。`{play}` では使いません。",
  POLICY_WAIT_NOT_ELAPSED:
    "`{play}` は `{field}` から {wait} 待ちます。{retry_at} 以降に実行できます。",
  POLICY_MIN_GAP: "この顧客には {since} 前に {channel} で接触しています。最小間隔は {gap} です。",
  POLICY_CAP_REACHED: "`{play}` は上限 {cap} に達しました。{retry_at} 以降に再び実行できます。",
  POLICY_CHANNEL_CAP_REACHED: "この顧客への {channel} の接触が上限 {cap} に達しました。",
  POLICY_QUIET_HOURS:
    "この顧客の現地時刻は {local_time} で、配信を控える時間帯 {window} です。{retry_at} まで保留します。",
  POLICY_TRUST_COVERS_COST: "信頼残高 {balance} がコスト {cost} を上回っています。",
  POLICY_TRUST_TOO_LOW: "信頼残高 {balance} では `{play}` のコスト {cost} をまかなえません。",
  POLICY_FALLBACK_CHOSEN:
    "和らげました: `{play}` の代わりに、より穏やかな `{fallback}` を実行します。",
  POLICY_NO_FALLBACK: "`{play}` には実行できる代替施策がないため、何も送りません。",
  POLICY_OUTCOME_allow: "実行",
  POLICY_OUTCOME_soften: "代替",
  POLICY_OUTCOME_skip: "見送り",

  POLICY_CHECK_PURPOSE_NOT_COLLECTED:
    "施策 `{play}` は `{field}` を `{purpose}` に使いますが、この項目はその目的で取得していません。取得時に顧客へ伝えていた場合に限り項目の purposes に `{purpose}` を加え、そうでなければこの利用をやめてください。",
  POLICY_CHECK_OBSERVED_MENTION_OUTBOUND:
    "施策 `{play}` は {channel} で `{field}`({source} のデータ)に言及しています。観測した行動は内容の選択には使えますが、その場の外で本人に言及してはいけません。`as: select` に変えてください。ただし offsite_ads ではそれだけでは足りません。このデータはサイトの外へ持ち出せないため(POLICY_CHECK_OBSERVED_OFFSITE)、申告データか本人の操作によるデータを使うか、施策をやめてください。",
  POLICY_CHECK_OBSERVED_MENTION_OTHER_CONTEXT:
    "施策 `{play}` は `{context}` で観測した `{field}` に、顧客が `{play_context}` にいる場面で言及しています。観測データに言及できるのは観測したその場だけです。`as: select` を使ってください。",
  POLICY_CHECK_OBSERVED_OFFSITE:
    "施策 `{play}` は `{field}`({source} のデータ)を {channel} でサイトの外へ持ち出します。見たものを追いかけて表示することは既定で拒否します。申告データか本人の操作によるデータを使うか、施策をやめてください。",
  POLICY_CHECK_SENSITIVE_NOT_DECLARED:
    "`{field}` は要配慮の情報ですが、取得元が `{source}` です。要配慮の情報は本人が自ら申告したものに限ります。推定や観測で得てはいけません。",
  POLICY_CHECK_SENSITIVE_WITHOUT_CONSENT:
    "`{field}` は要配慮の情報で、同意以外を根拠とする目的 `{purpose}` に使われています。要配慮の情報には明示の同意が必要です。その目的を同意に基づくものにしてください。",
  POLICY_CHECK_SHARING_WITHOUT_CONSENT:
    "施策 `{play}` は {channel} でデータを第三者に渡しますが、目的 `{purpose}` が同意に基づいていません。共有には明示の同意が必要です。`basis: consent` にしてください。",
  POLICY_CHECK_NO_RETENTION:
    "`{field}` に `retention`(保存期間)がありません。保存期間を書いてください(例: `retention: 90d`)。それまで tactful はこの項目を一切保存しません。",
  POLICY_CHECK_UNUSED_FIELD:
    "`{field}` は宣言されていますが、どの施策も使っていません。不要なら取得をやめてください(データ最小化)。",
  POLICY_CHECK_NEW_CUSTOMER_UNREACHABLE:
    "新規の顧客は `{play}` を受け取れず({why})、代替施策もありません。新しい顧客にも役立つよう、より穏やかな `fallback` を追加してください。",
  POLICY_CHECK_WHY_CONSENT: "先に `{purpose}` への同意が必要です",
  POLICY_CHECK_WHY_TRUST: "コスト {cost} が初期残高 {initial} を上回ります",
  POLICY_CHECK_FALLBACK_CYCLE:
    "代替施策が循環しています: {cycle}。代替を持たない施策で連鎖を終えてください。",
  POLICY_CHECK_TEMPLATE_MISSING:
    "施策 `{play}` のテンプレート `{template}` を読み込めません。作成するか、パス(設定ファイルからの相対パス)を直してください。",
  POLICY_CHECK_TEMPLATE_UNDECLARED_MENTION:
    "`{play}` のテンプレートが `{tag}` を表示しますが、施策はこれを `mention` と宣言していません。規範が許す場合は uses に `{ field: {tag}, as: mention }` を加え、そうでなければ文面から外してください。",
  POLICY_CHECK_TEMPLATE_UNDECLARED_USE:
    "`{play}` のテンプレートは表示内容を選ぶために `{tag}` を参照していますが、施策の `uses` に宣言されていません。`{ field: {tag}, as: select }` を加えるか、条件を外してください。",
  POLICY_CHECK_TEMPLATE_UNKNOWN_FIELD:
    "`{play}` のテンプレートが表示する `{tag}` は宣言された項目ではありません。未宣言のデータは保存されないので常に空になります。宣言するか、文面から外してください。",
  POLICY_CHECK_TEMPLATE_LINT: "`{play}` の文面: {message}",
  POLICY_CHECK_NORM_RELAXED: "規範 `{norm}` は次の理由で `{level}` に設定されています: {reason}",
  POLICY_CHECK_SUMMARY: "{file}: エラー {errors} 件、警告 {warnings} 件。",
  POLICY_CHECK_CLEAN:
    "{file}: 問題はありません。施策 {plays} 件、項目 {fields} 件、目的 {purposes} 件。",

  EXPLAIN_BASIS_consent: "ご希望いただいた「{purpose}」です。",
  EXPLAIN_BASIS_contract: "ご注文・ご登録に伴う「{purpose}」です。",
  EXPLAIN_BASIS_legitimate_interest: "「{purpose}」の一環です。いつでも停止できます。",
  EXPLAIN_USES_personal: "{fields}をもとにしています。",
  EXPLAIN_USES_site:
    "一部は、このサイトのご利用状況をもとに選んでいます。他のサイトの情報は使っていません。",
  EXPLAIN_USES_none: "どなたにも同じ内容です。",
  EXPLAIN_CONTROL: "保有している情報はいつでも確認・変更・削除できます。",
};
