import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCss, selectorsOf, type CssRule } from './parseCss';

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
      .filter((selector) => /\*|:root|(^|[\s>+~(,])(html|body)\b/.test(selector));
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
  const tokenRule = (matches: (rule: CssRule) => boolean) => {
    const rule = styleRules.find(matches);
    if (!rule) throw new Error('token rule not found');
    return new Map(rule.declarations.filter(([property]) => property.startsWith('--rcs-')));
  };
  const light = tokenRule((rule) => rule.atRules.length === 0 && selectorsOf(rule)[0] === '.rcs-chat');
  const dark = tokenRule((rule) => rule.atRules.length === 0 && selectorsOf(rule)[0] === ".rcs-chat:where([data-theme='dark'])");
  const systemDark = tokenRule(
    (rule) => rule.atRules.join() === '@media (prefers-color-scheme: dark)' && selectorsOf(rule)[0]!.startsWith('.rcs-chat'),
  );

  it('defines the documented tokens on .rcs-chat and on a standalone piece root', () => {
    for (const token of ['--rcs-bg', '--rcs-fg', '--rcs-accent', '--rcs-radius', '--rcs-font', '--rcs-muted', '--rcs-border']) {
      expect(light.has(token), token).toBe(true);
    }
    const lightRule = styleRules.find((rule) => selectorsOf(rule)[0] === '.rcs-chat')!;
    expect(selectorsOf(lightRule)[1]).toMatch(/^\.rcs-theme:where\(:not\(/);
  });

  it('gives dark values both explicitly (data-theme="dark") and for data-theme="system" on a dark OS', () => {
    expect(dark.size).toBeGreaterThan(15);
    expect([...systemDark]).toEqual([...dark]);
    for (const token of dark.keys()) expect(light.has(token), token).toBe(true);
    const systemRule = styleRules.find((rule) => rule.atRules.join() === '@media (prefers-color-scheme: dark)')!;
    // "system" and a missing attribute follow the OS; "light" never does.
    expect(systemRule.prelude).toContain(":not([data-theme='light'], [data-theme='dark'])");
  });

  it('defines every --rcs- token it uses', () => {
    const used = new Set([...source.matchAll(/var\((--rcs-[a-z0-9-]+)/g)].map((match) => match[1]!));
    expect([...used].filter((token) => !light.has(token))).toEqual([]);
  });

  it('animates only under prefers-reduced-motion: no-preference', () => {
    const animated = styleRules.filter((rule) => rule.declarations.some(([property]) => property === 'animation' || property === 'transition'));
    expect(animated.length).toBeGreaterThan(0);
    for (const rule of animated) expect(rule.atRules, rule.prelude).toEqual(['@media (prefers-reduced-motion: no-preference)']);
  });

  it('gives every interactive piece a visible :focus-visible outline', () => {
    const focus = styleRules.filter((rule) => rule.prelude.includes(':focus-visible') && rule.declarations.some(([p]) => p === 'outline'));
    const covered = focus.flatMap(selectorsOf).join(' ');
    for (const piece of ['.rcs-suggestion', '.rcs-action', '.rcs-button', '.rcs-icon-button', '.rcs-jump', '.rcs-reasoning__trigger', '.rcs-viewport', '.rcs-editor']) {
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
