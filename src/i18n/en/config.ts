/** Messages about loading `tactful.config.yaml` (English). Each says what is wrong, then how to fix it. */
export const configEn = {
  POLICY_SEVERITY_ERROR: "error",
  POLICY_SEVERITY_WARNING: "warning",
  POLICY_CONFIG_DID_YOU_MEAN: "Did you mean `{suggestion}`?",
  POLICY_CONFIG_YAML_SYNTAX:
    "The file is not valid YAML ({detail}). Check indentation (spaces, not tabs) and that every `key:` is followed by a space.",
  POLICY_CONFIG_DUPLICATE_KEY:
    "A key appears twice in the same mapping. Keep one of them; YAML would silently use only the last.",
  POLICY_CONFIG_NOT_A_MAPPING:
    "The config must be a mapping with `site:`, `purposes:` and `fields:` at the top. Run `tactful init` for a starting file.",
  POLICY_CONFIG_UNKNOWN_KEY:
    "Unknown key `{key}` in {where}. tactful ignores nothing silently; remove it or use one of: {known}.",
  POLICY_CONFIG_MISSING_KEY: "`{key}` is required in {where}. Add it.",
  POLICY_CONFIG_WRONG_TYPE: "{where} must be {expected}, not {got}.",
  POLICY_CONFIG_BAD_VALUE: "{where} must be one of: {allowed}.",
  POLICY_CONFIG_BAD_ID:
    "{where} must be an id: lowercase letters, digits and `_`, starting with a letter (e.g. `cart_items`).",
  POLICY_CONFIG_EMPTY_TEXT: "{where} must not be empty.",
  POLICY_CONFIG_TOO_SMALL: "{where} must be at least {minimum}.",
  POLICY_CONFIG_BAD_DURATION:
    "{where} is not a duration. Write a number and a unit: `90s`, `30m`, `4h`, `30d`, `2w`, `13mo`, `1y`.",
  POLICY_CONFIG_BAD_CAP:
    "{where} is not a cap. Write `1/7d` (at most 1 per 7 days) or `{ max: 1, per: 7d }`.",
  POLICY_CONFIG_BAD_QUIET_HOURS:
    "{where} is not a quiet-hours window. Write `21:00-08:00` (local time of the customer), or `false` for none.",
  POLICY_CONFIG_BAD_TIME_ZONE:
    "{where} is not a time zone this system knows. Use an IANA name such as `Asia/Tokyo` or `Europe/London`.",
  POLICY_CONFIG_DUPLICATE_ID:
    "The id `{id}` is used twice in `{kind}`. Ids must be unique; rename one.",
  POLICY_CONFIG_UNKNOWN_REFERENCE:
    "{where} refers to `{id}`, which is not declared in `{kind}`. Declare it there or fix the spelling.",
  POLICY_CONFIG_UNKNOWN_CATEGORY:
    "`{category}` is not a data category tactful knows. Use one of the fideslang-style categories listed in docs/config.md.",
  POLICY_CONFIG_SENSITIVE_MISMATCH:
    "The category `{category}` is sensitive, but the field says `sensitive: false`. Remove that line: sensitivity follows the category.",
  POLICY_CONFIG_FALLBACK_SELF:
    "The play `{id}` names itself as its fallback. Name a gentler play, or remove `fallback`.",
  POLICY_CONFIG_TRIGGER_NOT_USED:
    "The trigger `{field}` is not among the play's `uses`. Add `{ field: {field}, as: select }` so the inventory shows the play reads it.",
  POLICY_TYPE_string: "text",
  POLICY_TYPE_number: "a number",
  POLICY_TYPE_boolean: "true or false",
  POLICY_TYPE_array: "a list",
  POLICY_TYPE_object: "a mapping (key: value)",
  POLICY_TYPE_null: "empty",
  POLICY_TYPE_undefined: "missing",
  POLICY_TYPE_label: "text, or a mapping with `ja:` and/or `en:`",
  POLICY_TYPE_duration: "a duration such as `30d`",
  POLICY_TYPE_cap: "a cap such as `1/7d`",
  POLICY_TYPE_quiet_hours: "a window such as `21:00-08:00`, or `false`",
  POLICY_TYPE_valid: "a valid value",
} as const;
