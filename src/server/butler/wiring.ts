/**
 * Which inventory fields feed the butler, and how, derived from the config (and
 * the catalog's `fields` overrides). Three rules keep it honest:
 *
 * - A **slot** is an on-site play that selects content with at least one field the
 *   butler reads. `slot=next_item` asks for that play's suggestions.
 * - The **aggregate model** reads only item fields kept for the purpose of some
 *   slot (the shop's `cart_items`, kept for cart recovery, never feeds it).
 * - A slot's **personal** data is only what its play declares in `uses`, and only
 *   of the right source: history from `deliberate` fields, interests from
 *   `declared` ones. Observed data never reaches the personal model.
 */
import type { DeliberateKind, EventSource } from "../../butler/index.js";
import type { Config, Field } from "../../policy/types.js";
import type { FieldKind, ServedCatalog } from "./catalog-file.js";

/** A field feeding the aggregate model. */
export interface ModelField {
  readonly kind: "purchase" | "download" | "cart" | "view";
  readonly source: EventSource;
}

/** What one slot may read about the customer when its play is allowed. */
export interface SlotWiring {
  /** The on-site play deciding the slot (its id is the slot's name). */
  readonly play: string;
  /** Deliberate item fields, by the kind of act they record. */
  readonly history: ReadonlyMap<string, DeliberateKind>;
  /** Declared fields whose answers name interests. */
  readonly interests: readonly string[];
  /** Fields listing items the customer has. */
  readonly owned: readonly string[];
  /** Fields listing items the customer dismissed. */
  readonly dismissed: readonly string[];
}

/** The wiring of one config and catalog. */
export interface Wiring {
  readonly modelFields: ReadonlyMap<string, ModelField>;
  readonly slots: ReadonlyMap<string, SlotWiring>;
}

const HISTORY_KINDS: ReadonlySet<FieldKind> = new Set(["purchase", "download", "cart"]);

/**
 * The kind of a field: the catalog's override, else recognised from its id and
 * source (`cart_items` → cart, `purchases` → purchase, `downloads` → download,
 * `viewed_products` → view, a declared `interests` field → interest). Sensitive
 * fields and sources the butler must not read (inferred, third party) are ignored.
 */
export function fieldKind(field: Field, overrides: ReadonlyMap<string, FieldKind>): FieldKind {
  if (field.sensitive) return "ignore";
  const chosen = overrides.get(field.id) ?? guessKind(field);
  if (chosen === "interest") return field.source === "declared" ? chosen : "ignore";
  if (chosen === "view")
    return field.source === "observed" || field.source === "deliberate" ? chosen : "ignore";
  if (chosen === "ignore") return chosen;
  // Acts, holdings and dismissals must be things the customer knowingly did or told us.
  return field.source === "deliberate" || field.source === "declared" ? chosen : "ignore";
}

function guessKind(field: Field): FieldKind {
  const id = field.id.toLowerCase();
  if (field.source === "declared") {
    return field.category.startsWith("user.preferences") || id.includes("interest")
      ? "interest"
      : "ignore";
  }
  if (field.source === "observed") {
    return field.category === "user.behavior.browsing_history" || /view|brows/.test(id)
      ? "view"
      : "ignore";
  }
  if (field.source !== "deliberate") return "ignore";
  if (id.includes("cart")) return "cart";
  if (id.includes("download")) return "download";
  if (/dismiss/.test(id)) return "dismissed";
  if (/owned|holding/.test(id)) return "owned";
  if (/purchase|order|bought/.test(id)) return "purchase";
  return "ignore";
}

/**
 * Derives the wiring.
 *
 * @example
 * ```ts
 * const wiring = wire(runtime.config, catalog);
 * wiring.slots.get("next_item")?.history; // Map { "purchases" => "purchase" }
 * ```
 */
export function wire(config: Config, catalog: ServedCatalog): Wiring {
  const kinds = new Map<string, FieldKind>();
  const fields = new Map<string, Field>();
  for (const field of config.fields) {
    kinds.set(field.id, fieldKind(field, catalog.fields));
    fields.set(field.id, field);
  }
  const slots = new Map<string, SlotWiring>();
  const slotPurposes = new Set<string>();
  for (const play of config.plays) {
    if (play.channel !== "onsite") continue;
    const selects = play.uses.some(
      (use) => use.as === "select" && (kinds.get(use.field) ?? "ignore") !== "ignore",
    );
    if (!selects) continue;
    slotPurposes.add(play.purpose);
    const history = new Map<string, DeliberateKind>();
    const interests: string[] = [];
    const owned: string[] = [];
    const dismissed: string[] = [];
    for (const use of play.uses) {
      const kind = kinds.get(use.field) ?? "ignore";
      const source = fields.get(use.field)?.source;
      if (HISTORY_KINDS.has(kind) && source === "deliberate") {
        history.set(use.field, kind as DeliberateKind);
      } else if (kind === "interest") interests.push(use.field);
      else if (kind === "owned") owned.push(use.field);
      else if (kind === "dismissed") dismissed.push(use.field);
    }
    slots.set(play.id, { play: play.id, history, interests, owned, dismissed });
  }
  const modelFields = new Map<string, ModelField>();
  for (const field of config.fields) {
    const kind = kinds.get(field.id);
    if (kind !== "purchase" && kind !== "download" && kind !== "cart" && kind !== "view") continue;
    if (!field.purposes.some((p) => slotPurposes.has(p))) continue;
    const source: EventSource = field.source === "observed" ? "observed" : "deliberate";
    modelFields.set(field.id, { kind, source });
  }
  return { modelFields, slots };
}
