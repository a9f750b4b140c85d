/**
 * Keeps some diversity: within each page of results, at most `maxPerCategory`
 * items of one category and `maxPerAnchor` explained by the same anchor. Items
 * held back are not dropped; they move to a later page, or fill a page that
 * cannot otherwise be filled.
 * @internal
 */
import type { DiversityOptions } from "./options.js";

/**
 * Picks up to `k` positions of a best-first pool.
 * `groups[i]` is the category of pool position i, `anchors[i]` its anchor or -1.
 */
export function diversify(
  groups: ArrayLike<number>,
  anchors: ArrayLike<number>,
  k: number,
  options: DiversityOptions,
): number[] {
  const n = groups.length;
  const taken = new Uint8Array(n);
  const order: number[] = [];
  let start = 0;
  while (order.length < k && start < n) {
    const pageSize = Math.min(options.page, k - order.length);
    const perGroup = new Map<number, number>();
    const perAnchor = new Map<number, number>();
    let picked = 0;
    for (let i = start; i < n && picked < pageSize; i++) {
      if (taken[i] === 1) continue;
      const group = groups[i] as number;
      const anchor = anchors[i] as number;
      if ((perGroup.get(group) ?? 0) >= options.maxPerCategory) continue;
      if (anchor >= 0 && (perAnchor.get(anchor) ?? 0) >= options.maxPerAnchor) continue;
      perGroup.set(group, (perGroup.get(group) ?? 0) + 1);
      if (anchor >= 0) perAnchor.set(anchor, (perAnchor.get(anchor) ?? 0) + 1);
      taken[i] = 1;
      order.push(i);
      picked++;
    }
    for (let i = start; i < n && picked < pageSize; i++) {
      if (taken[i] === 1) continue;
      taken[i] = 1;
      order.push(i);
      picked++;
    }
    while (start < n && taken[start] === 1) start++;
  }
  return order;
}
