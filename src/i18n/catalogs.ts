/**
 * The assembled catalogs. Each domain adds its own pair of files and one line here.
 * @internal
 */
import { cliEn } from "./en/cli.js";
import { commonEn } from "./en/common.js";
import { cliJa } from "./ja/cli.js";
import { commonJa } from "./ja/common.js";

const en = { ...commonEn, ...cliEn };

/** Japanese must cover every English key (type-checked). */
const ja: Record<keyof typeof en, string> = { ...commonJa, ...cliJa };

export const catalogs = { en, ja } as const;
