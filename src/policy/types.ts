/**
 * The privacy-as-code model: what a marketer declares in `tactful.config.yaml`,
 * after loading and defaulting. Everything downstream (checks, the decision
 * engine, the store, notices) reads these types, never the raw YAML.
 */

/** A text a person reads, in one or both languages. Loading fills the missing one. */
export interface Label {
  readonly ja: string;
  readonly en: string;
}

/** How tactful got a datum. */
export type Source = "declared" | "deliberate" | "observed" | "inferred" | "third_party";
export const SOURCES: readonly Source[] = [
  "declared",
  "deliberate",
  "observed",
  "inferred",
  "third_party",
];

/** The legal basis a purpose rests on. */
export type Basis = "consent" | "contract" | "legitimate_interest";
export const BASES: readonly Basis[] = ["consent", "contract", "legitimate_interest"];

/** Where a touch reaches the customer, from least to most exposed. */
export type Channel = "onsite" | "email" | "push" | "sms" | "sales_handoff" | "offsite_ads";
export const CHANNELS: readonly Channel[] = [
  "onsite",
  "email",
  "push",
  "sms",
  "sales_handoff",
  "offsite_ads",
];

/** Channels that reach the customer away from where they are now. */
export const OUTBOUND_CHANNELS: ReadonlySet<Channel> = new Set([
  "email",
  "push",
  "sms",
  "sales_handoff",
  "offsite_ads",
]);

/** Channels that hand data to someone other than the site itself. */
export const SHARING_CHANNELS: ReadonlySet<Channel> = new Set(["sales_handoff", "offsite_ads"]);

/** How a play uses a field: to choose content silently, or visibly in the copy. */
export type Use = "select" | "mention";

/** Durations are milliseconds. */
export type Millis = number;

/** Who runs the site and answers data requests. */
export interface Site {
  readonly name: string;
  readonly url: string | null;
  readonly operator: {
    readonly name: string;
    readonly address: string;
    readonly contact: string;
  };
  readonly locale: "ja" | "en";
  readonly timeZone: string;
}

/** Why data is kept, and on what legal basis. */
export interface Purpose {
  readonly id: string;
  readonly label: Label;
  readonly description: Label;
  readonly basis: Basis;
  /** True when the purpose hands data to a third party (declared, or implied by recipients or channels). */
  readonly sharing: boolean;
}

/** One kind of datum the site keeps. */
export interface Field {
  readonly id: string;
  readonly label: Label;
  readonly source: Source;
  /** Where it is collected: `site`, `checkout`, `quiz`, `support`, `email`, `import`... */
  readonly context: string;
  readonly purposes: readonly string[];
  /**
   * How long a value is kept. 0 when the config declares none: such a field is
   * reported by `tactful check` and nothing of it is stored or used.
   */
  readonly retention: Millis;
  /** The retention as written, for people (`30d`, `13mo`); null when missing. */
  readonly retentionText: string | null;
  readonly category: string;
  readonly sensitive: boolean;
}

/** A third party data is sent to: the raw material of notices. */
export interface Recipient {
  readonly id: string;
  readonly service: string;
  readonly company: string;
  /** Fields sent. */
  readonly fields: readonly string[];
  /** What is sent, in words, for the notice (may add what no field covers, such as the page URL). */
  readonly data: Label;
  readonly purpose: string;
  readonly policyUrl: string;
  readonly optOutUrl: string | null;
}

/** A rolling-window frequency cap: at most `max` touches per `per` ms. */
export interface Cap {
  readonly max: number;
  readonly per: Millis;
  readonly text: string;
}

/** Local clock window, minutes after midnight; `start > end` wraps past midnight. */
export interface QuietHours {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A field use by a play. */
export interface FieldUse {
  readonly field: string;
  readonly as: Use;
}

/** One template file of a play: for one language, or (lang null) for any. */
export interface TemplateRef {
  readonly path: string;
  readonly lang: "ja" | "en" | null;
}

/** A personalized touch the marketer wants to run. */
export interface Play {
  readonly id: string;
  readonly label: Label;
  readonly channel: Channel;
  readonly purpose: string;
  /** Where the play is shown: for on-site plays the context the customer is in. */
  readonly context: string;
  readonly uses: readonly FieldUse[];
  /** The copy, per language; paths as written, relative to the config file. */
  readonly templates: readonly TemplateRef[];
  /** The field whose latest value starts the `wait` clock, if any. */
  readonly trigger: string | null;
  readonly wait: Millis;
  readonly caps: readonly Cap[];
  readonly quietHours: QuietHours | null;
  readonly fallback: string | null;
  /** Explicit cost; null means computed from channel and uses. */
  readonly cost: number | null;
}

/** Per-channel trust settings. */
export interface ChannelTrust {
  /** Multiplies a play's base cost: more exposed channels cost more trust. */
  readonly weight: number;
  /** Minimum gap between two touches on this channel, any play. */
  readonly minGap: Millis;
  /** Caps across all plays of this channel. */
  readonly caps: readonly Cap[];
  /** Default quiet hours for plays of this channel (customer's time zone). */
  readonly quietHours: QuietHours | null;
}

/** Trust signals the ledger understands. */
export type Signal =
  | "consent_granted"
  | "consent_withdrawn"
  | "answer_given"
  | "purchase"
  | "signup"
  | "positive_response"
  | "dismissal"
  | "unsubscribe"
  | "complaint"
  | "touch";
export const SIGNALS: readonly Signal[] = [
  "consent_granted",
  "consent_withdrawn",
  "answer_given",
  "purchase",
  "signup",
  "positive_response",
  "dismissal",
  "unsubscribe",
  "complaint",
  "touch",
];

/** The trust economy. Every number has a default (see docs/trust-model.md). */
export interface Trust {
  /** What a brand-new customer starts with. */
  readonly initial: number;
  /** Deposits lose half their weight every `creditHalfLife` ms. */
  readonly creditHalfLife: Millis;
  /** Withdrawals (touches, dismissals...) lose half their weight every `debitHalfLife` ms. */
  readonly debitHalfLife: Millis;
  /** Multiplies a play's cost by its purpose's basis: a touch the customer asked for is predictable. */
  readonly basisFactors: Readonly<Record<Basis, number>>;
  readonly deposits: Readonly<Record<DepositSignal, number>>;
  readonly withdrawals: Readonly<Record<WithdrawalSignal, number>>;
  readonly channels: Readonly<Record<Channel, ChannelTrust>>;
  /** Added to the base cost of 1 per field use, by use and source. */
  readonly useWeights: Readonly<Record<Use, Readonly<Record<Source, number>>>>;
  /** Multiplies the use weight of a sensitive field. */
  readonly sensitiveMultiplier: number;
  /** How long data of each source may steer a touch, at most (also bounded by retention). */
  readonly freshness: Readonly<Record<Source, Millis>>;
}

export type DepositSignal =
  | "consent_granted"
  | "answer_given"
  | "purchase"
  | "signup"
  | "positive_response";
export type WithdrawalSignal = "consent_withdrawn" | "dismissal" | "unsubscribe" | "complaint";

/** Norms the engine enforces; each can be made a warning or turned off, with a reason. */
export type NormId =
  | "observed_mention_outside_context"
  | "observed_data_offsite"
  | "sharing_needs_consent"
  | "sensitive_needs_declared_consent"
  | "purpose_limitation";
export const NORM_IDS: readonly NormId[] = [
  "observed_mention_outside_context",
  "observed_data_offsite",
  "sharing_needs_consent",
  "sensitive_needs_declared_consent",
  "purpose_limitation",
];

export interface NormSetting {
  readonly level: "error" | "warning" | "off";
  readonly reason: string | null;
}

/** A fully loaded, defaulted configuration. */
export interface Config {
  readonly site: Site;
  readonly purposes: readonly Purpose[];
  readonly fields: readonly Field[];
  readonly recipients: readonly Recipient[];
  readonly plays: readonly Play[];
  readonly trust: Trust;
  readonly norms: Readonly<Record<NormId, NormSetting>>;
}
