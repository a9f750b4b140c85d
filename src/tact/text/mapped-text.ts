/**
 * Text that rules read (prose, NFKC-normalized, markup masked) together with a
 * map back to offsets in the original input, so every finding's range is exact.
 * @internal
 */
import { normalizeChar } from "./normalize.js";

/**
 * One run of the analysed text. `identity` runs map character by character;
 * other runs (a normalized cluster, a replaced tag) map as a whole.
 */
interface Segment {
  readonly from: number;
  readonly to: number;
  readonly origFrom: number;
  readonly origTo: number;
  readonly identity: boolean;
}

/** Analysed text with offsets back into the original. */
export class MappedText {
  constructor(
    readonly text: string,
    private readonly segments: readonly Segment[],
    /** Original offset of the position just past the analysed text. */
    private readonly origEnd: number,
  ) {}

  /** Original `[start, end)` for the analysed range `[start, end)`. */
  toOriginal(start: number, end: number): [number, number] {
    if (end <= start) {
      const at = this.startOf(start);
      return [at, at];
    }
    return [this.startOf(start), this.endOf(end - 1)];
  }

  private find(index: number): Segment | undefined {
    const segments = this.segments;
    let low = 0;
    let high = segments.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const segment = segments[mid] as Segment;
      if (index < segment.from) high = mid - 1;
      else if (index >= segment.to) low = mid + 1;
      else return segment;
    }
    return undefined;
  }

  private startOf(index: number): number {
    const segment = this.find(index);
    if (!segment) return this.origEnd;
    return segment.identity ? segment.origFrom + (index - segment.from) : segment.origFrom;
  }

  private endOf(index: number): number {
    const segment = this.find(index);
    if (!segment) return this.origEnd;
    return segment.identity ? segment.origFrom + (index - segment.from) + 1 : segment.origTo;
  }
}

/** Builds a `MappedText` piece by piece while the input is scanned once. */
export class MappedTextBuilder {
  private readonly chunks: string[] = [];
  private readonly segments: Segment[] = [];
  private length = 0;

  /** Appends `source[from, to)`, normalized, keeping a per-character map. */
  verbatim(source: string, from: number, to: number): void {
    let runStart = from;
    let i = from;
    while (i < to) {
      const code = source.charCodeAt(i);
      // ASCII, CJK punctuation (but the ideographic space and wave dash), kana and
      // the common kanji block never change under our normalization, unless a
      // combining mark follows (decomposed が = か + U+3099).
      if (
        (code < 0x80 ||
          (code >= 0x3041 && code <= 0x3096) ||
          (code >= 0x30a0 && code <= 0x30fe) ||
          (code >= 0x4e00 && code <= 0x9fff) ||
          (code >= 0x3001 && code <= 0x3035 && code !== 0x301c)) &&
        !isCombining(source.charCodeAt(i + 1))
      ) {
        i++;
        continue;
      }
      const clusterEnd = clusterEndAt(source, i, to);
      const cluster = source.slice(i, clusterEnd);
      const normalized = normalizeChar(cluster);
      if (normalized === cluster) {
        i = clusterEnd;
        continue;
      }
      this.identity(source, runStart, i);
      this.replace(normalized, i, clusterEnd);
      i = clusterEnd;
      runStart = i;
    }
    this.identity(source, runStart, to);
  }

  /** Appends `text` standing for the original range `[from, to)` as a whole. */
  replace(text: string, from: number, to: number): void {
    if (text.length === 0) return;
    this.chunks.push(text);
    this.segments.push({
      from: this.length,
      to: this.length + text.length,
      origFrom: from,
      origTo: to,
      identity: false,
    });
    this.length += text.length;
  }

  /** Finishes; `origEnd` is where an offset just past the text maps to. */
  build(origEnd: number): MappedText {
    return new MappedText(this.chunks.join(""), this.segments, origEnd);
  }

  private identity(source: string, from: number, to: number): void {
    if (to <= from) return;
    this.chunks.push(source.slice(from, to));
    this.segments.push({
      from: this.length,
      to: this.length + (to - from),
      origFrom: from,
      origTo: to,
      identity: true,
    });
    this.length += to - from;
  }
}

/** A base character plus following combining marks (incl. half-width voicing marks). */
function clusterEndAt(source: string, index: number, limit: number): number {
  const code = source.codePointAt(index) ?? 0;
  let end = index + (code > 0xffff ? 2 : 1);
  while (end < limit && isCombining(source.charCodeAt(end))) end++;
  return end;
}

/** Combining marks, including the (half-width) kana voicing marks. */
function isCombining(code: number): boolean {
  return (
    (code >= 0x0300 && code <= 0x036f) ||
    code === 0x3099 ||
    code === 0x309a ||
    code === 0xff9e ||
    code === 0xff9f
  );
}

/** Maps the whole of `source[from, to)` as analysed text (normalized). */
export function mapRange(source: string, from: number, to: number): MappedText {
  const builder = new MappedTextBuilder();
  builder.verbatim(source, from, to);
  return builder.build(to);
}
