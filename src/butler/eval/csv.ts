/**
 * A small CSV record parser (RFC 4180 quoting: `"a, b"`, `""` for a quote). The
 * reader joins a quoted field spanning lines before parsing (see `isOpenRecord`).
 * @internal
 */

/** Splits one CSV record into fields. */
export function parseCsvRecord(record: string): string[] {
  const fields: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < record.length; i++) {
    const ch = record[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (record[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      fields.push(field);
      field = "";
    } else field += ch;
  }
  fields.push(field.endsWith("\r") ? field.slice(0, -1) : field);
  return fields;
}

/** True when a record has an open quote and continues on the next line. */
export function isOpenRecord(record: string): boolean {
  let quotes = 0;
  for (let i = 0; i < record.length; i++) if (record.charCodeAt(i) === 34) quotes++;
  return quotes % 2 === 1;
}
