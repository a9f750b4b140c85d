/**
 * The recommendation catalog file (`catalog.yaml` or `catalog.json` next to the
 * config): the items the butler may suggest, category labels, how quiz answers
 * map to categories, and which inventory fields are which kind of act. The config
 * declares data; the catalog describes what is for sale, so it lives apart.
 */
import Type, { type Static } from "typebox";
import { Compile } from "typebox/compile";
import { parse as parseYaml } from "yaml";
import type { CatalogItem, CategoryInfo, Text } from "../../butler/index.js";
import type { ErrorDetail } from "../errors.js";

/** What an inventory field holds, for the butler. */
export type FieldKind =
  | "purchase"
  | "download"
  | "cart"
  | "view"
  | "interest"
  | "owned"
  | "dismissed"
  | "ignore";

/** Item ids: the same alphabet as customer ids, so they travel in URLs unescaped. */
export const ITEM_ID_PATTERN = "^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$";
/** Category ids and field ids. */
export const CATEGORY_ID_PATTERN = "^[A-Za-z0-9_.-]{1,64}$";

const Id = Type.String({ pattern: CATEGORY_ID_PATTERN });
const Words = Type.String({ minLength: 1, maxLength: 200 });
const Label = Type.Object({ en: Words, ja: Words }, { additionalProperties: false });
const TextSchema = Type.Union([Words, Label]);

const ItemSchema = Type.Object(
  {
    id: Type.String({ pattern: ITEM_ID_PATTERN }),
    name: TextSchema,
    category: Id,
    consumable: Type.Optional(Type.Boolean()),
    available: Type.Optional(Type.Boolean()),
    sensitive: Type.Optional(Type.Union([Type.Boolean(), Words])),
  },
  { additionalProperties: false },
);

const CategorySchema = Type.Union([
  TextSchema,
  Type.Object(
    { label: TextSchema, sensitive: Type.Optional(Type.Boolean()) },
    { additionalProperties: false },
  ),
]);

const KINDS = ["purchase", "download", "cart", "view", "interest", "owned", "dismissed", "ignore"];

/** The file's schema (TypeBox: validation and documentation from one object). */
export const CatalogFileSchema = Type.Object(
  {
    items: Type.Array(ItemSchema, { minItems: 1, maxItems: 200_000 }),
    categories: Type.Optional(Type.Record(Id, CategorySchema)),
    interests: Type.Optional(Type.Record(Type.String({ minLength: 1, maxLength: 64 }), Id)),
    fields: Type.Optional(Type.Record(Id, Type.Unsafe<FieldKind>({ type: "string", enum: KINDS }))),
  },
  { additionalProperties: false },
);
type CatalogFile = Static<typeof CatalogFileSchema>;

/** A catalog ready to serve. */
export interface ServedCatalog {
  readonly items: readonly CatalogItem[];
  readonly categories: Readonly<Record<string, Text | CategoryInfo>>;
  /** Declared answer values that name a category by another word (`cost` → `pricing`). */
  readonly interests: ReadonlyMap<string, string>;
  /** Field kinds set by hand; other fields are recognised by their id and source. */
  readonly fields: ReadonlyMap<string, FieldKind>;
  /** Where it came from (`file` or `example:<name>`), for logs. */
  readonly source: string;
}

/** Why a catalog file cannot be used: where, and what kind of problem (never a value). */
export class CatalogProblem extends Error {
  constructor(readonly details: readonly ErrorDetail[]) {
    super("catalog problem");
    this.name = "CatalogProblem";
  }
}

const check = Compile(CatalogFileSchema);

/**
 * Parses a catalog file's text (YAML or JSON; JSON is YAML). Throws
 * `CatalogProblem` listing up to 10 problems as JSON pointers.
 *
 * @example
 * ```ts
 * const catalog = parseCatalogFile("items:\n  - { id: tent, name: Tent, category: camping }\n", "catalog.yaml");
 * ```
 */
export function parseCatalogFile(text: string, source: string): ServedCatalog {
  let data: unknown;
  try {
    data = parseYaml(text, { maxAliasCount: 100 });
  } catch {
    throw new CatalogProblem([{ path: "/", problem: "not_yaml" }]);
  }
  if (!check.Check(data)) {
    const details: ErrorDetail[] = [];
    for (const error of check.Errors(data)) {
      if (error.keyword === "boolean" || error.keyword === "anyOf") continue;
      details.push({ path: error.instancePath || "/", problem: error.keyword });
      if (details.length >= 10) break;
    }
    throw new CatalogProblem(details.length > 0 ? details : [{ path: "/", problem: "invalid" }]);
  }
  const file = data as CatalogFile;
  const seen = new Set<string>();
  file.items.forEach((item, i) => {
    if (seen.has(item.id))
      throw new CatalogProblem([{ path: `/items/${i}/id`, problem: "duplicate" }]);
    seen.add(item.id);
  });
  return {
    items: file.items as readonly CatalogItem[],
    categories: (file.categories ?? {}) as Record<string, Text | CategoryInfo>,
    interests: new Map(Object.entries(file.interests ?? {})),
    fields: new Map(Object.entries(file.fields ?? {})),
    source,
  };
}
