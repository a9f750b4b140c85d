/**
 * `<tactful-slot>`: the butler's suggestions on a page, each with "Why this?".
 * One script, no dependencies, served by tactful at `/sdk/tactful-slot.js`.
 *
 * @example
 * ```html
 * <script src="https://tactful.example/sdk/tactful-slot.js" defer></script>
 * <tactful-slot slot="next_item" item="stove" k="4" site-key="pk_…" customer="c_8f3a2b"
 *   customer-token="eyJhbGciOiJIUzI1NiIs…" href="/products/{id}"></tactful-slot>
 * ```
 */
import { TactfulSlot } from "./element.js";

if (!customElements.get("tactful-slot")) customElements.define("tactful-slot", TactfulSlot);

export { TactfulSlot };
