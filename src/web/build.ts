/**
 * `npm run build:web`: writes the bundled widgets to `dist/web/` so an installed
 * package serves them without esbuild. From a clone the server bundles them on
 * first use instead, so `npm start` needs no extra step.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { bundleWidget, widgetSource } from "../server/butler/widget-bundle.js";

const source = widgetSource();
if (!source) throw new Error("src/web/widgets/slot/index.ts is missing");
const out = fileURLToPath(new URL("../../dist/web/tactful-slot.js", import.meta.url));
await mkdir(fileURLToPath(new URL("../../dist/web/", import.meta.url)), { recursive: true });
await writeFile(out, await bundleWidget(source));
process.stdout.write(`wrote ${out}\n`);
