import { describe, expect, it } from "vitest";
import { firstParagraph } from "./heading.js";

describe("firstParagraph", () => {
  it("takes the first paragraph after the front matter", () => {
    expect(
      firstParagraph("---\nchannel: onsite\n---\n\nYou might also\nfind these useful.\n\nMore."),
    ).toBe("You might also find these useful.");
  });

  it("refuses copy that is not a plain heading: merge tags, markup, links", () => {
    expect(firstParagraph("Hi {{ first_name }}, look")).toBeNull();
    expect(firstParagraph("<b>Bold</b>")).toBeNull();
    expect(firstParagraph("# Title")).toBeNull();
    expect(firstParagraph("See [this](https://x)")).toBeNull();
    expect(firstParagraph("---\na: 1\n---\n\n")).toBeNull();
  });
});
