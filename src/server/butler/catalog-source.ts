/**
 * Where the server finds its recommendation catalog: a `catalog.yaml`,
 * `catalog.yml` or `catalog.json` next to the config file; else, for the bundled
 * examples' configs, the example's own catalog; else none (the route answers
 * `API_CATALOG_MISSING`).
 */
import { readFile, stat } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { CatalogProblem, parseCatalogFile, type ServedCatalog } from "./catalog-file.js";
import { b2bCatalog, shopCatalog } from "./example-catalogs.js";

/** File names looked for next to the config, in this order. */
export const CATALOG_FILES = ["catalog.yaml", "catalog.yml", "catalog.json"] as const;

const EXAMPLES: ReadonlyArray<readonly [string, () => ServedCatalog]> = [
  [
    fileURLToPath(new URL("../../../examples/shop/tactful.config.yaml", import.meta.url)),
    shopCatalog,
  ],
  [
    fileURLToPath(new URL("../../../examples/b2b/tactful.config.yaml", import.meta.url)),
    b2bCatalog,
  ],
];

/** A loaded catalog, with what to compare to notice a change. */
export interface LoadedCatalog {
  readonly catalog: ServedCatalog;
  /** The file and its modification time, or null for a bundled example. */
  readonly file: { readonly path: string; readonly mtimeMs: number } | null;
}

/**
 * Loads the catalog for the config at `configPath`. Resolves null when there is
 * none; throws `CatalogProblem` when the file is unreadable or invalid.
 *
 * @example
 * ```ts
 * const loaded = await loadCatalogFor("/srv/shop/tactful.config.yaml"); // reads /srv/shop/catalog.yaml
 * ```
 */
export async function loadCatalogFor(configPath: string): Promise<LoadedCatalog | null> {
  const file = await findCatalogFile(configPath);
  if (file) {
    let text: string;
    try {
      text = await readFile(file.path, "utf8");
    } catch {
      throw new CatalogProblem([{ path: "/", problem: "unreadable" }]);
    }
    return { catalog: parseCatalogFile(text, "file"), file };
  }
  const absolute = resolve(configPath);
  const example = EXAMPLES.find(([path]) => path === absolute);
  return example ? { catalog: example[1](), file: null } : null;
}

/** The catalog file next to the config, if any, with its modification time. */
export async function findCatalogFile(
  configPath: string,
): Promise<{ path: string; mtimeMs: number } | null> {
  const folder = dirname(resolve(configPath));
  for (const name of CATALOG_FILES) {
    const path = join(folder, name);
    const info = await stat(path).catch(() => null);
    if (info?.isFile()) return { path, mtimeMs: info.mtimeMs };
  }
  return null;
}
