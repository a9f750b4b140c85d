/**
 * Which merge tags print the recipient's name, and the placeholder names writers
 * type by hand (〇〇様, [First Name]).
 * @internal
 */
import type { MergeTag } from "../../input/merge-tags.js";

const NAME_FIELD =
  /^(?:first_?name|firstname|fname|given_?name|last_?name|lastname|lname|sur_?name|family_?name|full_?name|fullname|name|nick_?name|display_?name|customer_?name|contact_?name|recipient_?name|subscriber_?name|member_?name|user_?name|merge1|merge2|名前|氏名|お名前|姓|名|苗字|フルネーム|name_?kanji|name_?kana|sei|mei)(?:_fix)?$/i;

/** Parents whose `name` is not a person's: `product.name`, `store.name`... */
const NOT_PERSON =
  /^(?:products?|items?|store|shop|company|brand|event|plan|course|category|sender|from|org|organi[sz]ation|business|line_items?|variant|collection|site|page|campaign|list|file|coupon|offer|account_manager|owner|rep|agent|staff|author|team|city|country|region|title|tag|article|post|document|resource|location)$/i;

/** True when a printed merge tag is the recipient's name. */
export function isNameTag(tag: MergeTag): boolean {
  if (tag.kind !== "output") return false;
  const last = tag.path[tag.path.length - 1] ?? tag.name;
  if (!NAME_FIELD.test(last)) return false;
  return !tag.path.slice(0, -1).some((segment) => NOT_PERSON.test(segment));
}

/** Hand-typed name placeholders in normalized prose. */
export const PLACEHOLDER_NAME =
  /[〇○◯●◎□■△]{2,}\s?(?:様|さま|さん|殿)|(?<![A-Za-z])(?:XX|xx|××)\s?(?:様|さま|さん)|\[(?:first ?name|last ?name|full ?name|name|お名前|名前|氏名)\]/gi;

/** An honorific right after a name (`{{name}}様`) belongs to the mention. */
export const HONORIFIC_AFTER = /^\s?(?:様|さま|さん|殿|くん|ちゃん)/;

/** Printed tags inside a loop (`{{#each items}}{{name}}{{/each}}`) print an item, not the reader. */
export function tagsInLoops(tags: readonly MergeTag[]): ReadonlySet<MergeTag> {
  const inside = new Set<MergeTag>();
  if (!tags.some((tag) => tag.kind === "block")) return inside;
  let depth = 0;
  for (const tag of tags) {
    const keyword = tag.keyword?.toLowerCase();
    if (tag.kind === "block" && (keyword === "each" || keyword === "for")) {
      if (tag.raw.startsWith("{{/")) depth = Math.max(0, depth - 1);
      else depth++;
    } else if (tag.kind === "block" && keyword === "endfor") depth = Math.max(0, depth - 1);
    else if (depth > 0 && tag.kind === "output") inside.add(tag);
  }
  return inside;
}
