/** Messages of the tact copy linter (English). */
export const tactEn = {
  TACT_RULE_NO_SURVEILLANCE_REVEAL:
    "Copy must not tell the reader we watched what they did without asking (views, visits, searches, opens).",
  TACT_RULE_NO_PRECISE_TRACKING:
    "Copy must not state exact times, counts or durations of the reader's behaviour, or where exactly they are.",
  TACT_RULE_NO_NAME_OVERUSE:
    "Use the recipient's name at most once, and never in the sender name or in an ad.",
  TACT_RULE_NO_SENSITIVE_INFERENCE:
    "Copy must not assert health, money trouble, religion, sexuality, family or loss about the reader.",
  TACT_RULE_NO_CROSS_CONTEXT:
    "Copy must not bring in what the reader did elsewhere (social media, other sites, partners' data).",
  TACT_RULE_NO_DARK_PATTERNS:
    "No confirmshaming, countdown pressure, fake social proof or piled-up urgency.",
  TACT_RULE_REQUIRE_TRANSPARENCY:
    "A marketing email needs an unsubscribe or preferences link and a line saying why the reader gets it.",
  TACT_RULE_CUSTOM_PHRASE: "A phrase from your own dictionary.",
  TACT_RULE_FRONT_MATTER: "The front matter of a template must be valid YAML.",

  TACT_SURVEILLANCE_OBSERVER:
    "This tells the reader we have been watching them. Offer the useful thing without saying how we know.",
  TACT_SURVEILLANCE_PAST_ACT:
    "This repeats back something the reader did without choosing to tell us (viewing, browsing, searching, opening). It reads as being watched.",
  TACT_SURVEILLANCE_MENTION:
    "Mentioning what the reader viewed belongs on the site while they are there, not in an email, push or ad.",
  TACT_SURVEILLANCE_HISTORY:
    "This points at the reader's tracked history or our analysis of it. Outside the site it feels like surveillance.",
  TACT_SURVEILLANCE_INFERENCE:
    "This shows off what we inferred about the reader. Suggest, don't announce what you know.",
  TACT_SURVEILLANCE_VISIT_THANKS:
    "Thanking the reader for a visit tells them the visit was tracked. Fine on the site; consider dropping it elsewhere.",
  TACT_PRECISE_TIME:
    "An exact time of the reader's behaviour: intensity and timing feel like being followed.",
  TACT_PRECISE_COUNT: "A count of the reader's behaviour: intensity feels like being followed.",
  TACT_PRECISE_DURATION: "A duration of the reader's behaviour: it shows we measured them.",
  TACT_PRECISE_LOCATION:
    "A precise location of the reader. Use a coarse area, or let them choose a store.",
  TACT_NAME_REPEATED:
    "The recipient's name appears {count} times across subject and body. One salutation is enough; repetition reads as automated and over-familiar.",
  TACT_NAME_IN_SENDER:
    "The recipient's name in the sender display name looks like impersonation and is discouraged by mailbox providers.",
  TACT_NAME_IN_AD: "An ad must not show the viewer's name: others may see the screen.",
  TACT_SENSITIVE_INFERENCE:
    "This asserts something sensitive about the reader (health, money, religion, sexuality, family, loss). Never infer these; speak to everyone instead.",
  TACT_SENSITIVE_DECLARED:
    "Sensitive, but the reader seems to have told us. Use it only with their explicit consent for this purpose.",
  TACT_CROSS_CONTEXT_SOCIAL:
    "This brings the reader's social media activity into our message. Data from another context feels like being looked up.",
  TACT_CROSS_CONTEXT_ELSEWHERE:
    "This reveals what the reader did on other sites or with other companies.",
  TACT_CROSS_CONTEXT_THIRD_PARTY:
    "This reveals data obtained from partners or third parties, which the reader did not give us.",
  TACT_CONFIRMSHAMING:
    "Confirmshaming: the decline option shames the reader. Let them say no plainly.",
  TACT_COUNTDOWN_PRESSURE:
    "A countdown in minutes or seconds pressures the reader. Give an honest deadline instead.",
  TACT_FAKE_SOCIAL_PROOF:
    'Live activity of other people ("12 people are looking at this") is a pressure tactic, and often not true.',
  TACT_THREAT: "A warning or threat of loss pressures the reader.",
  TACT_PRECHECKED_CONSENT:
    "A box ticked in advance (or a loss for unticking it) takes a choice that is the reader's to make.",
  TACT_PRESSURE_STACKED:
    "{count} urgency signals in one message add up to pressure. Keep one honest deadline.",
  TACT_NO_UNSUBSCRIBE:
    "No unsubscribe or preferences link. Every marketing email must let the reader stop it easily.",
  TACT_NO_REASON:
    'Nothing says why the reader gets this email. Add one line ("You get this because you subscribed to...").',
  TACT_CUSTOM_PHRASE: "A phrase from the dictionary entry {rule}.",
  TACT_RULE_CRASHED:
    "The rule {rule} failed on this input and was skipped. Please report it; the rest of the copy was checked.",
  TACT_FRONT_MATTER_INVALID:
    "The front matter is not valid YAML (line {line}). Fix it so subject, channel and kind are read.",

  TACT_SUGGEST_OFFER_WITHOUT_WATCHING:
    'Offer it without the watching, e.g. "You might like..." / 「こちらもおすすめです」.',
  TACT_SUGGEST_DROP_THE_WATCHING:
    "Remove the reference to what they viewed or searched; keep the offer.",
  TACT_SUGGEST_NEUTRAL_HEADING: 'Use a neutral heading such as "Picked for you" / 「おすすめ」.',
  TACT_SUGGEST_REMOVE_DETAIL: "Remove the exact time, count or duration.",
  TACT_SUGGEST_COARSE_LOCATION: 'Say "near you" / 「お近くの」, or let the reader pick a store.',
  TACT_SUGGEST_ONE_SALUTATION: "Keep the name in the greeting only.",
  TACT_SUGGEST_BRAND_SENDER: "Use your brand or a person at your company as the sender name.",
  TACT_SUGGEST_NO_NAME_IN_AD: "Remove the name from the ad.",
  TACT_SUGGEST_SPEAK_TO_EVERYONE:
    'Address the topic generally ("for anyone who...") without saying it applies to the reader.',
  TACT_SUGGEST_STAY_IN_CONTEXT:
    "Use only what the reader gave you here, or ask them (a quiz, a preference centre).",
  TACT_SUGGEST_NEUTRAL_DECLINE: 'Use a plain decline such as "No thanks" / 「今回は見送る」.',
  TACT_SUGGEST_UNTICKED_BOX:
    "Leave the box unticked and say plainly what ticking it does; nothing is lost by leaving it.",
  TACT_SUGGEST_HONEST_DEADLINE: 'State the real end date once, calmly ("Sale ends Sunday").',
  TACT_SUGGEST_TRUE_SOCIAL_PROOF:
    "Use verifiable, non-live social proof (reviews, ratings) or none.",
  TACT_SUGGEST_ADD_UNSUBSCRIBE:
    "Add an unsubscribe or preferences link (or your tool's unsubscribe merge tag) to the footer.",
  TACT_SUGGEST_ADD_REASON: "Add one line in the footer saying why the reader gets this email.",
  TACT_CUSTOM_SUGGESTION: "See the dictionary entry for a rewrite.",

  TACT_CONFIG_UNKNOWN_RULE: "Unknown rule `{rule}` in the tact config. Known rules: {known}.",
  TACT_CONFIG_BAD_LEVEL: "The setting of `{rule}` must be one of: {allowed}.",
  TACT_CONFIG_BAD_ALLOW: "`allow` of `{rule}` must be a list of phrases.",
  TACT_CONFIG_YAML_INVALID: "{source}: line {line}: the tact config is not valid YAML.",
  TACT_CONFIG_FIELD_INVALID: "{source}: line {line}: `{field}` must be a {expected}.",
  TACT_DICT_YAML_INVALID: "{source}: line {line}: the phrase dictionary is not valid YAML.",
  TACT_DICT_FIELD_INVALID: "{source}: line {line}: `{field}` must be: {expected}.",
  TACT_DICT_PATTERN_INVALID:
    "{source}: line {line}: a pattern of `{entry}` is not a valid regular expression (or matches nothing but empty text).",
  TACT_DICT_NO_EXAMPLES:
    "{source}: line {line}: `{entry}` needs at least one `examples.flag` text, so the entry can be checked when it loads.",
  TACT_DICT_EXAMPLE_NOT_FLAGGED:
    "{source}: line {line}: `{entry}` does not flag its own flag example #{index}. Fix the phrases or the example.",
  TACT_DICT_EXAMPLE_FLAGGED:
    "{source}: line {line}: `{entry}` flags its own ok example #{index}. Narrow the phrases or fix the example.",
  TACT_DICT_DUPLICATE_ENTRY: "{source}: line {line}: the entry id `{entry}` is used twice.",

  TACT_CLI_LINT_SUMMARY: "Lint copy for surveillance, pressure and over-familiarity (ja/en)",
  TACT_CLI_LINT_HELP:
    "Usage: tactful lint <files|folders...|-> [options]\n\nLints subject lines, email templates (text, Markdown, HTML, front matter) and on-site copy.\nA folder stands for every .md, .markdown, .txt, .html and .htm file in it and its subfolders\n(hidden ones and node_modules left out). Use - to read standard input.\n\nOptions:\n  --format <stylish|json|sarif>   output format (default: stylish)\n  --channel <email_subject|email_body|onsite|ad|push>   where the copy is shown (default: front matter, else email_body)\n  --kind <marketing|transactional>   message kind (default: front matter)\n  --lang <ja|en>   language of the copy and of the messages (default: detected)\n  --config <file>   tact config in YAML (rules, allow, dictionaries)\n\nExit codes: 0 no errors, 1 errors found, 2 unusable input or config.",
  TACT_CLI_NO_INPUT: "`tactful lint` needs at least one file, or - for standard input.",
  TACT_CLI_FOLDER_EMPTY:
    "{folder} has no copy to lint: in a folder and its subfolders, `tactful lint` reads the {extensions} files.",
  TACT_SEVERITY_ERROR: "error",
  TACT_SEVERITY_WARNING: "warning",
  TACT_SEVERITY_INFO: "info",
  TACT_STYLISH_SUMMARY:
    "{problems} {problems|problem|problems} ({errors} {errors|error|errors}, {warnings} {warnings|warning|warnings}, {infos} {infos|info|infos})",
  TACT_STYLISH_CLEAN: "No problems found.",
  TACT_STYLISH_SUGGESTION: "suggestion",
  TACT_STYLISH_SUPPRESSED: "{count} suppressed by comments or allow-lists",
} as const;
