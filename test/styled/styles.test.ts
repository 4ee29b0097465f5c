import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCss, resolveLightDark, selectorsOf, type CssRule } from './parseCss';

const stylesheetUrl = new URL('../../src/styled/styles.css', import.meta.url);
const source = readFileSync(stylesheetUrl, 'utf8');
const rules = parseCss(source);
const inKeyframes = (rule: CssRule) => rule.atRules.some((at) => at.startsWith('@keyframes'));
const styleRules = rules.filter((rule) => !inKeyframes(rule));

describe('styles.css scoping (no global leaks)', () => {
  it('parses into a good number of rules', () => {
    expect(styleRules.length).toBeGreaterThan(100);
  });

  it('starts every selector with one of our rcs- classes', () => {
    const offenders = styleRules.flatMap(selectorsOf).filter((selector) => !/^\.rcs-[a-z0-9_-]+/.test(selector));
    expect(offenders).toEqual([]);
  });

  it('has no universal, html, body or :root selectors anywhere', () => {
    const offenders = styleRules
      .flatMap(selectorsOf)
      // `*=` is an attribute substring match (`[class*='rcs-']`), not the universal selector.
      .filter((selector) => /\*(?!=)|:root|(^|[\s>+~(,])(html|body)\b/.test(selector));
    expect(offenders).toEqual([]);
  });

  it('uses only @media, @supports and @keyframes at-rules, and keyframes only hold keyframe selectors', () => {
    const atRules = new Set(rules.flatMap((rule) => rule.atRules.map((at) => at.split(/[\s(]/)[0])));
    expect([...atRules].every((name) => ['@media', '@supports', '@keyframes'].includes(name!))).toBe(true);
    const frames = rules.filter(inKeyframes).flatMap(selectorsOf);
    expect(frames.length).toBeGreaterThan(0);
    expect(frames.every((frame) => /^(from|to|\d+(\.\d+)?%)$/.test(frame))).toBe(true);
    // Keyframe names are global too, so they carry the prefix.
    const names = rules.filter(inKeyframes).map((rule) => rule.atRules.at(-1)!.split(' ')[1]);
    expect(names.every((name) => name!.startsWith('rcs-'))).toBe(true);
  });

  it('defines only --rcs- custom properties', () => {
    const custom = styleRules.flatMap((rule) => rule.declarations.map(([property]) => property)).filter((p) => p.startsWith('--'));
    expect(custom.length).toBeGreaterThan(20);
    expect(custom.filter((property) => !property.startsWith('--rcs-'))).toEqual([]);
  });
});

describe('styles.css theming', () => {
  const topLevel = (firstSelector: string) => {
    const rule = styleRules.find((candidate) => candidate.atRules.length === 0 && selectorsOf(candidate)[0] === firstSelector);
    if (!rule) throw new Error(`rule ${firstSelector} not found`);
    return rule;
  };
  const standalone = ':where(:not(.rcs-chat .rcs-theme, .rcs-theme .rcs-theme))';
  const base = topLevel('.rcs-chat');
  const tokens = new Map(base.declarations.filter(([property]) => property.startsWith('--rcs-')));
  const colourTokens = [...tokens].filter(([, value]) => /#|rgb|hsl|light-dark/.test(value));
  const declared = (rule: CssRule, property: string) => rule.declarations.filter(([p]) => p === property).map(([, v]) => v);

  it('defines the documented tokens on .rcs-chat and on a standalone piece root', () => {
    for (const token of ['--rcs-bg', '--rcs-fg', '--rcs-accent', '--rcs-radius', '--rcs-font', '--rcs-muted', '--rcs-border']) {
      expect(tokens.has(token), token).toBe(true);
    }
    expect(selectorsOf(base)).toEqual(['.rcs-chat', `.rcs-theme${standalone}`]);
  });

  it('defines each token once, colours as light-dark(<light>, <dark>) (no second dark palette)', () => {
    expect(colourTokens.length).toBeGreaterThan(20);
    for (const [token, value] of colourTokens) {
      expect(value, token).toContain('light-dark(');
      expect(resolveLightDark(value, 'light'), token).not.toEqual(resolveLightDark(value, 'dark'));
    }
    const definitions = styleRules.flatMap((rule) => rule.declarations.map(([property]) => property)).filter((p) => p.startsWith('--rcs-'));
    expect(definitions).toEqual([...tokens.keys()]);
    expect(rules.some((rule) => rule.atRules.some((at) => at.includes('prefers-color-scheme')))).toBe(false);
  });

  it('keeps a darker shadow for the dark scheme', () => {
    const shadow = tokens.get('--rcs-shadow')!;
    expect(resolveLightDark(shadow, 'light')).toBe('0 1px 3px rgb(31 35 40 / 0.12), 0 4px 12px rgb(31 35 40 / 0.08)');
    expect(resolveLightDark(shadow, 'dark')).toBe('0 1px 3px rgb(1 4 9 / 0.6), 0 4px 12px rgb(1 4 9 / 0.4)');
  });

  it('selects the scheme only through color-scheme: light, dark, or the OS preference for "system"', () => {
    // No data-theme (or "system") keeps both, so the browser follows prefers-color-scheme.
    expect(declared(base, 'color-scheme')).toEqual(['light dark']);
    for (const scheme of ['light', 'dark']) {
      const rule = topLevel(`.rcs-chat:where([data-theme='${scheme}'])`);
      expect(selectorsOf(rule)).toEqual([`.rcs-chat:where([data-theme='${scheme}'])`, `.rcs-theme:where([data-theme='${scheme}'])${standalone}`]);
      expect(rule.declarations).toEqual([['color-scheme', scheme]]);
    }
    const setters = styleRules.filter((rule) => declared(rule, 'color-scheme').length > 0);
    expect(setters).toHaveLength(3);
  });

  it('resolves light-dark() per scheme, nested functions included, and rejects a malformed one', () => {
    expect(resolveLightDark('0 1px light-dark(rgb(1 2 3 / 0.5), #000) x light-dark(a, b)', 'light')).toBe('0 1px rgb(1 2 3 / 0.5) x a');
    expect(resolveLightDark('0 1px light-dark(rgb(1 2 3 / 0.5), #000) x light-dark(a, b)', 'dark')).toBe('0 1px #000 x b');
    expect(() => resolveLightDark('light-dark(#fff)', 'dark')).toThrow();
  });

  it('defines every --rcs- token it uses', () => {
    const used = new Set([...source.matchAll(/var\((--rcs-[a-z0-9-]+)/g)].map((match) => match[1]!));
    expect(used.size).toBeGreaterThan(20);
    expect([...used].filter((token) => !tokens.has(token))).toEqual([]);
  });

  it('animates only under prefers-reduced-motion: no-preference', () => {
    const animated = styleRules.filter((rule) => rule.declarations.some(([property]) => property === 'animation' || property === 'transition'));
    expect(animated.length).toBeGreaterThan(0);
    for (const rule of animated) expect(rule.atRules, rule.prelude).toEqual(['@media (prefers-reduced-motion: no-preference)']);
  });

  it('gives every interactive piece a visible :focus-visible outline', () => {
    const focus = styleRules.filter((rule) => rule.prelude.includes(':focus-visible') && rule.declarations.some(([p]) => p === 'outline'));
    const covered = focus.flatMap(selectorsOf).join(' ');
    for (const piece of ['.rcs-suggestion', '.rcs-action', '.rcs-button', '.rcs-icon-button', '.rcs-jump', '.rcs-reasoning__trigger', '.rcs-viewport', '.rcs-editor', '.rcs-file__chip', '.rcs-source__link']) {
      expect(covered, piece).toContain(`${piece}`);
    }
    expect(focus[0]!.declarations).toContainEqual(['outline', '2px solid var(--rcs-focus)']);
  });

  it('styles every rcs- class the components render', () => {
    const dir = new URL('../../src/styled/', import.meta.url);
    const classes = new Set<string>();
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.tsx'))) {
      const text = readFileSync(new URL(file, dir), 'utf8');
      for (const literal of text.matchAll(/(?:className=|cx\()\s*["']([^"']+)["']/g)) {
        for (const name of literal[1]!.split(/\s+/)) if (name.startsWith('rcs-')) classes.add(name);
      }
    }
    expect(classes.size).toBeGreaterThan(40);
    const styled = new Set([...source.matchAll(/\.(rcs-[a-z0-9_-]+)/g)].map((match) => match[1]!));
    expect([...classes].filter((name) => !styled.has(name))).toEqual([]);
  });
});
