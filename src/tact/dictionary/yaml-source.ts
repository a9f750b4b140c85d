/**
 * A parsed YAML document that can say on which line a value sits, so setup
 * errors point at the line to fix.
 * @internal
 */
import { isNode, LineCounter, parseDocument } from "yaml";
import { TactConfigError } from "../engine/errors.js";

/** Path into a YAML document. */
export type YamlPath = ReadonlyArray<string | number>;

/** A YAML text parsed for validation. */
export interface YamlSource {
  readonly value: unknown;
  /** 1-based line of the node at `path` (or of its closest parent). */
  line(path: YamlPath): number;
}

/** Parses YAML; a syntax error throws `errorCode` with the source name and line. */
export function parseYamlSource(text: string, source: string, errorCode: string): YamlSource {
  const counter = new LineCounter();
  const document = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  const first = document.errors[0];
  if (first) {
    const line = counter.linePos(first.pos[0]).line;
    throw new TactConfigError(errorCode, { source, line });
  }
  return {
    value: document.toJS() as unknown,
    line(path) {
      for (let depth = path.length; depth >= 0; depth--) {
        const node = document.getIn(path.slice(0, depth), true);
        if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
      }
      return 1;
    },
  };
}
