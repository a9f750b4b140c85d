/**
 * Sentence boundaries from `Intl.Segmenter` (ICU), computed only when a rule asks
 * for the sentence around a match, and only for the line it is on: most copy
 * never needs them, and a line is a few dozen characters.
 * @internal
 */

let segmenters: { ja: Intl.Segmenter; en: Intl.Segmenter } | undefined;

function segmenter(lang: "ja" | "en"): Intl.Segmenter {
  segmenters ??= {
    ja: new Intl.Segmenter("ja", { granularity: "sentence" }),
    en: new Intl.Segmenter("en", { granularity: "sentence" }),
  };
  return segmenters[lang];
}

/** ICU keeps "。" + Latin, or "!?" runs, in one sentence; split those as well. */
const EXTRA_BREAK = /[。！？!?](?=[^\s。！？!?」』）)])/g;

/** Sentences of one text, searchable by offset. */
export class Sentences {
  /** Sentence starts per line, keyed by the line's start offset. */
  private readonly lines = new Map<number, number[]>();

  constructor(
    private readonly text: string,
    private readonly lang: "ja" | "en",
  ) {}

  /** `[start, end)` of the sentence containing `offset`. */
  around(offset: number): [number, number] {
    const text = this.text;
    const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
    let lineEnd = text.indexOf("\n", offset);
    if (lineEnd < 0) lineEnd = text.length;
    const starts = this.startsOf(lineStart, lineEnd);
    let index = 0;
    while (index + 1 < starts.length && (starts[index + 1] as number) <= offset) index++;
    return [starts[index] as number, starts[index + 1] ?? lineEnd];
  }

  /** The sentence containing `offset`, and where it starts. */
  textAround(offset: number): { text: string; start: number } {
    const [start, end] = this.around(offset);
    return { text: this.text.slice(start, end), start };
  }

  private startsOf(lineStart: number, lineEnd: number): number[] {
    const cached = this.lines.get(lineStart);
    if (cached) return cached;
    const line = this.text.slice(lineStart, lineEnd);
    const starts: number[] = [];
    for (const segment of segmenter(this.lang).segment(line)) {
      starts.push(lineStart + segment.index);
      const body = segment.segment;
      EXTRA_BREAK.lastIndex = 0;
      for (let m = EXTRA_BREAK.exec(body); m; m = EXTRA_BREAK.exec(body)) {
        if (m.index + 1 < body.length) starts.push(lineStart + segment.index + m.index + 1);
      }
    }
    if (starts.length === 0) starts.push(lineStart);
    starts.sort((a, b) => a - b);
    this.lines.set(lineStart, starts);
    return starts;
  }
}
