/** Messages of the butler: explanations a customer reads, errors, and `tactful eval-recs` (English). */
export const butlerEn = {
  BUTLER_BECAUSE_DECLARED:
    "You told us you are interested in {category}, so we picked this for you.",
  BUTLER_BECAUSE_REPLENISH: "When your {item} runs low, you can order it again here.",
  BUTLER_BECAUSE_GOES_WITH_PURCHASE: "Goes well with the {anchor} you bought.",
  BUTLER_BECAUSE_GOES_WITH_DOWNLOAD: "A good next step after the {anchor} you downloaded.",
  BUTLER_BECAUSE_GOES_WITH_CART: "Goes well with the {anchor} in your cart.",
  BUTLER_BECAUSE_MORE_IN_CATEGORY: "More from {category}, a range you have chosen from before.",
  BUTLER_BECAUSE_TOGETHER: "Often chosen together with {anchor}.",
  BUTLER_BECAUSE_NEXT: "People who choose {anchor} often go on to this.",
  BUTLER_BECAUSE_POPULAR_IN: "Popular in {category}.",
  BUTLER_BECAUSE_POPULAR: "Popular with our customers.",
  BUTLER_BAD_OPTION:
    "The butler option `{option}` has an unusable value. Use a value in the range docs/butler.md gives for it under Options.",
  BUTLER_CATALOG_EMPTY:
    "The butler's catalog is empty. Pass at least one item with an id, a name and a category.",
  BUTLER_CATALOG_DUPLICATE:
    "Catalog item number {position} repeats an id used before it. Give every item its own id.",
  BUTLER_CATALOG_BAD_ITEM:
    "Catalog item number {position} lacks an id or a category. Give every item a non-empty id and a category.",
  BUTLER_BAD_REQUEST:
    "The recommendation request has an unusable `{field}`: slot must be a non-empty string, k a whole number from 1 to 100, personal true or false.",
  CLI_EVAL_RECS_SUMMARY:
    "Measure recommendations (popularity, item-kNN, the butler) on purchase data",
  CLI_EVAL_RECS_HELP: `Usage: tactful eval-recs --data <file.csv[.gz]> [--split-date YYYY-MM-DD] [--until YYYY-MM-DD]
                         [--retention-days N] [--last-items N]

Trains on purchases before the split date, predicts each returning customer's next
basket after it (their first invoice from the split date on), and ranks the full
catalog for each. Prints HR@10, NDCG@10 and MRR per model, one line each, last.

The CSV needs the columns InvoiceNo, StockCode, Description, Quantity, InvoiceDate,
UnitPrice, CustomerID (Country is read if present). Cancellations (InvoiceNo "C..."),
lines without CustomerID, non-positive quantity or price, and service lines (stock
codes with fewer than 3 digits, such as POST or M) are skipped.

Options:
  --data <file>        the CSV, plain or gzip-compressed (required)
  --split-date <date>  the split, UTC (default 2011-10-01)
  --until <date>       ignore everything from this date on (for a validation split)
  --retention-days <n> retention of the minimized butler (default 90)
  --last-items <n>     items per customer kept by the minimized butler (default 20)
  --lang <ja|en>       language of messages`,
  EVAL_RECS_BAD_DATE: "Option `{option}` must be a date written YYYY-MM-DD.",
  EVAL_RECS_BAD_COUNT: "Option `{option}` must be a whole number of at least 1.",
  EVAL_RECS_MISSING_COLUMNS:
    "The CSV lacks the columns {columns}. Its header must name InvoiceNo, StockCode, Description, Quantity, InvoiceDate, UnitPrice and CustomerID.",
  EVAL_RECS_NO_CUSTOMERS:
    "No customer bought both before and after the split date, so there is nothing to evaluate. Choose a split date inside the data's time range.",
  EVAL_RECS_READ:
    "Read {lines} lines: {used} purchase lines used, {skipped} skipped, {undated} with an unreadable date.",
  EVAL_RECS_SPLIT:
    "Split at {split}: {train} purchase lines, {items} items and {customers} customers before it; {evaluated} returning customers evaluated; {unseen} next-basket lines name items never sold before the split and count as misses.",
  EVAL_RECS_MODEL_TIME: "{model}: {seconds} s.",
} as const;
