/** Messages of the decision engine and `tactful check` (English). */
export const policyEn = {
  // Reasons in a verdict (read by the marketer).
  POLICY_SUPPRESSED: "Nothing personalized goes to this customer: {suppression}.",
  POLICY_SUPPRESSION_erased: "their data was erased",
  POLICY_SUPPRESSION_opted_out: "they opted out of all personalization",
  POLICY_SUPPRESSION_complained: "they complained (marked a message as spam)",
  POLICY_UNKNOWN_PLAY: "There is no play `{play}` in the config.",
  POLICY_BASIS_OK: "`{play}` may run for `{purpose}` on the basis of {basis}.",
  POLICY_CONSENT_MISSING:
    "`{play}` needs consent for `{purpose}`, and this customer has not given it.",
  POLICY_CONSENT_WITHDRAWN:
    "This customer withdrew consent for `{purpose}`, so `{play}` cannot run.",
  POLICY_OBJECTED: "This customer objected to `{purpose}`, so `{play}` cannot run.",
  POLICY_GPC_REFUSES_SHARING:
    "`{purpose}` shares data with others, and this customer's browser sends Global Privacy Control: a refusal.",
  POLICY_NORM_VIOLATION: "Refused by the norm `{norm}`: {detail}",
  POLICY_DATA_MISSING: "`{play}` needs `{field}`, and nothing is held for this customer.",
  POLICY_DATA_STALE:
    "`{field}` is {age} old, past the {limit} it may steer a touch for; `{play}` will not use it.",
  POLICY_WAIT_NOT_ELAPSED: "`{play}` waits {wait} after `{field}`; it may run from {retry_at}.",
  POLICY_MIN_GAP: "This customer got a {channel} touch {since} ago; the minimum gap is {gap}.",
  POLICY_CAP_REACHED: "`{play}` reached its cap of {cap}; it may run again from {retry_at}.",
  POLICY_CHANNEL_CAP_REACHED: "The {channel} channel reached its cap of {cap} for this customer.",
  POLICY_QUIET_HOURS:
    "It is {local_time} for this customer, inside quiet hours {window}; held until {retry_at}.",
  POLICY_TRUST_COVERS_COST: "The trust balance {balance} covers the cost {cost}.",
  POLICY_TRUST_TOO_LOW: "The trust balance {balance} does not cover the cost {cost} of `{play}`.",
  POLICY_FALLBACK_CHOSEN: "Softened: the gentler play `{fallback}` runs instead of `{play}`.",
  POLICY_NO_FALLBACK: "`{play}` has no fallback that may run, so nothing is sent.",
  POLICY_OUTCOME_allow: "allow",
  POLICY_OUTCOME_soften: "soften",
  POLICY_OUTCOME_skip: "skip",

  // tactful check (read by the marketer; each says how to fix).
  POLICY_CHECK_PURPOSE_NOT_COLLECTED:
    "Play `{play}` uses `{field}` for `{purpose}`, but the field was not collected for that purpose. Add `{purpose}` to the field's purposes only if customers were told so when it was collected; otherwise drop the use.",
  POLICY_CHECK_OBSERVED_MENTION_OUTBOUND:
    "Play `{play}` mentions `{field}` ({source} data) in {channel}. Observed behaviour may choose content but is never echoed back outside the page where it happened. Change the use to `as: select`; in offsite_ads that is not enough, as such data may not leave the site at all (POLICY_CHECK_OBSERVED_OFFSITE): use declared or deliberate data there, or drop the play.",
  POLICY_CHECK_OBSERVED_MENTION_OTHER_CONTEXT:
    "Play `{play}` mentions `{field}`, observed in `{context}`, while the customer is in `{play_context}`. Mention observed data only where it was observed; otherwise use `as: select`.",
  POLICY_CHECK_OBSERVED_OFFSITE:
    "Play `{play}` sends `{field}` ({source} data) off the site through {channel}. Following people around with what they looked at is refused by default; use declared or deliberate data, or drop the play.",
  POLICY_CHECK_SENSITIVE_NOT_DECLARED:
    "`{field}` is sensitive but its source is `{source}`. Sensitive data may only be what the customer declared themselves; never infer or observe it.",
  POLICY_CHECK_SENSITIVE_WITHOUT_CONSENT:
    "`{field}` is sensitive and serves `{purpose}`, whose basis is not consent. Sensitive data needs explicit consent: make that purpose consent-based.",
  POLICY_CHECK_SHARING_WITHOUT_CONSENT:
    "Play `{play}` hands data to others through {channel}, but its purpose `{purpose}` is not consent-based. Sharing needs explicit consent; set `basis: consent`.",
  POLICY_CHECK_NO_RETENTION:
    "`{field}` has no `retention`. Say how long it is kept (e.g. `retention: 90d`); until then tactful stores none of it.",
  POLICY_CHECK_UNUSED_FIELD:
    "`{field}` is declared but no play uses it. If nothing needs it, stop collecting it (data minimization).",
  POLICY_CHECK_NEW_CUSTOMER_UNREACHABLE:
    "A brand-new customer never receives `{play}` ({why}) and it has no fallback. Add a gentler `fallback` so newcomers get something useful.",
  POLICY_CHECK_WHY_CONSENT: "it needs consent for `{purpose}` first",
  POLICY_CHECK_WHY_TRUST: "its cost {cost} is above the starting balance {initial}",
  POLICY_CHECK_FALLBACK_CYCLE:
    "Fallbacks go round in a circle: {cycle}. End the chain with a play that has no fallback.",
  POLICY_CHECK_TEMPLATE_MISSING:
    "The template `{template}` of play `{play}` cannot be read. Create it or fix the path (relative to the config file).",
  POLICY_CHECK_TEMPLATE_UNDECLARED_MENTION:
    "The template of `{play}` shows `{tag}`, which the play does not declare as `mention`. Add `{ field: {tag}, as: mention }` to its uses (if the norms allow it) or remove it from the copy.",
  POLICY_CHECK_TEMPLATE_UNDECLARED_USE:
    "The template of `{play}` tests `{tag}` (to choose what to show), but the play does not declare it in `uses`. Add `{ field: {tag}, as: select }` or remove the condition.",
  POLICY_CHECK_TEMPLATE_UNKNOWN_FIELD:
    "The template of `{play}` shows `{tag}`, which is not a declared field. Undeclared data is never stored, so it would always be empty; declare it or remove it.",
  POLICY_CHECK_TEMPLATE_LINT: "The copy of `{play}`: {message}",
  POLICY_CHECK_NORM_RELAXED: "The norm `{norm}` is set to `{level}` because: {reason}",
  POLICY_CHECK_SUMMARY:
    "{errors} {errors|error|errors}, {warnings} {warnings|warning|warnings} in {file}.",
  POLICY_CHECK_CLEAN:
    "{file}: no problems. {plays} {plays|play|plays}, {fields} {fields|field|fields}, {purposes} {purposes|purpose|purposes}.",

  // The customer-facing "why am I seeing this".
  EXPLAIN_BASIS_consent: "You asked for this: “{purpose}”.",
  EXPLAIN_BASIS_contract: "This is part of “{purpose}”, which comes with your order or account.",
  EXPLAIN_BASIS_legitimate_interest:
    "This is part of “{purpose}”; you can turn it off at any time.",
  EXPLAIN_USES_personal: "It is based on {fields}.",
  EXPLAIN_USES_site: "Some of it was picked using how this site is used; nothing from other sites.",
  EXPLAIN_USES_none: "It is the same for everyone.",
  EXPLAIN_CONTROL: "You can see, change or erase what we hold about you at any time.",
} as const;
