import { describe, expect, it } from "vitest";
import {
  checkConfig,
  type Finding,
  lint,
  type PhraseDictionary,
  TactConfigError,
} from "../index.js";

const counted = (findings: readonly Finding[]) => findings.filter((f) => f.severity !== "info");
const ids = (findings: readonly Finding[]) => counted(findings).map((f) => f.ruleId);
const slice = (text: string, finding: Finding | undefined) =>
  finding ? text.slice(finding.range[0], finding.range[1]) : undefined;

describe("lint: findings a writer can act on", () => {
  it("gives rule id, code, both languages, exact UTF-16 position, a suggestion and the docs page", () => {
    const text = "Hello 🎉\nAt 11:42 pm last night you viewed our mattress page.";
    const result = lint(text, { channel: "email_body" });
    const viewed = result.findings.find((f) => f.ruleId === "tact/no-surveillance-reveal");
    expect(viewed).toMatchObject({
      severity: "error",
      code: "TACT_SURVEILLANCE_PAST_ACT",
      line: 2,
      column: 24,
      endLine: 2,
      part: "body",
    });
    expect(slice(text, viewed)).toBe("you viewed");
    expect(viewed?.endColumn).toBe(24 + "you viewed".length);
    expect(viewed?.message.en).toMatch(/watched/);
    expect(viewed?.message.ja).toMatch(/監視/);
    expect(viewed?.suggestion?.message.en).toBeTruthy();
    expect(viewed?.docsUrl).toMatch(/docs\/tact\/rules\/no-surveillance-reveal\.md$/);
    const time = result.findings.find((f) => f.code === "TACT_PRECISE_TIME");
    expect(slice(text, time)).toBe("At 11:42 pm");
    expect(result.errorCount).toBeGreaterThanOrEqual(2);
    expect(result.lang).toBe("en");
  });

  it("reads Japanese in every width and maps the range back to what was written", () => {
    const text = "先日ﾁｪｯｸしていた商品が値下がりしました！";
    const result = lint(text, { channel: "push" });
    const finding = result.findings.find((f) => f.ruleId === "tact/no-surveillance-reveal");
    expect(slice(text, finding)).toBe("ﾁｪｯｸしていた");
    expect(result.lang).toBe("ja");
    const fullWidth = lint("ＷＥ ＮＯＴＩＣＥＤ ＹＯＵ ＷＥＲＥ ＬＯＯＫＩＮＧ ＡＴ the boots", {
      channel: "email_subject",
    });
    expect(ids(fullWidth.findings)).toContain("tact/no-surveillance-reveal");
  });

  it("passes reminders of what the reader chose to do", () => {
    for (const text of [
      "Your cart is saved for you",
      "Thanks for downloading the checklist. The next guide covers rollout.",
      "カートに商品が残っています。ご都合のよいときにご確認ください。",
      "資料をダウンロードいただきありがとうございます。",
      "最後までご覧いただき、ありがとうございました。詳しくはサイトをご覧ください。",
    ]) {
      expect({ text, found: ids(lint(text).findings) }).toEqual({ text, found: [] });
    }
  });
});

describe("lint: channels", () => {
  it("lets an on-site 'recently viewed' list through but not the same words in an email", () => {
    expect(ids(lint("Recently viewed", { channel: "onsite" }).findings)).toEqual([]);
    expect(ids(lint("Recently viewed", { channel: "email_body" }).findings)).toEqual([
      "tact/no-surveillance-reveal",
    ]);
    expect(ids(lint("最近チェックした商品", { channel: "onsite" }).findings)).toEqual([]);
    expect(ids(lint("最近チェックした商品", { channel: "email_body" }).findings)).toEqual([
      "tact/no-surveillance-reveal",
    ]);
  });

  it("weakens a claim of watching to a hint on-site, but not its intensity", () => {
    const onsite = lint("We noticed you were looking at the boots.", { channel: "onsite" });
    expect(onsite.findings.map((f) => f.severity)).toEqual(["info"]);
    const detail = lint("You've viewed this 6 times today.", { channel: "onsite" });
    expect(ids(detail.findings)).toEqual(["tact/no-precise-tracking"]);
  });

  it("flags any name in an ad, and none in transactional mail", () => {
    expect(ids(lint("{{first_name}}, your sofa is here", { channel: "ad" }).findings)).toEqual([
      "tact/no-name-overuse",
    ]);
    const receipt =
      "Hi {{first_name}}, order {{order_id}} shipped. {{first_name}}, track it anytime.";
    expect(ids(lint(receipt, { kind: "transactional" }).findings)).toEqual([]);
    expect(ids(lint(receipt, { kind: "marketing" }).findings)).toContain("tact/no-name-overuse");
  });
});

describe("lint: templates, HTML and Markdown", () => {
  it("counts the name across subject and body, and in the sender name", () => {
    const text =
      '---\nsubject: "{{ customer.first_name }}, new arrivals"\nfrom_name: "{{ customer.first_name }} at Acme"\n---\nDear {{ customer.first_name }},\n\nOur range is here.';
    const result = lint(text);
    const names = result.findings.filter((f) => f.ruleId === "tact/no-name-overuse");
    expect(names.map((f) => [f.code, f.part, f.line])).toEqual([
      ["TACT_NAME_IN_SENDER", "from_name", 3],
      ["TACT_NAME_REPEATED", "body", 5],
    ]);
    expect(slice(text, names[1])).toBe("{{ customer.first_name }}");
    expect(result.format).toBe("template");
  });

  it("never reads merge tags, markup or link targets as prose", () => {
    const html =
      '<p>Hi {{ first_name }},</p><p><a href="https://shop.example/recently-viewed?ref=you-viewed">Shop the sale</a></p><!-- you viewed -->{% if recently_viewed %}{{ recently_viewed_items }}{% endif %}';
    expect(ids(lint(html).findings)).toEqual([]);
    expect(lint(html).format).toBe("html");
    const md = "Spring is here. [Shop now](https://x.example/we-noticed-you-were-looking-at)";
    expect(ids(lint(md).findings)).toEqual([]);
  });

  it("finds prose inside HTML with entities decoded and the range on the source", () => {
    const html =
      "<div><p>We noticed you&rsquo;ve been looking at the <b>Trail Runner</b>.</p></div>";
    const finding = lint(html).findings.find((f) => f.ruleId === "tact/no-surveillance-reveal");
    expect(slice(html, finding)).toBe("We noticed you&rsquo;ve been");
  });

  it("detects the body format of a template, and obeys an explicit format", () => {
    const html = '---\nsubject: Hi\n---\n<p><a href="https://x.example/you-viewed">Shop</a></p>';
    expect(ids(lint(html, { format: "template" }).findings)).toEqual([]);
    expect(lint(html, { format: "template" }).format).toBe("template");
    const asText = lint("<p>Recently viewed</p>", { format: "text" });
    expect(asText.format).toBe("text");
    expect(ids(asText.findings)).toEqual(["tact/no-surveillance-reveal"]);
  });

  it("reports a broken front matter instead of guessing", () => {
    const result = lint("---\nsubject: ok\nkind: [oops\n---\nHello");
    expect(result.findings.map((f) => f.code)).toEqual(["TACT_FRONT_MATTER_INVALID"]);
    expect(result.errorCount).toBe(1);
    const relaxed = lint("---\nkind: [oops\n---\nHello", {
      rules: { "tact/front-matter": "warning" },
    });
    expect(relaxed.findings.map((f) => f.severity)).toEqual(["warning"]);
  });
});

describe("lint: transparency in marketing email", () => {
  const body = "Our spring range is here.";
  it("asks for an unsubscribe link and a reason, only for marketing email", () => {
    const codes = lint(body, { kind: "marketing" }).findings.map((f) => f.code);
    expect(codes).toEqual(["TACT_NO_UNSUBSCRIBE", "TACT_NO_REASON"]);
    expect(lint(body).findings).toEqual([]);
    expect(lint(body, { kind: "transactional" }).findings).toEqual([]);
    expect(lint(body, { kind: "marketing", channel: "onsite" }).findings).toEqual([]);
  });

  it("accepts an unsubscribe merge tag, a link or the words, in either language", () => {
    const reason = "You get this because you subscribed to our newsletter.";
    for (const footer of [
      "*|UNSUB|*",
      "{{ unsubscribe_url }}",
      "{% unsubscribe %}",
      '<a href="https://x.example/email-preferences">Settings</a>',
      "Unsubscribe at any time.",
    ]) {
      expect(lint(`${body}\n${reason}\n${footer}`, { kind: "marketing" }).findings).toEqual([]);
    }
    const ja =
      "新作のご案内です。\nこのメールはメールマガジンにご登録いただいた方にお送りしています。配信停止はこちら";
    expect(lint(ja, { kind: "marketing" }).findings).toEqual([]);
  });
});

describe("lint: configuration", () => {
  const text = "Only 5 minutes left! We noticed you were looking at it.";

  it("turns rules off and changes their severity", () => {
    const off = lint(text, {
      rules: { "tact/no-dark-patterns": "off", "tact/no-surveillance-reveal": false },
    });
    expect(off.findings).toEqual([]);
    const severe = lint(text, {
      rules: { "tact/no-dark-patterns": "error", "tact/no-surveillance-reveal": "warn" },
    });
    expect(severe.findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ["tact/no-dark-patterns", "error"],
      ["tact/no-surveillance-reveal", "warning"],
    ]);
  });

  it("rejects an unknown rule or level at setup", () => {
    expect(() => lint(text, { rules: { "tact/no-such-rule": "off" } })).toThrow(TactConfigError);
    try {
      checkConfig({ rules: { "tact/no-dark-patterns": "loud" as never } });
      expect.unreachable();
    } catch (error) {
      expect((error as TactConfigError).code).toBe("TACT_CONFIG_BAD_LEVEL");
      expect((error as TactConfigError).localized("ja")).toContain("tact/no-dark-patterns");
    }
  });

  it("drops findings that overlap an allowed phrase, globally or per rule", () => {
    const global = lint(text, { allow: ["5 MINUTES LEFT"] });
    expect(ids(global.findings)).toEqual(["tact/no-surveillance-reveal"]);
    expect(global.suppressedCount).toBe(1);
    const perRule = lint(text, {
      rules: { "tact/no-surveillance-reveal": { allow: ["we noticed"] } },
    });
    expect(ids(perRule.findings)).toEqual(["tact/no-dark-patterns"]);
  });

  it("honours tactful-disable-next-line in any comment syntax, for all or named rules", () => {
    const template = [
      "<!-- tactful-disable-next-line -->",
      "We noticed you were looking at it.",
      "{# tactful-disable-next-line tact/no-dark-patterns #}",
      "Only 5 minutes left!",
      "{{!-- tactful-disable-next-line tact/no-name-overuse --}}",
      "You viewed this yesterday.",
    ].join("\n");
    const result = lint(template);
    expect(result.findings.map((f) => [f.ruleId, f.line])).toEqual([
      ["tact/no-surveillance-reveal", 6],
    ]);
    expect(result.suppressedCount).toBe(2);
  });
});

describe("lint: robustness", () => {
  it("turns a crashing rule into a finding and still runs the others", () => {
    const broken = {
      exec() {
        throw new Error("boom");
      },
      lastIndex: 0,
    } as unknown as RegExp;
    const dictionary: PhraseDictionary = {
      id: "house",
      entries: [
        {
          id: "house/broken",
          category: "custom",
          severity: "warning",
          patterns: [broken],
          message: { en: "x", ja: "x" },
        },
      ],
    };
    const result = lint("You viewed our page.", { dictionaries: [dictionary] });
    expect(result.findings.map((f) => [f.ruleId, f.code])).toEqual([
      ["house/broken", "TACT_RULE_CRASHED"],
      ["tact/no-surveillance-reveal", "TACT_SURVEILLANCE_PAST_ACT"],
    ]);
  });

  it("handles empty and odd input without throwing", () => {
    for (const text of ["", "\n\n", "---\n---\n", "<p></p>", "{{", "*|", "\ud83d", "ﾞﾞﾞ"]) {
      expect(lint(text).errorCount).toBe(0);
    }
  });
});
