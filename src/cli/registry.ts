/**
 * Every command, loaded lazily. Add a command: one file in `commands/`, one line here,
 * its summary and help in `i18n/{en,ja}/cli.ts`.
 * @internal
 */
import type { Command } from "./command.js";

type Loader = () => Promise<Command>;

export const registry: Readonly<Record<string, Loader>> = {};
