import { describe, expect, it } from "vitest";
import { extractMergeTags } from "./merge-tags.js";

const names = (text: string) => extractMergeTags(text).map((tag) => tag.name);

describe("extractMergeTags", () => {
  it("normalizes the tags of every common tool to the variable they print", () => {
    const text =
      "{{ customer.first_name | capitalize }} *|FNAME|* %FIRSTNAME% %%FirstName%% {Name} {名前} " +
      '{{contact.firstname}} {{{first_name}}} {{capitalize first_name}} {{ personalization_token("contact.firstname", "there") }} ' +
      '{{lead.First Name:default=there}} [[FIRSTNAME OR "there"]] {!firstname_fix} {{ customer["last_name"] }}';
    expect(names(text)).toEqual([
      "customer.first_name",
      "FNAME",
      "FIRSTNAME",
      "FirstName",
      "Name",
      "名前",
      "contact.firstname",
      "first_name",
      "first_name",
      "contact.firstname",
      "lead.First Name",
      "FIRSTNAME",
      "firstname_fix",
      "customer.last_name",
    ]);
  });

  it("finds the tag after an opener left unclosed, and copes with a text of openers alone", () => {
    expect(names("{{ oops {{first_name}}, hello")).toEqual(["first_name"]);
    expect(names("Hi {{!-- {{first_name}} is commented out --}} there")).not.toContain(
      "first_name",
    );
    // Each opener used to scan to the end of the text: 100 KB of them took seconds.
    for (const opener of ["{{", "{%", "{#", "{{!--"]) {
      expect(names(opener.repeat(20_000)).filter(Boolean)).toEqual([]);
    }
  });

  it("gives exact offsets: raw is the slice of the text", () => {
    const text = "Hi {{- first_name -}}, 今月は *|FNAME|* さんへ 🎉 {{ fields.cart_items }}";
    for (const tag of extractMergeTags(text)) expect(text.slice(tag.start, tag.end)).toBe(tag.raw);
    expect(names(text)).toEqual(["first_name", "FNAME", "fields.cart_items"]);
    expect(extractMergeTags(text)[2]?.path).toEqual(["fields", "cart_items"]);
  });

  it("tells printed values from control flow and comments", () => {
    const tags = extractMergeTags(
      "{% if cart_items %}{{ cart_items }}{% endif %}{{#each items}}{{name}}{{/each}}*|IF:FNAME|**|END:IF|*{# note #}{{!-- hb --}}{% comment %}{{ hidden }}{% endcomment %}{% for line in order.lines %}",
    );
    expect(tags.map((t) => [t.kind, t.name, t.keyword ?? null])).toEqual([
      ["block", "cart_items", "if"],
      ["output", "cart_items", null],
      ["block", "", "endif"],
      ["block", "items", "each"],
      ["output", "name", null],
      ["block", "", "each"],
      ["block", "FNAME", "IF"],
      ["block", "", "END"],
      ["comment", "", null],
      ["comment", "", null],
      ["comment", "", null],
      ["block", "order.lines", "for"],
    ]);
  });

  it("does not mistake percentages, JSON or CSS for tags", () => {
    expect(names('50% off and 20% more, {"a": 1}, p {color: red}, 100%OFF')).toEqual([]);
    expect(extractMergeTags("No tags at all here.")).toEqual([]);
  });
});
