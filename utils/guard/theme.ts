/**
 * Light or dark: read from the background the composer actually sits on, so the card matches
 * Upwork's theme whichever way the user set it.
 */

export type Theme = 'light' | 'dark';

/**
 * Parses `rgb()/rgba()` as returned by getComputedStyle; null for transparent or unknown input.
 * @example parseRgb('rgba(0, 0, 0, 0)') // → null
 */
export function parseRgb(value: string): [number, number, number] | null {
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)$/.exec(value.trim());
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  if (!(alpha > 0.5)) return null;
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/**
 * @example themeForBackground('rgb(20, 20, 20)') // → 'dark'
 */
export function themeForBackground(value: string): Theme | null {
  const rgb = parseRgb(value);
  if (!rgb) return null;
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.2 ? 'dark' : 'light';
}

/**
 * Walks up from `el` to the first opaque background. Falls back to the OS preference.
 * @example detectTheme(composer, window) // → 'light'
 */
export function detectTheme(el: Element, win: Window): Theme {
  try {
    for (let node: Element | null = el; node; node = node.parentElement) {
      const theme = themeForBackground(win.getComputedStyle(node).backgroundColor);
      if (theme) return theme;
    }
    return win.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  } catch {
    return 'light';
  }
}
