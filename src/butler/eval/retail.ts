/**
 * Reading transaction CSVs shaped like the UCI Online Retail data into purchase
 * lines. Pure: the caller feeds records (lines) from wherever it read them.
 * @internal
 */
import { isOpenRecord, parseCsvRecord } from "./csv.js";
import { type DateParts, parseDate, resolveDate, slashOrder } from "./dates.js";

/** Columns the reader needs. */
export const REQUIRED_COLUMNS = [
  "InvoiceNo",
  "StockCode",
  "Description",
  "Quantity",
  "InvoiceDate",
  "UnitPrice",
  "CustomerID",
] as const;

/** One purchase line: a customer bought an item on an invoice at a time. */
export interface PurchaseLine {
  readonly invoice: string;
  readonly item: string;
  readonly customer: string;
  readonly at: number;
}

/** Everything read from one file. */
export interface RetailData {
  readonly lines: PurchaseLine[];
  /** The most frequent description of each item. */
  readonly names: ReadonlyMap<string, string>;
  readonly stats: { read: number; used: number; skipped: number; undated: number };
}

interface Pending {
  readonly invoice: string;
  readonly item: string;
  readonly customer: string;
  readonly date: DateParts;
}

/** Reads a file line by line: `line()` for each, then `finish()`. */
export class RetailReader {
  #columns: Map<string, number> | undefined;
  #open: string | undefined;
  /** Required columns the header lacks; set once the header is read. */
  missing: string[] | undefined;
  readonly #pending: Pending[] = [];
  readonly #names = new Map<string, Map<string, number>>();
  #read = 0;
  #skipped = 0;
  #undated = 0;
  #maxFirst = 0;
  #maxSecond = 0;

  /**
   * Reads one physical line: the header first, then data. A quoted field spanning
   * lines is joined. Returns false once the header lacks a required column.
   */
  line(line: string): boolean {
    const record = this.#open === undefined ? line : `${this.#open}\n${line}`;
    if (isOpenRecord(record)) {
      this.#open = record;
      return true;
    }
    this.#open = undefined;
    if (this.missing === undefined) this.missing = this.header(record);
    else this.record(record);
    return this.missing.length === 0;
  }

  /** Reads the header; returns the required columns it lacks (empty when fine). */
  header(record: string): string[] {
    const names = parseCsvRecord(record.replace(/^\uFEFF/, "")).map((name) => name.trim());
    const lower = names.map((name) => name.toLowerCase());
    this.#columns = new Map(REQUIRED_COLUMNS.map((c) => [c, lower.indexOf(c.toLowerCase())]));
    return REQUIRED_COLUMNS.filter((c) => this.#columns?.get(c) === -1);
  }

  /** Reads one data record. */
  record(record: string): void {
    if (record.trim() === "") return;
    this.#read++;
    const fields = parseCsvRecord(record);
    const get = (column: (typeof REQUIRED_COLUMNS)[number]) =>
      (fields[this.#columns?.get(column) ?? -1] ?? "").trim();
    const invoice = get("InvoiceNo");
    const item = get("StockCode");
    const customer = normalizeCustomer(get("CustomerID"));
    const quantity = Number(get("Quantity"));
    const price = Number(get("UnitPrice"));
    if (
      invoice === "" ||
      /^[A-Za-z]/.test(invoice) ||
      customer === undefined ||
      !(quantity > 0) ||
      (get("UnitPrice") !== "" && !(price > 0)) ||
      isServiceCode(item)
    ) {
      this.#skipped++;
      return;
    }
    const date = parseDate(get("InvoiceDate"));
    if (date === undefined) {
      this.#undated++;
      return;
    }
    if (date.kind === "slash") {
      this.#maxFirst = Math.max(this.#maxFirst, date.first);
      this.#maxSecond = Math.max(this.#maxSecond, date.second);
    }
    this.#pending.push({ invoice, item, customer, date });
    this.#countName(item, get("Description"));
  }

  /** Resolves dates with the file's day/month order and returns the lines. */
  finish(): RetailData {
    if (this.#open !== undefined) this.record(this.#open);
    this.#open = undefined;
    const order = slashOrder(this.#maxFirst, this.#maxSecond);
    const lines: PurchaseLine[] = [];
    for (const p of this.#pending) {
      const at = resolveDate(p.date, order);
      if (at === undefined) this.#undated++;
      else lines.push({ invoice: p.invoice, item: p.item, customer: p.customer, at });
    }
    const names = new Map<string, string>();
    for (const [item, counts] of this.#names) {
      let best = item;
      let bestCount = 0;
      for (const [name, count] of counts) if (count > bestCount) [best, bestCount] = [name, count];
      names.set(item, best);
    }
    const stats = {
      read: this.#read,
      used: lines.length,
      skipped: this.#skipped,
      undated: this.#undated,
    };
    return { lines, names, stats };
  }

  #countName(item: string, name: string): void {
    if (name === "") return;
    let counts = this.#names.get(item);
    if (counts === undefined) {
      counts = new Map();
      this.#names.set(item, counts);
    }
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
}

/** `17850.0` and `17850` are one customer; empty and `nan` are no customer. */
function normalizeCustomer(text: string): string | undefined {
  if (text === "" || text.toLowerCase() === "nan" || text.toLowerCase() === "null")
    return undefined;
  return text.replace(/\.0+$/, "");
}

/** Postage, manual adjustments, fees: stock codes with fewer than 3 digits (POST, M, C2...). */
export function isServiceCode(code: string): boolean {
  let digits = 0;
  for (let i = 0; i < code.length; i++) {
    const c = code.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
  }
  return code === "" || digits < 3;
}
