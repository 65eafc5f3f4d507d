/**
 * Styles for our shadow roots. Kept as a string (not a CSS file) so the content script never loads
 * anything over the network or from the extension package at runtime.
 */

const BASE = `
:host { all: initial; display: block; contain: content; }
.pcg { box-sizing: border-box; font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  border-radius: 8px; border: 1px solid var(--pcg-border); border-inline-start-width: 4px; background: var(--pcg-bg);
  color: var(--pcg-fg); padding: 10px 12px; margin: 8px 0; max-width: 100%; }
/* WCAG AA in both themes: text 4.5:1 or more (fg 13-15:1, muted 6-8.7:1 on the card); button
   borders, the primary button's border and the focus ring 3:1 or more against the card and the
   button (non-text contrast, 1.4.11). */
.pcg[data-theme="light"] { --pcg-bg: #fff8e6; --pcg-border: #b07d00; --pcg-fg: #1f2328; --pcg-muted: #57606a;
  --pcg-btn-bg: #ffffff; --pcg-btn-border: #7d8590; --pcg-btn-fg: #1f2328; --pcg-primary-border: #9a6b00; --pcg-focus: #0b57d0; --pcg-mark: #fde7a9; }
.pcg[data-theme="dark"] { --pcg-bg: #2a2412; --pcg-border: #d9a21b; --pcg-fg: #f3efe4; --pcg-muted: #c9c2b0;
  --pcg-btn-bg: #3a3320; --pcg-btn-border: #9a8f70; --pcg-btn-fg: #f3efe4; --pcg-primary-border: #d9a21b; --pcg-focus: #8ab4f8; --pcg-mark: #5c4a12; }
.pcg h2 { font-size: 13px; font-weight: 600; margin: 0 0 6px; }
.pcg h3 { font-size: 12px; font-weight: 600; margin: 8px 0 2px; text-transform: none; }
.pcg p { margin: 2px 0; }
.pcg .muted { color: var(--pcg-muted); }
.pcg .error { font-weight: 600; }
/* The card floats in its own layer beside the composer; its host sets --pcg-max-height. */
:host(pcg-warning) .pcg { margin: 0; box-shadow: 0 4px 16px rgba(0, 0, 0, 0.18); overflow: auto; max-height: var(--pcg-max-height, none); }
.pcg ul.found { list-style: none; padding: 0; margin: 2px 0; display: flex; flex-wrap: wrap; gap: 4px; }
.pcg ul.found li { background: var(--pcg-mark); border-radius: 4px; padding: 0 6px; }
.pcg q { quotes: "“" "”"; font-weight: 600; word-break: break-all; unicode-bidi: isolate; }
.pcg h2, .pcg h3, .pcg p, .pcg li, .pcg blockquote { overflow-wrap: anywhere; }
.pcg blockquote.reply { margin: 4px 0; padding-block: 4px; padding-inline: 8px 4px; border-inline-start: 3px solid var(--pcg-border); font-style: italic; }
.pcg .actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 10px; }
.pcg button, .pcg a.btn { font: inherit; font-size: 12px; max-width: 100%; white-space: normal; overflow-wrap: anywhere; text-align: start; cursor: pointer; border-radius: 6px; padding: 3px 10px;
  border: 1px solid var(--pcg-btn-border); background: var(--pcg-btn-bg); color: var(--pcg-btn-fg); text-decoration: none; }
.pcg button.primary { border-color: var(--pcg-primary-border); border-width: 2px; padding: 2px 9px; font-weight: 600; }
.pcg .keys { font-size: 12px; margin-top: 6px; }
.pcg button:focus-visible, .pcg a:focus-visible { outline: 2px solid var(--pcg-focus); outline-offset: 1px; }
`;

export const WARNING_CSS = BASE;
export const INCOMING_CSS = BASE;

/** Injected once into the page (document.head): styles the Custom Highlight ranges. */
export const HIGHLIGHT_NAME = 'pcg-finding';
export const HIGHLIGHT_CSS = `::highlight(${HIGHLIGHT_NAME}) { background-color: rgba(255, 184, 0, 0.35); text-decoration: underline wavy rgb(204, 85, 0); }`;
