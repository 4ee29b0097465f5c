import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCss, resolveLightDark, selectorsOf, type Scheme } from './parseCss';

/**
 * WCAG contrast of the colour tokens, in both schemes. axe's color-contrast rule cannot run in jsdom
 * (no computed colours); this keeps the palette honest in unit tests, and the Storybook a11y run in
 * Chromium checks the rendered result.
 */
const rules = parseCss(readFileSync(new URL('../../src/styled/styles.css', import.meta.url), 'utf8'));
const tokenRule = rules.find((candidate) => candidate.atRules.length === 0 && selectorsOf(candidate)[0] === '.rcs-chat')!;
const tokens = tokenRule.declarations.filter(([property]) => property.startsWith('--rcs-'));
// What each token computes to once `color-scheme` has picked a side of its light-dark().
const resolve = (scheme: Scheme) => Object.fromEntries(tokens.map(([property, value]) => [property, resolveLightDark(value, scheme)]));
const schemes = { light: resolve('light'), dark: resolve('dark') };

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

// [foreground, background, minimum]: text pairs need 4.5:1 (AA), control boundaries and icons 3:1.
const pairs: Array<[string, string, number]> = [
  ['fg', 'bg', 4.5], ['fg', 'surface', 4.5], ['fg', 'code-bg', 4.5], ['fg', 'accent-subtle', 4.5],
  ['user-fg', 'user-bg', 4.5],
  ['muted', 'bg', 4.5], ['muted', 'surface', 4.5], ['muted', 'code-bg', 4.5], ['muted', 'user-bg', 4.5],
  ['accent', 'bg', 4.5], ['accent-fg', 'accent', 4.5],
  ['danger', 'bg', 4.5], ['danger', 'surface', 4.5], ['danger', 'code-bg', 4.5], ['danger-fg', 'danger-bg', 4.5],
  ['warning-fg', 'warning-bg', 4.5],
  ['success-fg', 'success-bg', 4.5], ['success-fg', 'bg', 4.5], ['success-fg', 'code-bg', 4.5],
  ['bg', 'fg', 4.5],
  ['border-strong', 'bg', 3], ['focus', 'bg', 3], ['focus', 'surface', 3],
];

describe('colour tokens meet WCAG AA', () => {
  for (const [scheme, values] of Object.entries(schemes)) {
    it.each(pairs)(`${scheme}: --rcs-%s on --rcs-%s`, (fg, bg, minimum) => {
      const a = values[`--rcs-${fg}`];
      const b = values[`--rcs-${bg}`];
      expect(a).toMatch(/^#[0-9a-f]{6}$/i);
      expect(b).toMatch(/^#[0-9a-f]{6}$/i);
      expect(contrast(a!, b!)).toBeGreaterThanOrEqual(minimum);
    });
  }
});
