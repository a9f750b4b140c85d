/**
 * Character normalization for matching: NFKC (full-width ASCII to ASCII, half-width
 * katakana to full-width, circled digits to digits...), plus the typographic
 * variants NFKC keeps apart (curly quotes, dashes) and invisible characters that
 * would split a phrase. Applied per cluster so offsets can be mapped back.
 * @internal
 */

const EXTRA: Readonly<Record<string, string>> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201a": "'",
  "\u201b": "'",
  "\u2032": "'",
  "\u201c": '"',
  "\u201d": '"',
  "\u201e": '"',
  "\u2033": '"',
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "-",
  "\u2013": "-",
  "\u2014": "-",
  "\u2015": "-",
  "\u2212": "-",
  "\u00a0": " ",
  "\u3000": " ",
  // Invisible characters that could hide a phrase from matching.
  "\u200b": "",
  "\u200c": "",
  "\u200d": "",
  "\u2060": "",
  "\ufeff": "",
  "\u00ad": "",
};

const cache = new Map<string, string>();

/** Normalizes one cluster (a base character and its combining marks). */
export function normalizeChar(cluster: string): string {
  const extra = EXTRA[cluster];
  if (extra !== undefined) return extra;
  let hit = cache.get(cluster);
  if (hit === undefined) {
    hit = cluster.normalize("NFKC");
    // NFKC maps the wave dash variants to "~"; keep one spelling for both.
    if (hit === "\u301c") hit = "~";
    if (cache.size < 4096) cache.set(cluster, hit);
  }
  return hit;
}

/** Normalizes a whole string the same way (for allow-lists and dictionary phrases). */
export function normalizeText(text: string): string {
  let out = "";
  for (const char of text) out += normalizeChar(char);
  return out.normalize("NFKC");
}
