/**
 * All migrations, in order, compiled into the package (no files read at run time).
 * @internal
 */
import type { Migration, MigrationProvider } from "kysely";
import * as initial from "./0001-initial.js";
import * as erasures from "./0002-erasures.js";
import * as provenance from "./0003-event-provenance.js";

const MIGRATIONS: Record<string, Migration> = {
  "0001-initial": initial,
  "0002-erasures": erasures,
  "0003-event-provenance": provenance,
};

/** The migrations as a Kysely provider. */
export const migrationProvider: MigrationProvider = {
  getMigrations: async () => MIGRATIONS,
};

/** The name of the newest migration this build knows. */
export const LATEST_MIGRATION = Object.keys(MIGRATIONS).at(-1) ?? "";
