import { describe, expect, it } from "vitest";
import { itemKnn, popularity } from "../../src/butler/eval/baselines.js";
import { parseCsvRecord } from "../../src/butler/eval/csv.js";
import { parseDate, parseDay, resolveDate, slashOrder } from "../../src/butler/eval/dates.js";
import { buildMatrix } from "../../src/butler/eval/matrix.js";
import { scoreRanking } from "../../src/butler/eval/metrics.js";
import { type PurchaseLine, RetailReader } from "../../src/butler/eval/retail.js";
import { splitAt } from "../../src/butler/eval/split.js";

const HEADER = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country";

describe("CSV records", () => {
  it("splits quoted fields with commas and doubled quotes", () => {
    expect(parseCsvRecord('1,"SET OF 3, ""RED""",6\r')).toEqual(["1", 'SET OF 3, "RED"', "6"]);
    expect(parseCsvRecord("a,,b")).toEqual(["a", "", "b"]);
  });
});

describe("dates", () => {
  const at = (text: string, order: "mdy" | "dmy" = "mdy") => {
    const parts = parseDate(text);
    return parts === undefined ? undefined : resolveDate(parts, order);
  };

  it("reads ISO dates with or without seconds, T or zone", () => {
    const expected = Date.UTC(2010, 11, 1, 8, 26);
    expect(at("2010-12-01 08:26:00")).toBe(expected);
    expect(at("2010-12-01 8:26")).toBe(expected);
    expect(at("2010-12-01T08:26:00Z")).toBe(expected);
    expect(at("2010-12-01T09:26:00+01:00")).toBe(expected);
    expect(at("2010-12-01")).toBe(Date.UTC(2010, 11, 1));
  });

  it("reads slashed dates in the file's day/month order", () => {
    expect(at("12/1/2010 8:26")).toBe(Date.UTC(2010, 11, 1, 8, 26));
    expect(at("1/12/2010 8:26", "dmy")).toBe(Date.UTC(2010, 11, 1, 8, 26));
    expect(at("12/1/10 8:26 PM")).toBe(Date.UTC(2010, 11, 1, 20, 26));
    expect(slashOrder(31, 12)).toBe("dmy");
    expect(slashOrder(12, 31)).toBe("mdy");
    expect(slashOrder(12, 12)).toBe("mdy");
  });

  it("reads Excel serial days and rejects impossible dates", () => {
    expect(at("40513")).toBe(Date.UTC(2010, 11, 1));
    expect(at("2011-02-30 10:00")).toBeUndefined();
    expect(at("yesterday")).toBeUndefined();
    expect(parseDay("2011-10-01")).toBe(Date.UTC(2011, 9, 1));
    expect(parseDay("01/10/2011")).toBeUndefined();
  });
});

describe("RetailReader", () => {
  const read = (lines: string[]) => {
    const reader = new RetailReader();
    for (const line of [HEADER, ...lines]) reader.line(line);
    return reader.finish();
  };

  it("keeps purchases and skips cancellations, guests, returns, free lines and postage", () => {
    const data = read([
      "536365,85123A,WHITE HANGING HEART,6,2010-12-01 08:26:00,2.55,17850.0,United Kingdom",
      "C536379,85123A,WHITE HANGING HEART,-1,2010-12-01 09:41:00,2.55,17850.0,United Kingdom",
      "536366,22633,HAND WARMER,6,2010-12-01 08:28:00,1.85,,United Kingdom",
      "536367,22633,HAND WARMER,-6,2010-12-01 08:28:00,1.85,13047,United Kingdom",
      "536368,22633,HAND WARMER,6,2010-12-01 08:28:00,0,13047,United Kingdom",
      "536369,POST,POSTAGE,1,2010-12-01 08:28:00,18,12583,France",
      'A563185,B,"Adjust bad debt",1,2011-08-12 14:50:00,11062.06,,United Kingdom',
      '536370,22728,"ALARM CLOCK, PINK",24,2010-12-01 08:45:00,3.75,12583,France',
      "536371,22728,ALARM CLOCK PINK,24,not a date,3.75,12583,France",
    ]);
    expect(data.lines).toEqual([
      { invoice: "536365", item: "85123A", customer: "17850", at: Date.UTC(2010, 11, 1, 8, 26) },
      { invoice: "536370", item: "22728", customer: "12583", at: Date.UTC(2010, 11, 1, 8, 45) },
    ]);
    expect(data.names.get("22728")).toBe("ALARM CLOCK, PINK");
    expect(data.stats).toEqual({ read: 9, used: 2, skipped: 6, undated: 1 });
  });

  it("decides the day/month order of slashed dates from the whole file", () => {
    const data = read([
      "1,11111,A,1,01/02/2011 10:00,1,1,UK",
      "2,11111,A,1,25/02/2011 10:00,1,1,UK",
    ]);
    expect(data.lines.map((l) => l.at)).toEqual([
      Date.UTC(2011, 1, 1, 10),
      Date.UTC(2011, 1, 25, 10),
    ]);
  });

  it("joins a quoted description that spans two lines", () => {
    const data = read(['1,11111,"TWO', 'LINES",1,2011-01-01 10:00,1,1,UK']);
    expect(data.names.get("11111")).toBe("TWO\nLINES");
  });

  it("reports missing columns", () => {
    const reader = new RetailReader();
    expect(reader.line("InvoiceNo,StockCode,Quantity")).toBe(false);
    expect(reader.missing).toEqual(["Description", "InvoiceDate", "UnitPrice", "CustomerID"]);
  });
});

describe("metrics", () => {
  it("computes HR@10, NDCG@10 and reciprocal rank against the basket", () => {
    const order = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"];
    expect(scoreRanking(order, new Set(["a"]))).toEqual({ hr: 1, ndcg: 1, rr: 1 });
    const second = scoreRanking(order, new Set(["b", "zz"]));
    expect(second.hr).toBe(1);
    expect(second.rr).toBe(0.5);
    expect(second.ndcg).toBeCloseTo(1 / Math.log2(3) / (1 + 1 / Math.log2(3)), 10);
    expect(scoreRanking(order, new Set(["k"]))).toEqual({ hr: 0, ndcg: 0, rr: 1 / 11 });
    expect(scoreRanking(order, new Set(["never-sold"]))).toEqual({ hr: 0, ndcg: 0, rr: 0 });
  });
});

const line = (customer: string, invoice: string, item: string, day: number): PurchaseLine => ({
  customer,
  invoice,
  item,
  at: Date.UTC(2011, 0, day),
});

describe("splitAt", () => {
  const lines = [
    line("u1", "1", "a", 1),
    line("u1", "1", "b", 1),
    line("u1", "5", "c", 20),
    line("u1", "6", "d", 25),
    line("u2", "2", "a", 2),
    line("u3", "7", "a", 21),
  ];

  it("trains before the split and predicts each returning customer's first basket after it", () => {
    const split = splitAt(lines, Date.UTC(2011, 0, 10));
    expect(split.train).toHaveLength(3);
    expect(split.items).toEqual(["a", "b"]);
    expect(split.targets).toEqual([
      { customer: "u1", invoice: "5", at: Date.UTC(2011, 0, 20), basket: new Set(["c"]) },
    ]);
    expect(split.unseen).toBe(1);
  });

  it("ignores everything from `until` on, for a validation split", () => {
    expect(splitAt(lines, Date.UTC(2011, 0, 10), Date.UTC(2011, 0, 15)).targets).toEqual([]);
  });
});

describe("baselines", () => {
  // Three customers: a and b are bought together twice; c goes with a once.
  const train = [
    line("u1", "1", "a", 1),
    line("u1", "1", "b", 1),
    line("u2", "2", "a", 2),
    line("u2", "2", "b", 2),
    line("u3", "3", "a", 3),
    line("u3", "3", "c", 3),
    line("u4", "4", "c", 4),
    line("u5", "5", "c", 5),
    line("u6", "6", "d", 6),
  ];
  const matrix = buildMatrix(train, ["a", "b", "c", "d"]);

  it("popularity ranks by distinct buyers", () => {
    expect(popularity(matrix)("anyone")).toEqual(["a", "c", "b", "d"]);
  });

  it("item-kNN sums cosine similarities over the customer's items", () => {
    // For u6 (bought d only): d is its own neighbour (1), nothing else co-occurs.
    expect(itemKnn(matrix)("u6")[0]).toBe("d");
    // For u1 (a, b): a = 1 + cos(a,b) = 1 + 2/sqrt(3*2); b = 1 + 2/sqrt(6); c = cos(a,c) = 1/3.
    const order = itemKnn(matrix)("u1");
    expect(order.slice(0, 2).sort()).toEqual(["a", "b"]);
    expect(order[2]).toBe("c");
    expect(order[3]).toBe("d");
  });
});
