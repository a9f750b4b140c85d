/**
 * The widget's look: quiet, inheriting the page's font and colours. Pages adjust
 * it with custom properties, or reserve the slot's height to avoid any shift
 * (`--tactful-slot-min-height`).
 */
export const STYLES = `
:host{display:block;min-height:var(--tactful-slot-min-height,0);font:inherit;color:inherit}
:host([hidden]){display:none}
section{margin:0}
.heading{font-size:1.1em;font-weight:600;margin:0 0 .6em}
ul{list-style:none;margin:0;padding:0;display:grid;gap:.75em;grid-template-columns:repeat(auto-fit,minmax(11em,1fr))}
li{border:1px solid var(--tactful-slot-border,#d6d6d6);border-radius:var(--tactful-slot-radius,.5em);padding:.75em;background:var(--tactful-slot-background,transparent)}
.name{font-size:1em;font-weight:600;margin:0 0 .2em}
.name a{color:var(--tactful-slot-link,inherit)}
.category{font-size:.85em;margin:0 0 .5em;color:var(--tactful-slot-muted,#595959)}
summary{cursor:pointer;font-size:.85em;color:var(--tactful-slot-muted,#595959)}
summary:focus-visible,a:focus-visible{outline:2px solid var(--tactful-slot-focus,#1a5fb4);outline-offset:2px}
details p{margin:.4em 0 0;font-size:.9em}
`;
