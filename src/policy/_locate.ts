/**
 * Maps a path in the parsed YAML back to a line and column in the source.
 * @internal
 */
import { type Document, isMap, isPair, isScalar, isSeq, type LineCounter, type Node } from "yaml";
import type { ConfigPath } from "./problem.js";

export interface Position {
  readonly line: number;
  readonly column: number;
}

/**
 * Where `path` points: the value node when it exists; for a key (`asKey`), the key
 * itself; for a missing entry, the nearest existing parent.
 */
export function locate(
  doc: Document,
  lines: LineCounter,
  path: ConfigPath,
  asKey = false,
): Position {
  let node: unknown = doc.contents;
  let found: Node | null = isNode(node) ? node : null;
  for (let i = 0; i < path.length; i++) {
    const part = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && keyOf(item.key) === part);
      if (!pair) break;
      if (last && asKey && isNode(pair.key)) {
        found = pair.key;
        break;
      }
      node = pair.value;
      if (isNode(node)) found = node;
      else if (isNode(pair.key)) found = pair.key;
    } else if (isSeq(node) && typeof part === "number") {
      node = node.items[part];
      if (!isNode(node)) break;
      found = node;
    } else break;
  }
  const offset = found?.range?.[0] ?? 0;
  const pos = lines.linePos(offset);
  return { line: pos.line, column: pos.col };
}

function keyOf(key: unknown): unknown {
  return isScalar(key) ? key.value : key;
}

function isNode(value: unknown): value is Node {
  return typeof value === "object" && value !== null && "range" in value;
}
