import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CliIo } from "../command.js";
import { main } from "../main.js";

const HEADER = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country";
const POPULAR = Array.from({ length: 12 }, (_, i) => `${20001 + i}`);

/**
 * 20 customers in 4 groups of 5. Everyone bought the same 12 popular items once;
 * each group reorders its own item every two weeks. After the split each
 * customer's next basket is exactly their group's item: a known answer that
 * repeat-aware models find and popularity cannot.
 */
function retailCsv(date: (y: number, m: number, d: number) => string): string {
  const rows = [HEADER];
  let invoice = 500000;
  for (let c = 0; c < 20; c++) {
    const customer = `${12000 + c}.0`;
    const favourite = `${30001 + (c % 4)}`;
    invoice++;
    for (const item of POPULAR) {
      rows.push(
        `${invoice},${item},"POPULAR, ITEM ${item}",6,${date(2011, 7, 1)},1.25,${customer},UK`,
      );
    }
    for (let week = 0; week < 4; week++) {
      invoice++;
      rows.push(
        `${invoice},${favourite},GROUP ITEM ${favourite},12,${date(2011, 8, 1 + 7 * week)},2.10,${customer},UK`,
      );
    }
    invoice++;
    rows.push(
      `${invoice},${favourite},GROUP ITEM ${favourite},12,${date(2011, 10, 5 + c)},2.10,${customer},UK`,
    );
    rows.push(
      `C${invoice},${favourite},GROUP ITEM ${favourite},-1,${date(2011, 10, 6 + c)},2.10,${customer},UK`,
    );
  }
  rows.push(`${invoice + 1},POST,POSTAGE,1,${date(2011, 10, 2)},18,12000.0,UK`);
  return `${rows.join("\n")}\n`;
}

const iso = (y: number, m: number, d: number) =>
  `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")} 10:30:00`;
const slashed = (y: number, m: number, d: number) => `${m}/${d}/${y} 10:30`;

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "tactful-eval-recs-"));
  await writeFile(join(dir, "retail.csv"), retailCsv(iso));
  await writeFile(join(dir, "retail.csv.gz"), gzipSync(retailCsv(slashed)));
  await writeFile(join(dir, "columns.csv"), "InvoiceNo,StockCode,Quantity\n1,2,3\n");
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(args: string[]) {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    cwd: dir,
    env: { LANG: "en_US.UTF-8" },
    readStdin: async () => "",
  };
  const code = await main(["eval-recs", ...args], io);
  return { code, stdout, stderr };
}

const FIGURES =
  /^model=(popularity|item-knn|butler|butler-minimized) hr10=(\d\.\d{4}) ndcg10=(\d\.\d{4}) mrr=(\d\.\d{4})$/;

function figures(stdout: string) {
  const lines = stdout.trimEnd().split("\n").slice(-4);
  return Object.fromEntries(
    lines.map((line) => {
      const match = FIGURES.exec(line);
      expect(match, line).not.toBeNull();
      const [, model, hr, ndcg, mrr] = match as RegExpExecArray;
      return [model, { hr: Number(hr), ndcg: Number(ndcg), mrr: Number(mrr) }];
    }),
  );
}

describe("tactful eval-recs", () => {
  it("prints one line per model last, and finds the known answer", async () => {
    const { code, stdout } = await run(["--data", "retail.csv", "--split-date", "2011-10-01"]);
    expect(code).toBe(0);
    expect(stdout).toContain("20 returning customers evaluated");
    const result = figures(stdout);
    expect(Object.keys(result)).toEqual(["popularity", "item-knn", "butler", "butler-minimized"]);
    // The next basket is the group's reorder item: the butler puts it first.
    expect(result.butler).toEqual({ hr: 1, ndcg: 1, mrr: 1 });
    expect(result["butler-minimized"]).toEqual({ hr: 1, ndcg: 1, mrr: 1 });
    // Twelve items bought by everyone outrank it for popularity and for item-kNN.
    expect(result.popularity?.hr).toBe(0);
    expect(result["item-knn"]?.hr).toBe(0);
    expect(result["item-knn"]?.mrr).toBeGreaterThan(0);
  });

  it("reads a gzip file with slashed month/day dates to the same figures", async () => {
    const plain = await run(["--data", "retail.csv"]);
    const gzipped = await run(["--data", "retail.csv.gz"]);
    expect(gzipped.code).toBe(0);
    expect(figures(gzipped.stdout)).toEqual(figures(plain.stdout));
  });

  it("shows what a stricter minimization costs", async () => {
    // With 45 days of retention only each customer's last reorder is left: one
    // purchase cannot show the item is reordered, so it counts as owned and is skipped.
    const { code, stdout } = await run(["--data", "retail.csv", "--retention-days", "45"]);
    expect(code).toBe(0);
    expect(figures(stdout)["butler-minimized"]?.hr).toBe(0);
  });

  it("exits 2 with a reason for unusable input", async () => {
    const cases: Array<[string[], RegExp]> = [
      [["--data", "missing.csv"], /Cannot read .*missing\.csv: ENOENT/],
      [
        ["--data", "columns.csv"],
        /lacks the columns Description, InvoiceDate, UnitPrice, CustomerID/,
      ],
      [["--data", "retail.csv", "--split-date", "1/10/2011"], /--split-date.*YYYY-MM-DD/],
      [["--data", "retail.csv", "--split-date", "2020-01-01"], /No customer bought both/],
      [["--data", "retail.csv", "--last-items", "0"], /--last-items.*whole number/],
      [[], /needs --data/],
    ];
    for (const [args, message] of cases) {
      const { code, stderr } = await run(args);
      expect({ args, code }).toEqual({ args, code: 2 });
      expect(stderr).toMatch(message);
    }
  });
});
