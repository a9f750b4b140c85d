/** HTTP API とサーバーコマンドのメッセージ(日本語)。コードの説明は docs/api.md。 */
import type { serverEn } from "../en/server.js";

export const serverJa: Record<keyof typeof serverEn, string> = {
  API_MALFORMED_JSON:
    "リクエスト本文が正しい JSON ではありません。JSON ドキュメントを1つ送ってください。",
  API_INVALID_UTF8:
    "リクエスト本文が正しい UTF-8 ではありません。テキストは UTF-8 で送ってください。",
  API_EMPTY_BODY: "このリクエストには JSON の本文が必要ですが、空でした。",
  API_INVALID_REQUEST:
    "リクエストがスキーマに合っていません(details に場所と問題の種類があります)。スキーマは /openapi.json にあります。",
  API_UNKNOWN_PROPERTY:
    "API が知らないプロパティがあります(場所は details)。削除するか、/openapi.json で綴りを確認してください。",
  API_BATCH_TOO_LARGE:
    "1回のバッチのイベントが多すぎます。1リクエストあたり1000件までにしてください。",
  API_EVENT_KIND:
    "各イベントは、フィールドの値(`field` と `value`)かシグナル(`signal`。`play` は任意、`purpose` は `unsubscribe` のときだけ)のどちらか一方です。",
  API_EVENT_TIME_INVALID:
    "イベントの時刻が5分以上未来です。`at` は正しい時計のエポックミリ秒で送るか、省略してください。",
  API_VALUE_TOO_LARGE:
    "値がシリアライズ後に 4 KiB を超えています。量を減らすか、参照を送ってください。",
  API_IDENTITY_FIELD:
    "イベントに本人を特定するフィールド(氏名、連絡先、アカウント)が含まれています。これらは /v1/identify に送ってください。暗号化して保存します。",
  API_NOT_IDENTIFYING:
    "/v1/identify が受け付けるのは本人を特定するフィールド(カテゴリ user.name、user.contact.*、user.account、user.government_id)だけです。その他のフィールドは /v1/events に送ってください。",
  API_INVALID_EMAIL: "メールアドレスのフィールドが、メールアドレスの形になっていません。",
  API_INVALID_TIME_ZONE: "タイムゾーンが Asia/Tokyo のような IANA の名前ではありません。",
  API_UNKNOWN_PURPOSE:
    "利用目的が設定で宣言されていません。tactful.config.yaml の purposes の id を使ってください。",
  API_IDEMPOTENCY_KEY_INVALID:
    "Idempotency-Key ヘッダーは、表示可能な ASCII 文字1〜128文字にしてください。",
  API_UNAUTHORIZED:
    "このルートには認証情報が必要です。`Authorization: Bearer <サイトキーまたは管理トークン>` を送ってください。",
  API_INVALID_KEY: "認証情報が不明か、失効しています。キーを確認するか、新しく作成してください。",
  API_FORBIDDEN: "このルートには管理トークンが必要です。サイトキーでは呼び出せません。",
  API_ORIGIN_NOT_ALLOWED:
    "このサイトキーは、このオリジンからは使えません。キーにオリジンを追加する(tactful serve --origin)か、許可されたページから呼び出してください。",
  API_CUSTOMER_TOKEN_REQUIRED:
    "サイトキーでこのルートを使うには、その顧客の有効な顧客トークンが必要です(X-Tactful-Customer-Token ヘッダー。バックエンドで署名します。docs/widget.md を参照)。理由: {reason}。",
  API_PLAY_NOT_ONSITE:
    "サイトキーで判定できるのはサイト内の施策だけです。メールやプッシュなどは、サーバーから管理トークンで判定してください。",
  API_NOT_FOUND: "そのようなルートはありません。ルートの一覧は /openapi.json にあります。",
  API_UNKNOWN_PLAY:
    "施策(play)が設定で宣言されていません。tactful.config.yaml の plays の id を使ってください。",
  API_CUSTOMER_NOT_FOUND: "この顧客について保持しているデータはありません。",
  API_CUSTOMER_ERASED:
    "このリクエストの処理中に顧客が消去されたため、何も保存しませんでした。その顧客がまた訪れたときは、もう一度送ってください。",
  API_IDEMPOTENCY_CONFLICT:
    "この Idempotency-Key は、別の本文のリクエストですでに使われています。新しいリクエストには新しいキーを使ってください。",
  API_BODY_TOO_LARGE: "リクエスト本文が大きすぎます。バッチを小さく分けて送ってください。",
  API_UNSUPPORTED_MEDIA_TYPE: "本文は application/json で送ってください。",
  API_CONFIG_INVALID:
    "設定に {count} 件の問題があるため読み込みませんでした。サーバーは以前の設定で動き続けています。一覧の問題を直して、もう一度リロードしてください。",
  API_RATE_LIMITED: "リクエストが多すぎます。{seconds} 秒待ってから再試行してください。",
  API_INTERNAL:
    "tactful の内部で問題が起きました。何も書き込まれていません。サーバーのログにエラーID {id} があります。",
  API_UNAVAILABLE:
    "データベースが応答しません。何も書き込まれていません。少し待って再試行してください。サーバーのログにエラーID {id} があります。",
  API_NOT_READY: "準備ができていません。データベースが応答しません。",
  API_UNKNOWN_SLOT:
    "そのおすすめ枠はありません。枠とは、butler が読めるデータで内容を選ぶサイト内の施策(next_item など)です。docs/widget.md を参照してください。",
  API_CATALOG_MISSING:
    "おすすめに使う商品カタログがサーバーにありません。設定ファイルと同じフォルダーに catalog.yaml を置いてください(docs/widget.md を参照)。30秒以内に読み込まれます。",
  API_CATALOG_INVALID:
    "設定ファイルの隣にあるカタログファイルに {count} 件の問題があります(details に場所と種類があります)。直すと、30秒以内に読み込み直されます。",
  API_WIDGET_UNAVAILABLE:
    "ウィジェットのスクリプトを作れませんでした。tactful のパッケージで `npm run build:web` を実行するか、開発用の依存パッケージを入れてください。理由はサーバーのログにあります。",
  RECS_HEADING: "こちらもお役に立つかもしれません。",
  RECS_WHY: "おすすめの理由",
  CUSTOMER_TOKEN_MISSING:
    "文脈によるおすすめだけです。サイトキーで顧客本人のデータを読むには、その顧客の顧客トークン(バックエンドで署名し、ウィジェットの customer-token 属性で渡すもの)が必要です。docs/widget.md を参照してください。",
  CUSTOMER_TOKEN_MALFORMED:
    "文脈によるおすすめだけです。顧客トークンが、sub と exp を持つコンパクト形式の JWT ではありません。docs/widget.md のとおりに署名してください。",
  CUSTOMER_TOKEN_ALGORITHM:
    "文脈によるおすすめだけです。顧客トークンが HS256 で署名されていません。受け付けるのは HS256 だけです。",
  CUSTOMER_TOKEN_SIGNATURE:
    "文脈によるおすすめだけです。顧客トークンの署名が一致しません。このサーバーのマスターキーについて `tactful customer-token-secret` が表示する秘密鍵で署名してください。",
  CUSTOMER_TOKEN_EXPIRED:
    "文脈によるおすすめだけです。顧客トークンの有効期限が切れています。ページを表示するたびに新しく署名してください。",
  CUSTOMER_TOKEN_NOT_YET_VALID:
    "文脈によるおすすめだけです。顧客トークンの発行時刻が未来になっています。署名するサーバーの時計を確認してください。",
  CUSTOMER_TOKEN_TOO_LONG:
    "文脈によるおすすめだけです。顧客トークンの有効期間が24時間を超えています。もっと早く切れるトークンに署名してください。",
  CUSTOMER_TOKEN_SCOPE:
    'この顧客トークンでは許可されていません。顧客のメールアドレスや名前を設定するには、scope "identify" 付きで署名したトークンが必要です',
  CUSTOMER_TOKEN_OTHER_CUSTOMER:
    "文脈によるおすすめだけです。顧客トークンは別の顧客のために署名されています。ページが示す顧客について署名してください。",
  SERVER_LISTENING: "tactful は {url} で待ち受けています(データベース: {db}、設定: {config})",
  SERVER_ADMIN_TOKEN_CREATED:
    "管理トークン(表示はこの1回だけ。ハッシュだけを保存しています。安全な場所に保管してください):\n  {token}",
  SERVER_SITE_KEY: "{origins} からのブラウザー呼び出し用サイトキー:\n  {key}",
  SERVER_ERASURE_JOURNAL:
    "消去ジャーナル: {file}(消去のたびに、応答する前に追記します。このファイルはデータベースのバックアップとは別の場所に保管してください)",
  SERVER_MASTER_KEY_GENERATED:
    "マスターキー {file} を作成しました。データベースとは別の場所にバックアップしてください。これがないと本人情報を読めません。",
  SERVER_RELOADED: "設定を再読み込みしました({hash})。",
  SERVER_RELOAD_REFUSED: "設定の再読み込みを拒否しました。以前の設定で動き続けています:",
  SERVER_STOPPING: "停止しています…",
  SERVER_ADMIN_TOKEN_INVALID:
    "TACTFUL_ADMIN_TOKEN は管理トークンとして使えません。tka_ で始まり、その後に空白を含まない表示可能な文字が 24 文字以上必要です。自動生成させるには設定を外し、自分で決めるなら長いランダムな値にしてください。",
  SERVER_ADMIN_TOKEN_REVOKED:
    "TACTFUL_ADMIN_TOKEN が指す管理トークン {id} は無効化されています。このままでは管理系の呼び出しがすべて拒否されます。有効なトークン(tactful keys create admin で作成)を TACTFUL_ADMIN_TOKEN に設定するか、設定を外してください。",
  SERVER_START_FAILED: "tactful を起動できませんでした: {reason}",
  CLI_SERVE_SUMMARY: "HTTP API を SQLite または PostgreSQL で動かす",
  CLI_SERVE_HELP:
    "使い方: tactful serve --config <tactful.config.yaml> [--db <ファイル|postgres://…>] [オプション]\n\nHTTP API(events、consents、identify、decide、customers、decisions)を動かします。\n\nオプション:\n  --config <ファイル>       設定ファイル(SIGHUP または POST /v1/admin/reload で再読み込み)\n  --db <ファイル|URL>       SQLite のファイル(既定は .tactful/tactful.db)または postgres://user@host/db[?schema=s]\n  --host <ホスト>           待ち受けるアドレス(既定 127.0.0.1)\n  --port <番号>             ポート(既定 8787。0 なら空いているポート)\n  --origin <URL>            このオリジンからのブラウザー呼び出しを許可(複数可。設定の site.url は許可済み)\n  --master-key-file <f>     マスターキーのファイル(TACTFUL_MASTER_KEY が設定されていればそちらが優先。どちらもなければ SQLite は <db>.key。PostgreSQL では必須)\n  --state-cache on|off      判定に使う顧客の状態をメモリーに保持する(既定: SQLite はオン、PostgreSQL はオフ。PostgreSQL でオンにするのはサーバープロセスが1つのときだけ)\n  --erasure-journal <f>     消去ジャーナルをこのファイルにも書く(消去に応答する前に追記。データベースとは別のディスクに置いてください。バックアップを戻したあと tactful erasures apply で再適用するのはこのファイルです)\n  --lang ja|en              メッセージの言語\n\n環境変数: TACTFUL_MASTER_KEY(マスターキーそのもの)、TACTFUL_MASTER_KEY_FILE(--master-key-file と同じ)、TACTFUL_ADMIN_TOKEN(生成せずにこの管理トークンを使う)、TACTFUL_ERASURE_JOURNAL(--erasure-journal と同じ)。",
  CLI_PURGE_SUMMARY: "期限切れのデータを今すぐ削除する(サーバーも1時間ごとに実行)",
  CLI_PURGE_HELP:
    "使い方: tactful purge [--db <ファイル|postgres://…>] [--config <ファイル>] [--master-key-file <f>]\n\n保持期間を過ぎた行(信頼の履歴と判定は 400 日後)をすべて削除し、続いてデータが何も残らず 400 日以上来訪のない顧客を削除します。--config を指定すると、短くなった保持期間を先に保存済みの行へ適用します。",
  CLI_CUSTOMER_TOKEN_SECRET_SUMMARY: "顧客トークンの署名に使う秘密鍵を表示する",
  CLI_CUSTOMER_TOKEN_SECRET_HELP:
    "使い方: tactful customer-token-secret [--db <ファイル|postgres://…>] [--master-key-file <f>]\n\nサイトのバックエンドが顧客トークンに署名するための秘密鍵(tcs_…)を表示します。ウィジェットが顧客本人向けのおすすめを表示するには、このトークンが必要です(docs/widget.md を参照)。秘密鍵はストアのマスターキーから導出するので、新たに保存するものはなく、マスターキーを変えると変わります。標準出力には秘密鍵だけを出します。",
  CLI_CUSTOMER_TOKEN_SECRET_NOTE:
    "この秘密鍵はバックエンドだけに置いてください(環境変数やシークレットマネージャー)。ページには決して入れないでください。マスターキーを変えると変わります。",
  CLI_CUSTOMER_TOKEN_SUMMARY: "顧客トークンを1つ署名する(手で試すため)",
  CLI_CUSTOMER_TOKEN_HELP:
    "使い方: tactful customer-token --customer <id> [--ttl <期間>] [--scope identify] [--db <ファイル|postgres://…>] [--master-key-file <f>]\n\n1人の顧客の顧客トークン(HS256 の JWT)に署名します。ウィジェットや API を手で試すためのものです。--ttl は有効期間で、1s から 24h まで(既定は 1h)。--scope identify を付けると、顧客のメールアドレスや名前も設定できる(POST /v1/identify)トークンになります。ウィジェット用のトークンには付けないでください。バックエンドでは、`tactful customer-token-secret` が表示する秘密鍵で自分で署名してください。",
  CLI_DB_MISSING:
    "{db} にデータベースがありません。サーバーが使うストアを --db で指定してください(SQLite のファイルか postgres:// の URL)。",
  CLI_KEYS_SUMMARY: "管理トークンとサイトキーを一覧・作成・無効化する",
  CLI_KEYS_HELP:
    "使い方: tactful keys list [--json] [--db <ファイル|postgres://…>] [--master-key-file <f>]\n        tactful keys create admin [--label <テキスト>] [--db …]\n        tactful keys create site --origin <https://shop.example> [--origin …] [--label <テキスト>] [--db …]\n        tactful keys revoke <id> [--db …]\n\nサーバーが使うデータベースにある、HTTP API の認証情報を管理します。\n\n  list     有効な認証情報の一覧です。ID、種類、作成日時、ラベルを表示します。管理トークンは先頭の数文字だけです(保存しているのはハッシュだけです)。サイトキーは公開して使うものなので、許可しているオリジンとともに全体を表示します。スクリプトには --json を使ってください。\n  create   管理トークンまたはサイトキーを作成し、標準出力にそれだけを出します(`$(…)` で受け取れます)。管理トークンが表示されるのはこの一度だけです。サイトキーには --origin が1つ以上必要です(ページのスキームとホスト。ポートがあればポートも)。\n  revoke   認証情報を ID で指定して無効にします。有効な管理トークンが最後の1つのときは無効にできません。先に新しいものを作成してください。\n\n動いているサーバーは、作成・無効化した認証情報を30秒以内に反映します(30秒ごとに読み直します)。SIGHUP か POST /v1/admin/reload、または再起動ですぐに反映されます。作成と無効化はすべて監査ログに記録します(ID と種類だけで、トークンは記録しません)。\n\n終了コード: 0 完了。1 ID が見つからない、すでに無効、または最後の管理トークン。2 引数が正しくない、またはデータベースを開けない。",
  CLI_KEYS_COLUMN_ID: "ID",
  CLI_KEYS_COLUMN_KIND: "種類",
  CLI_KEYS_COLUMN_CREATED: "作成日時",
  CLI_KEYS_COLUMN_KEY: "キー",
  CLI_KEYS_COLUMN_ORIGINS: "オリジン",
  CLI_KEYS_COLUMN_LABEL: "ラベル",
  CLI_KEYS_NONE:
    "有効な認証情報はありません。`tactful keys create admin` または `tactful keys create site --origin …` で作成できます。`tactful serve` も次の起動時に両方を作成します。",
  CLI_KEYS_ADMIN_CREATED:
    "管理トークン {id} を作成しました(上に表示)。表示されるのはこの一度だけです。今すぐパスワードマネージャーかシークレットストアに保管してください。tactful が保存するのはハッシュだけです。動いているサーバーでは30秒以内に使えるようになります。",
  CLI_KEYS_SITE_CREATED:
    "{origins} 用のサイトキー {id} を作成しました(上に表示)。公開して使うキーなので、ウィジェットの site-key としてページに入れてください(docs/widget.md)。`tactful keys list` でいつでも確認できます。動いているサーバーでは30秒以内に使えるようになります。",
  CLI_KEYS_REVOKED_ADMIN:
    "管理トークン {id} を無効にしました。動いているサーバーは30秒以内にこのトークンを拒否するようになります(30秒ごとに認証情報を読み直します)。SIGHUP か POST /v1/admin/reload、または再起動ですぐに拒否します。",
  CLI_KEYS_REVOKED_SITE:
    "サイトキー {id} を無効にしました。動いているサーバーは30秒以内にこのキーを拒否するようになります(30秒ごとに認証情報を読み直します)。SIGHUP か POST /v1/admin/reload、または再起動ですぐに拒否します。",
  CLI_KEYS_LAST_SITE_REVOKED:
    "最後のサイトキーでした。新しいサイトキーができるまで、ブラウザーからは API を呼べません(`tactful keys create site --origin …` で作成できます。`tactful serve` も次の起動時に作成します)。",
  CLI_KEYS_UNKNOWN:
    "ID が {id} の認証情報はありません。有効な認証情報と ID は `tactful keys list` で確認できます。",
  CLI_KEYS_ALREADY_REVOKED:
    "認証情報 {id} はすでに無効になっています({at})。何も変更していません。",
  CLI_KEYS_LAST_ADMIN:
    "{id} は最後の有効な管理トークンです。無効にすると、サーバーを再起動するまで管理用のルートがすべて拒否されます。先に新しい管理トークンを作成してから(`tactful keys create admin`)、このトークンを無効にしてください。何も変更していません。",
  CLI_KEYS_ORIGIN_INVALID:
    "`{origin}` はオリジンではありません。https://shop.example や http://localhost:3000 のように、スキームとホスト(ポートがあればポートも)だけを指定してください(パスやワイルドカードは使えません)。何も保存していません。",
  CLI_KEYS_ORIGIN_SITE_ONLY:
    "`--origin` はサイトキー専用です(`tactful keys create site --origin …`)。管理トークンはサーバーから使うもので、ブラウザーからは使いません。何も保存していません。",
  CLI_KEYS_SITE_NEEDS_ORIGIN:
    "サイトキーには `--origin` が1つ以上必要です。ページのオリジン(https://shop.example など)を指定してください。ほかのオリジンのブラウザーはこのキーを使えません。何も保存していません。",
  CLI_KEYS_LABEL_INVALID:
    "ラベルは1〜100文字で、改行や制御文字を含まない1行にしてください。何も保存していません。",
  CLI_KEYS_OPTION_MISPLACED:
    "`{option}` は `tactful keys {action}` では使えません。`tactful keys --help` を参照してください。",
  CLI_DEMO_SUMMARY: "デモを起動する: 合成顧客入りのショップの例",
  CLI_DEMO_HELP:
    "使い方: tactful demo [--port <番号>] [--customers <数>] [--fresh] [--config <ファイル>]\n\n.tactful/demo.db と examples/shop(または --config)でサーバーを起動し、初回だけショップの合成顧客とイベントを入れて、開くURLを表示します。--fresh は空のデータベースから始めます。",
  DEMO_SEEDING: "合成顧客 {customers} 人のデータを投入しています…",
  DEMO_SEEDED: "顧客 {customers} 人、イベント {events} 件、判定 {decisions} 件を投入しました。",
  DEMO_SHOP_WELCOME: "デモショップ",
  DEMO_SHOP_INTRO:
    "ショップの例に <tactful-slot> ウィジェットを置いたページです。おすすめの下の「おすすめの理由」を開くと、理由が表示されます。どなたとして訪れますか?",
  DEMO_SHOP_PERSONA_NEWCOMER: "はじめてのお客さま",
  DEMO_SHOP_PERSONA_NEWCOMER_ABOUT:
    "初めての訪問で、何もわかっていません。一緒に選ばれている品や人気の品が表示されます。",
  DEMO_SHOP_PERSONA_QUIZ: "診断に答えたお客さま",
  DEMO_SHOP_PERSONA_QUIZ_ABOUT:
    "ギア診断で興味を教えてくれました。その興味に合うおすすめが、そう説明して表示されます。",
  DEMO_SHOP_PERSONA_BUYER: "購入したお客さま",
  DEMO_SHOP_PERSONA_BUYER_ABOUT: "このショップで購入しました。購入品と相性のよい品が表示されます。",
  DEMO_SHOP_VISITING_AS: "訪問者: {visitor}",
  DEMO_SHOP_CHANGE_VISITOR: "別の訪問者を選ぶ",
  DEMO_SHOP_FRONT_TEXT: "キャンプとハイキングの道具のお店です。まずはこちらをどうぞ。",
  DEMO_SHOP_PRODUCT_TEXT:
    "デモショップの商品です。下のおすすめは tactful の API から届いています。",
  DEMO_SHOP_ADD_TO_CART: "カートに入れる",
  DEMO_SHOP_NO_CHECKOUT:
    "このデモショップには購入の手続きがありません。デモのお客さまのカートや購入は、合成したイベントから作られています。",
  DEMO_SHOP_NOT_FOUND: "デモショップにそのページはありません。",
  DEMO_SHOP_OTHER_LANGUAGE: "English",
  DEMO_SHOP_FOOTER:
    "tactful demo が配信しているデモショップです。おすすめは {api} から届きます。個人に合わせたおすすめは、decide() がこの訪問者への next_item を認めたときだけで、表示したことはタッチとして記録されます。",
  DEMO_READY:
    '\ntactful のデモが動いています。\n\n  API:           {url}\n  OpenAPI:       {url}/openapi.json\n  判定の一覧:    {url}/v1/decisions?limit=20  (下の管理トークンが必要)\n  顧客の例:      {url}/v1/customers/{customer}  (下の管理トークンが必要)\n  状態:          {url}/readyz\n  デモショップ:  {shop}  (はじめてのお客さま・診断に答えたお客さま・購入したお客さまに <tactful-slot> を表示)\n\n管理トークン: {token}\nサイトキー:   {siteKey}(オリジン {origin})\n\n試してみる:\n  curl -s -H \'Authorization: Bearer {token}\' {url}/v1/decisions?limit=5\n  curl -s -X POST -H \'Authorization: Bearer {token}\' -H \'Content-Type: application/json\' -d \'{{"customer":"{customer}","play":"cart_reminder","dryRun":true,"lang":"ja"}}\' {url}/v1/decide\n\nCtrl+C で停止します。',
};
