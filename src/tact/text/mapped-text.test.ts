import { describe, expect, it } from "vitest";
import { mapRange } from "./mapped-text.js";

describe("normalization with offsets", () => {
  it("normalizes full-width ASCII, half-width katakana and curly quotes, mapping ranges back exactly", () => {
    const original = "ＷＥ noticed ﾊﾟｿｺﾝ you’re “here”";
    const mapped = mapRange(original, 0, original.length);
    expect(mapped.text).toBe('WE noticed パソコン you\'re "here"');
    const at = mapped.text.indexOf("パソコン");
    const [start, end] = mapped.toOriginal(at, at + 4);
    expect(original.slice(start, end)).toBe("ﾊﾟｿｺﾝ");
    const you = mapped.text.indexOf("you're");
    const [s2, e2] = mapped.toOriginal(you, you + 6);
    expect(original.slice(s2, e2)).toBe("you’re");
  });

  it("maps an expansion (㈱ -> (株)) and removed invisible characters to whole original characters", () => {
    const original = "a㈱b\u200bc";
    const mapped = mapRange(original, 0, original.length);
    expect(mapped.text).toBe("a(株)bc");
    expect(mapped.toOriginal(2, 3)).toEqual([1, 2]);
    expect(mapped.toOriginal(4, 6)).toEqual([2, 5]);
  });

  it("composes decomposed kana (as pasted from some systems) and maps back to both code units", () => {
    const original = "こ\u3099覧になっていましたね";
    const mapped = mapRange(original, 0, original.length);
    expect(mapped.text).toBe("ご覧になっていましたね");
    expect(mapped.toOriginal(0, 2)).toEqual([0, 3]);
  });

  it("keeps identity offsets for text that needs no change, including astral characters", () => {
    const original = "前置き🎉本文です";
    const mapped = mapRange(original, 0, original.length);
    expect(mapped.text).toBe(original);
    expect(mapped.toOriginal(4, 6)).toEqual([4, 6]);
    expect(mapped.toOriginal(9, 9)).toEqual([9, 9]);
  });
});
