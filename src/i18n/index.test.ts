import { describe, expect, it } from "vitest";
import { catalogs } from "./catalogs.js";
import { interpolate, placeholders, render, resolveLang } from "./index.js";

describe("catalogs", () => {
  it("give every English message a Japanese translation with the same placeholders", () => {
    const en = catalogs.en as Record<string, string>;
    const ja = catalogs.ja as Record<string, string>;
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
    for (const code of Object.keys(en)) {
      expect({ code, placeholders: placeholders(ja[code] ?? "") }).toEqual({
        code,
        placeholders: placeholders(en[code] ?? ""),
      });
      expect(ja[code], code).not.toBe("");
    }
  });
});

describe("render", () => {
  it("renders the same code in each language", () => {
    expect(render("en", "CLI_UNKNOWN_COMMAND", { command: "frobnicate" })).toContain("frobnicate");
    expect(render("ja", "CLI_UNKNOWN_COMMAND", { command: "frobnicate" })).toContain(
      "コマンドはありません",
    );
  });

  it("leaves a missing parameter visible instead of printing an empty string", () => {
    expect(interpolate("Hello {name}", {})).toBe("Hello {name}");
    expect(interpolate("{{literal}} {n}", { n: 3 })).toBe("{literal} 3");
  });

  it("picks an English plural form by the count, and leaves it visible when the count is missing", () => {
    const template = "{n} {n|error|errors}";
    expect(interpolate(template, { n: 1 })).toBe("1 error");
    expect(interpolate(template, { n: 0 })).toBe("0 errors");
    expect(interpolate(template, { n: 2 })).toBe("2 errors");
    expect(interpolate(template, {})).toBe("{n} {n|error|errors}");
    expect(placeholders("{a} {b|x|y} {{c|d|e}}")).toEqual(["a", "b"]);
    expect(render("en", "POLICY_CHECK_SUMMARY", { errors: 1, warnings: 2, file: "f" })).toBe(
      "1 error, 2 warnings in f.",
    );
  });

  it("falls back to the code for an unknown message", () => {
    expect(render("en", "NO_SUCH_CODE")).toBe("NO_SUCH_CODE");
  });
});

describe("resolveLang", () => {
  it("takes the first usable locale and defaults to English", () => {
    expect(resolveLang(undefined, "ja_JP.UTF-8")).toBe("ja");
    expect(resolveLang("en", "ja_JP.UTF-8")).toBe("en");
    expect(resolveLang("C.UTF-8", undefined)).toBe("en");
  });
});
