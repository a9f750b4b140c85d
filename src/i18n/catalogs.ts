/**
 * The assembled catalogs. Each domain adds its own pair of files and one line here.
 * @internal
 */
import { butlerEn } from "./en/butler.js";
import { cliEn } from "./en/cli.js";
import { commonEn } from "./en/common.js";
import { configEn } from "./en/config.js";
import { policyEn } from "./en/policy.js";
import { serverEn } from "./en/server.js";
import { storeEn } from "./en/store.js";
import { tactEn } from "./en/tact.js";
import { butlerJa } from "./ja/butler.js";
import { cliJa } from "./ja/cli.js";
import { commonJa } from "./ja/common.js";
import { configJa } from "./ja/config.js";
import { policyJa } from "./ja/policy.js";
import { serverJa } from "./ja/server.js";
import { storeJa } from "./ja/store.js";
import { tactJa } from "./ja/tact.js";

const en = {
  ...commonEn,
  ...cliEn,
  ...configEn,
  ...policyEn,
  ...butlerEn,
  ...storeEn,
  ...serverEn,
  ...tactEn,
};

/** Japanese must cover every English key (type-checked). */
const ja: Record<keyof typeof en, string> = {
  ...commonJa,
  ...cliJa,
  ...configJa,
  ...policyJa,
  ...butlerJa,
  ...storeJa,
  ...serverJa,
  ...tactJa,
};

export const catalogs = { en, ja } as const;
