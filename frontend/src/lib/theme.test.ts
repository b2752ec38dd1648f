import { DEFAULT_THEME } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { theme } from './theme';

/** WCAG relative luminance of a `#rrggbb` colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const channel = parseInt(hex.slice(at, at + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

const colour = (name: string, shade: number) => (theme.colors?.[name] ?? DEFAULT_THEME.colors[name])[shade];

describe('theme', () => {
  // The shades the SPA writes badges' and notes' text in, and the backgrounds they sit on: a page, a striped or
  // hovered table row.
  const texts = ['blue', 'green', 'orange', 'red', 'teal', 'grape'].map((name) => [name, colour(name, 9)]);
  const backgrounds = ['#ffffff', colour('gray', 0), colour('gray', 1)];

  it.each(texts)('writes %s text readably on a page and on table rows (4.5:1)', (_, text) => {
    for (const background of backgrounds) expect(contrast(text, background)).toBeGreaterThanOrEqual(4.5);
  });

  it('white text on those shades is readable too (filled badges)', () => {
    for (const [, fill] of texts) expect(contrast('#ffffff', fill)).toBeGreaterThanOrEqual(4.5);
  });

  it('Mantine left alone would not be (the reason the theme darkens them)', () => {
    expect(contrast(DEFAULT_THEME.colors.green[9], '#ffffff')).toBeLessThan(4.5);
    expect(contrast(DEFAULT_THEME.colors.orange[9], '#ffffff')).toBeLessThan(4.5);
  });
});
