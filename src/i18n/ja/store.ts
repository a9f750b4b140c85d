/** ストアのメッセージ(日本語)。コードは docs/store.md に説明があります。 */
import type { storeEn } from "../en/store.js";

export const storeJa: Record<keyof typeof storeEn, string> = {
  STORE_MASTER_KEY_INVALID:
    "マスターキーが使えません。32バイトの鍵を、16進数64文字またはbase64で指定してください。`openssl rand -base64 32` で生成できます。",
  STORE_MASTER_KEY_MISSING:
    "マスターキーが見つかりません(TACTFUL_MASTER_KEY、次に鍵ファイル {file} を探しました)。TACTFUL_MASTER_KEY を設定するか --master-key-file を指定してください。鍵がないと、このデータベースの本人情報は読めません。",
  STORE_MASTER_KEY_NOT_SET:
    "マスターキーが指定されていません。TACTFUL_MASTER_KEY が設定されておらず、鍵ファイルも指定されていません。PostgreSQL のデータベースには鍵を自動生成しません(鍵を失うと、すべての本人情報が失われるためです)。`openssl rand -base64 32 > tactful.key && chmod 600 tactful.key` で鍵を作って安全に保管し、--master-key-file tactful.key を指定してください(TACTFUL_MASTER_KEY_FILE にそのパスを、または TACTFUL_MASTER_KEY にその内容を設定しても構いません)。すでにデータがあるデータベースには、作成したときの鍵が必要です。",
  STORE_MASTER_KEY_MISMATCH:
    "マスターキーが、このデータベースの鍵と一致しません。データベースの鍵(TACTFUL_MASTER_KEY または鍵ファイル)を使ってください。別の鍵では既存の本人情報を読めません。鍵をローテーションした(`tactful rotate-key`)場合は、新しい鍵を使って再起動してください。",
  STORE_UNREACHABLE:
    "{dialect} データベースに接続できません。サーバーが動いているか、--db のURL(ホスト、ポート、データベース名、ユーザー)が正しいか確認してください。",
  STORE_URL_INVALID:
    "--db の値がデータベースのURLとして正しくありません。SQLite ならファイルのパス、PostgreSQL なら postgres://user@host:5432/database[?schema=name] の形で指定してください。",
  STORE_MIGRATION_FAILED:
    "データベースのスキーマ更新がマイグレーション {migration} で失敗しました。それ以降は適用されていません。サーバーのログで原因を確認し、直してから再起動してください。",
  STORE_SCHEMA_TOO_NEW:
    "このデータベースは、より新しいバージョンの tactful で更新されています。そのバージョンを使うか、このバージョンで作ったバックアップから復元してください。",
  STORE_DATA_KEY_UNREADABLE:
    "現在のマスターキーでは、顧客のデータ鍵を復号できません。データを書き込んだときのマスターキーを使ってください。",
  STORE_PURGED:
    "期限切れのデータを削除しました: イベント {events} 件、回答 {answers} 件、本人情報 {identities} 件、判定 {decisions} 件、配信 {outbox} 件、冪等キー {idempotency} 件、監査ログ {audit} 件、信頼の履歴 {ledger} 件。データが何も残らず 400 日以上来訪のない顧客 {customers} 件。",
  STORE_JOURNAL_OTHER_KEY:
    "この消去ジャーナルのうち {count} 件は別のデータベース(別のジャーナル鍵)で書かれたもので、ここの顧客を指せません。このデータベース、またはこのバックアップの元のデータベースから書き出したジャーナルを適用してください。何も変更していません。",
  STORE_ROTATE_SAME_KEY:
    "新しい鍵が、このデータベースの現在のマスターキーと同じです。`openssl rand -base64 32` で新しい鍵を生成してください。何も変更していません。",
  STORE_CUSTOMER_ERASED:
    "この書き込みのデータを読んだあとで顧客が消去されたため、保存しませんでした。",
  STORE_ROTATE_UNREADABLE:
    "顧客のデータ鍵またはメール索引のうち {count} 件が現在のマスターキーで開けないため、新しい鍵に移せません。何も変更しておらず、データベースは現在の鍵のままです。",
  CLI_ROTATE_KEY_SUMMARY:
    "データベースを新しいマスターキーに移す(古いバックアップでも消去を確定させる)",
  CLI_ROTATE_KEY_HELP:
    "使い方: tactful rotate-key --new-key-file <file> [--db <file|postgres://…>] [--master-key-file <f>]\n\n各顧客のデータ鍵、メール索引、消去ジャーナルの鍵、データベースの鍵確認値を、新しいマスターキーで包み直します。すべて一つのトランザクションで行うため、全部行われるか、何も行われないかのどちらかです。現在の鍵はいつもどおり(TACTFUL_MASTER_KEY、--master-key-file、<db>.key の順)に探します。先にサーバーを停止してください。鍵が <db>.key にある SQLite データベースでは、その後そのファイルを新しい鍵に置き換え、古い鍵を <db>.key.old-<id> として残します。古い鍵を破棄すると、ローテーション前のバックアップは開けなくなり、それ以前の消去はバックアップでも確定します。新しい鍵は `openssl rand -base64 32 > new.key` で生成できます。",
  CLI_ROTATE_NEW_KEY_MISSING: "新しい鍵のファイル {file} を読めません。何も変更していません。",
  CLI_ROTATE_NEW_KEY_INVALID:
    "{file} の新しい鍵が使えません。32バイトの鍵を、16進数64文字またはbase64で書いてください(`openssl rand -base64 32`)。何も変更していません。",
  CLI_ROTATE_DONE:
    "マスターキーを {from} → {to} に切り替えました: 顧客のデータ鍵 {customers} 件を包み直し、メール索引 {lookups} 件を再計算し、鍵確認値と消去ジャーナルの鍵も合わせて一つのトランザクションで更新しました。",
  CLI_ROTATE_ALREADY:
    "データベースはすでに新しい鍵({to})を使っています。前回の実行でローテーションは確定済みです。包み直すものはありません。",
  CLI_ROTATE_NEXT_FILE:
    "新しい鍵を {keyFile} に書き込み、古い鍵は {oldCopy} に残しました。\n次にすること:\n  1. サーバーを再起動してください(古い鍵のまま動いているサーバーは、本人情報の保存を STORE_MASTER_KEY_MISMATCH で拒否します)。\n  2. 新しい顧客トークンの秘密(`tactful customer-token-secret`)をバックエンドに渡してください。秘密はマスターキーから導出されます。\n  3. {oldCopy}(と古い鍵のほかのすべての写し)は、今より前のバックアップを復元する可能性がある間だけ残し、その後破棄してください。破棄した時点で、今より前の消去はそれらのバックアップでも確定します。",
  CLI_ROTATE_NEXT:
    "次にすること:\n  1. 新しい鍵({newKeyFile})を、すべてのサーバープロセスが読む場所(TACTFUL_MASTER_KEY または鍵ファイル)に置き、再起動してください(古い鍵のまま動いているサーバーは、本人情報の保存を STORE_MASTER_KEY_MISMATCH で拒否します)。\n  2. 新しい顧客トークンの秘密(`tactful customer-token-secret`)をバックエンドに渡してください。秘密はマスターキーから導出されます。\n  3. 古い鍵は、今より前のバックアップを復元する可能性がある間だけ残し、その後すべての写しを破棄してください。破棄した時点で、今より前の消去はそれらのバックアップでも確定します。",
  CLI_ERASURES_SUMMARY: "消去ジャーナルを書き出す、または復元したバックアップに適用する",
  CLI_ERASURES_HELP:
    "使い方: tactful erasures export [--db <file|postgres://…>] [--master-key-file <f>] > erasures.jsonl\n        tactful erasures apply [--db <file|postgres://…>] [--master-key-file <f>] <erasures.jsonl|->\n\n消去のたびに、ジャーナルに一件記録されます。中身は顧客IDの鍵付きハッシュ(IDそのものではありません)と時刻です。`export` はジャーナルを JSON Lines で書き出します。ファイルはデータベースのバックアップとは別に保管し、消去のたびに(または頻繁に)書き出してください。バックアップを復元したら、`apply` がジャーナルにある顧客のうち、復元したデータベースにいる人をもう一度消去し(消去より後に記録が始まった顧客は、戻ってきた人として残します)、エントリをそのデータベースのジャーナルに加えます。二度実行しても、それ以上は何も変わりません。不正な行があれば file:line で示し、何も変更しません。",
  CLI_ERASURES_EXPORTED:
    "消去ジャーナルを {count} 件書き出しました(鍵付きハッシュと時刻のみで、IDは含みません)。",
  CLI_ERASURES_APPLIED:
    "ジャーナル {entries} 件を適用しました: 顧客 {erased} 人をもう一度消去し、消去より後に記録が始まった {returned} 人は残し、このデータベースのジャーナルに {recorded} 件を加えました。",
  CLI_JOURNAL_UNREADABLE: "ジャーナルのファイル {file} を読めません。何も変更していません。",
  CLI_JOURNAL_LINE_INVALID:
    "{file}:{line}: 消去ジャーナルのエントリではありません(`tactful erasures export` が書いた行が必要です)。何も変更していません。",
};
