/** Messages of the HTTP API and the server commands (English). Codes: docs/api.md. */
export const serverEn = {
  API_MALFORMED_JSON: "The request body is not valid JSON. Send one JSON document.",
  API_INVALID_UTF8: "The request body is not valid UTF-8. Encode text as UTF-8.",
  API_EMPTY_BODY: "This request needs a JSON body; it was empty.",
  API_INVALID_REQUEST:
    "The request does not match the schema (see details: where, and what kind of problem). The schemas are in /openapi.json.",
  API_UNKNOWN_PROPERTY:
    "The request has a property the API does not know (see details for where). Remove it or check its spelling against /openapi.json.",
  API_BATCH_TOO_LARGE: "Too many events in one batch. Send at most 1000 per request.",
  API_EVENT_KIND:
    "Each event is either a field value (`field` and `value`) or a signal (`signal`, with optional `play`; `purpose` only for `unsubscribe`), not both.",
  API_EVENT_TIME_INVALID:
    "An event time is more than five minutes in the future. Send `at` as epoch milliseconds from a correct clock, or leave it out.",
  API_VALUE_TOO_LARGE:
    "A value is larger than 4 KiB once serialized. Send less, or a reference to it.",
  API_IDENTITY_FIELD:
    "An event carries an identifying field (name, contact details, account). Send those to /v1/identify, where they are stored encrypted.",
  API_NOT_IDENTIFYING:
    "/v1/identify only takes identifying fields (categories user.name, user.contact.*, user.account, user.government_id). Send other fields to /v1/events.",
  API_INVALID_EMAIL: "An email field does not look like an email address.",
  API_INVALID_TIME_ZONE: "The time zone is not an IANA time zone name such as Asia/Tokyo.",
  API_UNKNOWN_PURPOSE:
    "A purpose is not declared in the config. Use one of the purpose ids in tactful.config.yaml.",
  API_IDEMPOTENCY_KEY_INVALID:
    "The Idempotency-Key header must be 1 to 128 printable ASCII characters.",
  API_UNAUTHORIZED:
    "This route needs a credential: send `Authorization: Bearer <site key or admin token>`.",
  API_INVALID_KEY: "The credential is unknown or revoked. Check the key, or create a new one.",
  API_FORBIDDEN: "This route needs an admin token; a site key cannot call it.",
  API_ORIGIN_NOT_ALLOWED:
    "This site key is not allowed from this origin. Add the origin to the key (tactful serve --origin) or call from an allowed page.",
  API_CUSTOMER_TOKEN_REQUIRED:
    "With a site key, this route needs a valid customer token for the customer (header X-Tactful-Customer-Token, signed by your backend; see docs/widget.md). Reason: {reason}.",
  API_PLAY_NOT_ONSITE:
    "A site key may only ask about on-site plays. Decide on outbound plays (email, push...) from your server with an admin token.",
  API_NOT_FOUND: "There is no such route. The routes are listed in /openapi.json.",
  API_UNKNOWN_PLAY:
    "The play is not declared in the config. Use one of the play ids in tactful.config.yaml.",
  API_CUSTOMER_NOT_FOUND: "Nothing is held about this customer.",
  API_CUSTOMER_ERASED:
    "The customer was erased while this request was being handled, so nothing of it was stored. If they come back, send the request again.",
  API_IDEMPOTENCY_CONFLICT:
    "This Idempotency-Key was already used with a different request body. Use a new key for a new request.",
  API_BODY_TOO_LARGE: "The request body is too large. Split the batch into smaller requests.",
  API_UNSUPPORTED_MEDIA_TYPE: "Send the body as application/json.",
  API_CONFIG_INVALID:
    "The config has {count} problem(s) and was not loaded; the server keeps running on the previous config. Fix the problems listed and reload again.",
  API_RATE_LIMITED: "Too many requests. Wait {seconds} s and retry.",
  API_INTERNAL:
    "Something went wrong inside tactful. Nothing was written. The server log has the error id {id}.",
  API_UNAVAILABLE:
    "The database is not answering. Nothing was written; retry shortly. The server log has the error id {id}.",
  API_NOT_READY: "Not ready: the database does not answer.",
  API_UNKNOWN_SLOT:
    "There is no such recommendation slot. A slot is an on-site play that selects content with data the butler reads (such as next_item); see docs/widget.md.",
  API_CATALOG_MISSING:
    "The server has no catalog to recommend from. Put a catalog.yaml next to the config file (see docs/widget.md); the server reads it within 30 seconds.",
  API_CATALOG_INVALID:
    "The catalog file next to the config has {count} problem(s) (see details: where, and what kind). Fix them; the server reads the file again within 30 seconds.",
  API_WIDGET_UNAVAILABLE:
    "The widget script could not be built. Run `npm run build:web` in the tactful package, or install its dev dependencies; the server log has the reason.",
  RECS_HEADING: "You might also find these useful.",
  RECS_WHY: "Why this?",
  CUSTOMER_TOKEN_MISSING:
    "Contextual only: a site key needs a customer token for this customer (the widget's customer-token attribute, signed by your backend) before their own data is read. See docs/widget.md.",
  CUSTOMER_TOKEN_MALFORMED:
    "Contextual only: the customer token is not a compact JWT with sub and exp claims. Sign it as docs/widget.md shows.",
  CUSTOMER_TOKEN_ALGORITHM:
    "Contextual only: the customer token is not signed with HS256. Only HS256 is accepted.",
  CUSTOMER_TOKEN_SIGNATURE:
    "Contextual only: the customer token's signature does not match. Sign with the secret `tactful customer-token-secret` prints for this server's master key.",
  CUSTOMER_TOKEN_EXPIRED:
    "Contextual only: the customer token has expired. Sign a fresh one when the page is rendered.",
  CUSTOMER_TOKEN_NOT_YET_VALID:
    "Contextual only: the customer token was issued in the future. Check the signing server's clock.",
  CUSTOMER_TOKEN_TOO_LONG:
    "Contextual only: the customer token is valid for more than 24 hours. Sign tokens that expire sooner.",
  CUSTOMER_TOKEN_SCOPE:
    'The customer token does not grant this: setting a customer\'s email or name needs a token signed with scope "identify"',
  CUSTOMER_TOKEN_OTHER_CUSTOMER:
    "Contextual only: the customer token was signed for another customer. Sign it for the customer the page names.",
  SERVER_LISTENING: "tactful is listening on {url} (database: {db}, config: {config})",
  SERVER_ADMIN_TOKEN_CREATED:
    "Admin token (shown once, stored only as a hash; keep it somewhere safe):\n  {token}",
  SERVER_SITE_KEY: "Site key for browser calls from {origins}:\n  {key}",
  SERVER_ERASURE_JOURNAL:
    "Erasure journal: {file} (every erasure is appended before it is answered; keep this file apart from the database backups)",
  SERVER_MASTER_KEY_GENERATED:
    "Created the master key {file}. Back it up apart from the database: without it, identities cannot be read.",
  SERVER_RELOADED: "Config reloaded ({hash}).",
  SERVER_RELOAD_REFUSED: "Config reload refused; still serving the previous config:",
  SERVER_STOPPING: "Stopping…",
  SERVER_ADMIN_TOKEN_INVALID:
    "TACTFUL_ADMIN_TOKEN is not a usable admin token: it must start with tka_ followed by at least 24 printable characters without spaces. Unset it to have one generated, or set a long random one.",
  SERVER_ADMIN_TOKEN_REVOKED:
    "TACTFUL_ADMIN_TOKEN names admin token {id}, which was revoked: every admin call with it would be refused. Set TACTFUL_ADMIN_TOKEN to a live token (`tactful keys create admin`), or unset it.",
  SERVER_START_FAILED: "tactful could not start: {reason}",
  CLI_SERVE_SUMMARY: "Run the HTTP API on SQLite or PostgreSQL",
  CLI_SERVE_HELP:
    "Usage: tactful serve --config <tactful.config.yaml> [--db <file|postgres://…>] [options]\n\nRuns the HTTP API (events, consents, identify, decide, customers, decisions).\n\nOptions:\n  --config <file>          the config (reloaded on SIGHUP or POST /v1/admin/reload)\n  --db <file|url>          SQLite file (default .tactful/tactful.db) or postgres://user@host/db[?schema=s]\n  --host <host>            address to listen on (default 127.0.0.1)\n  --port <n>               port (default 8787; 0 picks a free one)\n  --origin <url>           allow browser calls from this origin (repeatable; the config's site.url is allowed)\n  --master-key-file <f>    the master key file (TACTFUL_MASTER_KEY, when set, comes first; with neither, <db>.key for SQLite; PostgreSQL needs one)\n  --state-cache on|off     keep customers' decision state in memory (default: on for SQLite, off for PostgreSQL; turn it on for PostgreSQL only with a single server process)\n  --erasure-journal <f>    keep the erasure journal in this file too, appended before each erasure is answered (put it on another disk than the database: it is what `tactful erasures apply` re-applies to a restored backup)\n  --lang ja|en             language of messages\n\nEnvironment: TACTFUL_MASTER_KEY (the master key itself), TACTFUL_MASTER_KEY_FILE (as --master-key-file), TACTFUL_ADMIN_TOKEN (use this admin token instead of generating one), TACTFUL_ERASURE_JOURNAL (as --erasure-journal).",
  CLI_PURGE_SUMMARY: "Delete expired data now (the server also does this hourly)",
  CLI_PURGE_HELP:
    "Usage: tactful purge [--db <file|postgres://…>] [--config <file>] [--master-key-file <f>]\n\nDeletes every row past its retention (trust history and decisions after 400 days), then the customers with nothing left who have not been seen for 400 days. With --config, shortened retentions are applied to stored rows first.",
  CLI_CUSTOMER_TOKEN_SECRET_SUMMARY: "Print the secret your backend signs customer tokens with",
  CLI_CUSTOMER_TOKEN_SECRET_HELP:
    "Usage: tactful customer-token-secret [--db <file|postgres://…>] [--master-key-file <f>]\n\nPrints the secret (tcs_…) that your site's backend signs customer tokens with, so that the widget may show a customer their personal suggestions (see docs/widget.md). It is derived from the store's master key: nothing new is stored, and it changes when the master key changes. Only the secret goes to stdout.",
  CLI_CUSTOMER_TOKEN_SECRET_NOTE:
    "Keep this secret on your backend only (an environment variable or a secret manager), never in a page. It changes when the master key changes.",
  CLI_CUSTOMER_TOKEN_SUMMARY: "Sign one customer token, for trying things by hand",
  CLI_CUSTOMER_TOKEN_HELP:
    "Usage: tactful customer-token --customer <id> [--ttl <duration>] [--scope identify] [--db <file|postgres://…>] [--master-key-file <f>]\n\nSigns a customer token for one customer (HS256 JWT), for trying the widget or the API by hand. --ttl is how long it is valid: 1s to 24h (default 1h). --scope identify makes a token that may also set the customer's email and name (POST /v1/identify); the widget's tokens should not have it. Your backend signs its own with the secret `tactful customer-token-secret` prints.",
  CLI_DB_MISSING:
    "There is no database at {db}. Name the store the server uses with --db (a SQLite file or a postgres:// URL).",
  CLI_KEYS_SUMMARY: "List, create and revoke admin tokens and site keys",
  CLI_KEYS_HELP:
    "Usage: tactful keys list [--json] [--db <file|postgres://…>] [--master-key-file <f>]\n       tactful keys create admin [--label <text>] [--db …]\n       tactful keys create site --origin <https://shop.example> [--origin …] [--label <text>] [--db …]\n       tactful keys revoke <id> [--db …]\n\nManages the HTTP API's credentials in the database the server uses.\n\n  list     the live credentials: id, kind, creation time, label; an admin token by its first characters only (only its hash is stored), a site key whole (it is publishable) with the origins it allows. --json for scripts.\n  create   makes an admin token or a site key and prints it alone on stdout (for `$(…)`). An admin token is shown only this once. A site key needs at least one --origin: the scheme and host of your pages, with a port if any.\n  revoke   disables a credential by its id. The last live admin token cannot be revoked: create another first.\n\nA running server picks up new and revoked credentials within 30 seconds (it re-reads them every 30 s), at once on SIGHUP or POST /v1/admin/reload, or when restarted. Every create and revoke is written to the audit log (id and kind, never the token).\n\nExit codes: 0 done; 1 unknown or already revoked id, or the last admin token; 2 bad arguments, or a database that cannot be opened.",
  CLI_KEYS_COLUMN_ID: "ID",
  CLI_KEYS_COLUMN_KIND: "KIND",
  CLI_KEYS_COLUMN_CREATED: "CREATED",
  CLI_KEYS_COLUMN_KEY: "KEY",
  CLI_KEYS_COLUMN_ORIGINS: "ORIGINS",
  CLI_KEYS_COLUMN_LABEL: "LABEL",
  CLI_KEYS_NONE:
    "No live credentials. `tactful keys create admin` or `tactful keys create site --origin …` makes one; `tactful serve` makes both at its next start.",
  CLI_KEYS_ADMIN_CREATED:
    "Admin token {id} created (printed above). It is shown only this once: put it in your password manager or secret store now; tactful keeps only its hash. A running server accepts it within 30 seconds.",
  CLI_KEYS_SITE_CREATED:
    "Site key {id} created (printed above) for {origins}. It is publishable: put it in your pages as the widget's site-key (docs/widget.md); `tactful keys list` shows it again. A running server accepts it within 30 seconds.",
  CLI_KEYS_REVOKED_ADMIN:
    "Admin token {id} revoked. A running server refuses it within 30 seconds (it re-reads credentials every 30 s), at once after SIGHUP or POST /v1/admin/reload, or when restarted.",
  CLI_KEYS_REVOKED_SITE:
    "Site key {id} revoked. A running server refuses it within 30 seconds (it re-reads credentials every 30 s), at once after SIGHUP or POST /v1/admin/reload, or when restarted.",
  CLI_KEYS_LAST_SITE_REVOKED:
    "That was the last site key: browsers cannot call the API until there is another (`tactful keys create site --origin …`; `tactful serve` also makes one at its next start).",
  CLI_KEYS_UNKNOWN:
    "There is no credential with id {id}. `tactful keys list` shows the live ones with their ids.",
  CLI_KEYS_ALREADY_REVOKED: "Credential {id} was already revoked ({at}). Nothing was changed.",
  CLI_KEYS_LAST_ADMIN:
    "{id} is the last live admin token: without it, every admin route would refuse until the server is restarted. Create a new one first (`tactful keys create admin`), then revoke this one. Nothing was changed.",
  CLI_KEYS_ORIGIN_INVALID:
    "`{origin}` is not an origin: give the scheme and host only, with a port if any, like https://shop.example or http://localhost:3000 (no path, no wildcard). Nothing was stored.",
  CLI_KEYS_ORIGIN_SITE_ONLY:
    "`--origin` goes with site keys only (`tactful keys create site --origin …`): an admin token is for servers, not browsers. Nothing was stored.",
  CLI_KEYS_SITE_NEEDS_ORIGIN:
    "A site key needs at least one `--origin`, the origin of your pages (like https://shop.example): browsers on other origins cannot use it. Nothing was stored.",
  CLI_KEYS_LABEL_INVALID:
    "The label must be 1 to 100 characters on one line, without control characters. Nothing was stored.",
  CLI_KEYS_OPTION_MISPLACED:
    "`{option}` does not go with `tactful keys {action}`. Run `tactful keys --help`.",
  CLI_DEMO_SUMMARY: "Start the demo: the shop example with synthetic customers",
  CLI_DEMO_HELP:
    "Usage: tactful demo [--port <n>] [--customers <n>] [--fresh] [--config <file>]\n\nStarts the server on .tactful/demo.db with examples/shop (or --config), seeded once with synthetic shop customers and their events, and prints the URLs to open. --fresh starts from an empty database.",
  DEMO_SEEDING: "Seeding {customers} synthetic customers…",
  DEMO_SEEDED: "Seeded {customers} customers, {events} events, {decisions} decisions.",
  DEMO_SHOP_WELCOME: "The demo shop",
  DEMO_SHOP_INTRO:
    "Pages of the shop example with the <tactful-slot> widget. Under each suggestion, “Why this?” tells the visitor the reason. Who is visiting?",
  DEMO_SHOP_PERSONA_NEWCOMER: "A newcomer",
  DEMO_SHOP_PERSONA_NEWCOMER_ABOUT:
    "a first visit, nothing known: sees what customers choose together and what is popular.",
  DEMO_SHOP_PERSONA_QUIZ: "A quiz-taker",
  DEMO_SHOP_PERSONA_QUIZ_ABOUT:
    "told us their interests in the gear quiz: suggestions for those interests, saying so.",
  DEMO_SHOP_PERSONA_BUYER: "A buyer",
  DEMO_SHOP_PERSONA_BUYER_ABOUT: "bought from the shop: sees what goes with what they bought.",
  DEMO_SHOP_VISITING_AS: "Visiting as: {visitor}.",
  DEMO_SHOP_CHANGE_VISITOR: "Choose another visitor",
  DEMO_SHOP_FRONT_TEXT: "Gear for camping and hiking. A few suggestions to start with:",
  DEMO_SHOP_PRODUCT_TEXT:
    "A product of the demo shop. The suggestions below come from the tactful API.",
  DEMO_SHOP_ADD_TO_CART: "Add to cart",
  DEMO_SHOP_NO_CHECKOUT:
    "This demo shop has no checkout: the seeded customers' carts and purchases come from the demo's synthetic events.",
  DEMO_SHOP_NOT_FOUND: "There is no such page in the demo shop.",
  DEMO_SHOP_OTHER_LANGUAGE: "日本語",
  DEMO_SHOP_FOOTER:
    "A demo shop served by tactful demo. Suggestions come from {api}: personal ones only when decide() allows the next_item play for this visitor, and showing them is recorded as a touch.",
  DEMO_READY:
    '\ntactful demo is running.\n\n  API:         {url}\n  OpenAPI:     {url}/openapi.json\n  Decisions:   {url}/v1/decisions?limit=20   (admin token below)\n  A customer:  {url}/v1/customers/{customer}   (admin token below)\n  Health:      {url}/readyz\n  Demo shop:   {shop}   (the <tactful-slot> widget for a newcomer, a quiz-taker and a buyer)\n\nAdmin token: {token}\nSite key:    {siteKey}  (origin {origin})\n\nTry:\n  curl -s -H \'Authorization: Bearer {token}\' {url}/v1/decisions?limit=5\n  curl -s -X POST -H \'Authorization: Bearer {token}\' -H \'Content-Type: application/json\' -d \'{{"customer":"{customer}","play":"cart_reminder","dryRun":true,"lang":"en"}}\' {url}/v1/decide\n\nStop with Ctrl+C.',
} as const;
