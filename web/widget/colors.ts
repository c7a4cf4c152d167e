// Accent colour from the `color` attribute, and a text colour that keeps WCAG AA contrast on it.

/** The default accent: dark blue, 8.6:1 against white. */
export const DEFAULT_ACCENT = '#0b5394';

/** `value` as a #rrggbb colour, or the default when it is not #rgb / #rrggbb (nothing else reaches CSS). */
export function parseAccent(value: string | null | undefined): string {
  const v = (value ?? '').trim().toLowerCase();
  if (/^#[0-9a-f]{6}$/.test(v)) return v;
  if (/^#[0-9a-f]{3}$/.test(v)) return `#${[...v.slice(1)].map((c) => c + c).join('')}`;
  return DEFAULT_ACCENT;
}

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** WCAG contrast ratio between two #rrggbb colours (1..21). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * White or black, whichever contrasts more with `accent`. Pure black, not the page's near-black:
 * the better of white and black always reaches √21 ≈ 4.58:1, enough for WCAG AA on any accent.
 */
export function textOn(accent: string): string {
  return contrast(accent, '#ffffff') >= contrast(accent, '#000000') ? '#ffffff' : '#000000';
}

/** `accent` when it is readable on white (4.5:1, links and outlines), else a dark ink. */
export function inkOnWhite(accent: string): string {
  return contrast(accent, '#ffffff') >= 4.5 ? accent : '#1d1d1b';
}
