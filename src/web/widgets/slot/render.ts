/**
 * The slot's markup, built with DOM calls (text is never parsed as HTML): a
 * section labelled by its heading, a list, and per item a heading with the name
 * and a native disclosure ("Why this?") holding the explanation. `<details>` is
 * operable with Tab and Enter or Space in every browser, and screen readers
 * announce it as expandable.
 */
import type { SlotData } from "./api.js";

/** How to present the data. */
export interface RenderOptions {
  /** Level of the slot's heading, 2 to 5; item names are one level below. */
  readonly headingLevel: number;
  /** A link per item, `{id}` replaced by the item id (e.g. `/products/{id}`). */
  readonly href?: string | null | undefined;
  /** The page's own heading, instead of the one the API sends. */
  readonly heading?: string | null | undefined;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function heading(level: number, className: string, text?: string): HTMLElement {
  const h = document.createElement(`h${Math.min(6, Math.max(2, level))}`);
  h.className = className;
  if (text !== undefined) h.textContent = text;
  return h;
}

/**
 * Builds the section for `data`. `uid` keeps ids unique when a page has several slots.
 */
export function renderSlot(data: SlotData, options: RenderOptions, uid: string): HTMLElement {
  const section = element("section");
  section.setAttribute("part", "section");
  const title = heading(options.headingLevel, "heading", options.heading || data.heading);
  title.id = `${uid}-heading`;
  title.setAttribute("part", "heading");
  section.setAttribute("aria-labelledby", title.id);
  section.append(title);

  const list = element("ul");
  list.setAttribute("role", "list"); // list-style: none drops list semantics in some browsers
  list.setAttribute("part", "list");
  for (const item of data.items) {
    const li = element("li");
    li.setAttribute("part", "item");
    li.dataset.item = item.id;
    li.dataset.because = item.because;
    const name = heading(options.headingLevel + 1, "name");
    name.setAttribute("part", "name");
    if (options.href) {
      const link = element("a", undefined, item.name);
      link.href = options.href.replaceAll("{id}", encodeURIComponent(item.id));
      name.append(link);
    } else name.textContent = item.name;
    const category = element("p", "category", item.category);
    category.setAttribute("part", "category");
    const details = element("details");
    details.setAttribute("part", "why");
    details.append(
      element("summary", undefined, data.why),
      element("p", undefined, item.explanation),
    );
    li.append(name, category, details);
    list.append(li);
  }
  section.append(list);
  return section;
}
