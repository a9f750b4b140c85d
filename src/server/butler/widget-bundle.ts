/**
 * The `<tactful-slot>` script, bundled once per process. From a clone (what
 * `npm start` runs), esbuild bundles `src/web/widgets/slot/` on the first request
 * (tens of milliseconds); an installed package serves the file `npm run build:web`
 * wrote to `dist/web/tactful-slot.js`.
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

/** A built script and its validator. */
export interface WidgetScript {
  readonly code: string;
  readonly etag: string;
}

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Where the widget's source entry is, from `src/` or from `dist/`. */
export function widgetSource(): string | null {
  for (const path of [
    here("../../web/widgets/slot/index.ts"),
    here("../../../src/web/widgets/slot/index.ts"),
  ]) {
    if (existsSync(path)) return path;
  }
  return null;
}

/** Where a prebuilt bundle may be (next to `dist/server/`, or `dist/` from a clone). */
export const PREBUILT_WIDGET = [
  here("../../web/tactful-slot.js"),
  here("../../../dist/web/tactful-slot.js"),
] as const;

/**
 * Bundles the widget with esbuild: one minified IIFE, no dependencies.
 *
 * @example
 * ```ts
 * const code = await bundleWidget(widgetSource()!);
 * ```
 */
export async function bundleWidget(entry: string): Promise<string> {
  const esbuild = await import("esbuild");
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: "iife",
    target: ["es2020"],
    platform: "browser",
    write: false,
    legalComments: "none",
    logLevel: "silent",
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error("esbuild produced no output");
  return file.text;
}

let cached: Promise<WidgetScript> | null = null;

/** The script, built or read once; a failure is retried on the next call. */
export function widgetScript(): Promise<WidgetScript> {
  cached ??= (async () => {
    const source = widgetSource();
    let code: string | null = null;
    if (source) code = await bundleWidget(source).catch(() => null);
    for (const path of PREBUILT_WIDGET) code ??= await readFile(path, "utf8").catch(() => null);
    if (code === null) throw new Error("the widget script is neither buildable nor prebuilt");
    const etag = `"${createHash("sha256").update(code).digest("base64url").slice(0, 22)}"`;
    return { code, etag };
  })();
  cached.catch(() => {
    cached = null;
  });
  return cached;
}
