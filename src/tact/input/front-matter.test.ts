import { describe, expect, it } from "vitest";
import { parseTemplate } from "./front-matter.js";

describe("parseTemplate", () => {
  it("splits front matter from the body and keeps the offsets of copy fields", () => {
    const text =
      '---\nsubject: "Hi {{first_name}}, new arrivals"\nfrom_name: Acme Store # the brand\nchannel: email\nkind: marketing\npreheader: |\n  Fresh picks\n  for spring\n---\nHello!\n';
    const parsed = parseTemplate(text);
    expect(parsed.frontMatter).toMatchObject({
      subject: "Hi {{first_name}}, new arrivals",
      from_name: "Acme Store",
      channel: "email",
      kind: "marketing",
    });
    expect(parsed.body).toBe("Hello!\n");
    expect(text.slice(parsed.bodyOffset)).toBe("Hello!\n");
    const slice = (key: string) => {
      const field = parsed.fields.find((f) => f.key === key);
      return field ? text.slice(field.start, field.end) : undefined;
    };
    expect(slice("subject")).toBe("Hi {{first_name}}, new arrivals");
    expect(slice("from_name")).toBe("Acme Store");
    expect(slice("preheader")).toBe("  Fresh picks\n  for spring");
  });

  it("folds common aliases (subject_line, preview_text, from)", () => {
    const parsed = parseTemplate(
      "---\nsubject_line: A\npreview_text: B\nfrom: Shop <shop@example.com>\n---\nbody",
    );
    expect(parsed.frontMatter).toMatchObject({
      subject: "A",
      preheader: "B",
      from_name: "Shop <shop@example.com>",
    });
    expect(parsed.fields.map((f) => f.key).sort()).toEqual(["from_name", "preheader", "subject"]);
  });

  it("treats text without a closing line as plain text, and reports a YAML error's line", () => {
    expect(parseTemplate("---\nsubject: x\nno closing").hasFrontMatter).toBe(false);
    expect(parseTemplate("Just text").bodyOffset).toBe(0);
    const broken = parseTemplate("---\nsubject: ok\nkind: [unclosed\n---\nbody");
    expect(broken.hasFrontMatter).toBe(true);
    expect(broken.errorLine).toBeGreaterThanOrEqual(3);
    expect(broken.body).toBe("body");
  });
});
