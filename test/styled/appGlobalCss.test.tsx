import { cleanup, render } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { fileURLToPath, URL as NodeURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChatWindow } from '../../src/styled';
import { createPushableChat } from '../helpers/pushableFetch';
import { everyPartConversation, richConversation } from './fixtures';
import { compareSpecificity, parseCss, selectorsOf, specificityOf, type CssRule } from './parseCss';
import { STARTER_APP_CSS } from '../../stories/support/starterAppCss';

const ours = parseCss(readFileSync(fileURLToPath(new NodeURL('../../src/styled/styles.css', import.meta.url)), 'utf8')).filter(
  // Rules under @media or @supports apply only sometimes, so they cannot be what protects an element.
  (rule) => rule.atRules.length === 0,
);
const app = parseCss(STARTER_APP_CSS);

const STATES = /:(hover|focus-visible|focus-within|focus|active|visited)\b/g;
const statesOf = (selector: string) => [...selector.matchAll(STATES)].map((match) => match[1]!);
const withoutStates = (selector: string) => selector.replace(STATES, '').replace(/(^|\s)(?=\s|$)/g, '$1*') || '*';

/** Does `declared` (our property) set `property` (the app's)? `all` and shorthands count. */
const covers = (declared: string, property: string) =>
  declared === property || declared === 'all' || property.startsWith(`${declared}-`);

/** The properties children inherit, which an app sets on `:root`, `body` or `#root` for its own text. */
const INHERITED = ['color', 'font-family', 'font-size', 'font-weight', 'font-style', 'line-height', 'letter-spacing', 'word-spacing', 'text-align', 'text-transform', 'text-indent'];

const conversation = [
  ...richConversation.slice(0, 2),
  { id: 'u9', role: 'user' as const, parts: [{ type: 'text' as const, text: 'And headings?' }] },
  { id: 'a9', role: 'assistant' as const, parts: [{ type: 'text' as const, text: '# Big\n\n## Smaller\n\nUse `npm test` and [docs](https://example.com).\n\n> quoted\n\n1. one\n2. two' }] },
  ...richConversation.slice(2),
  // Every part type: file and source chips (links), the step rule, an image.
  ...everyPartConversation.map((message) => ({ ...message, id: `every-${message.id!}` })),
];

let window: HTMLElement;
beforeEach(() => {
  const { store } = createPushableChat({ initialMessages: conversation });
  const { container } = render(
    <div id="root">
      <ChatWindow store={store} title="Assistant" suggestions={['Hi']} />
    </div>,
    { container: document.body.appendChild(document.createElement('div')) },
  );
  window = container.querySelector<HTMLElement>('.rcs-chat')!;
});
afterEach(cleanup);

/** Which of our rules set `property` on `element` whenever `appSelector` does, and beat it. */
function protectedBy(element: Element, property: string, appSelector: string): CssRule | undefined {
  const appStates = statesOf(appSelector);
  const appSpecificity = specificityOf(appSelector);
  return ours.find((rule) =>
    rule.declarations.some(([declared]) => covers(declared, property)) &&
    selectorsOf(rule).some(
      (selector) =>
        statesOf(selector).every((state) => appStates.includes(state)) &&
        element.matches(withoutStates(selector)) &&
        compareSpecificity(specificityOf(selector), appSpecificity) > 0,
    ),
  );
}

describe('ChatWindow in an app with starter-template global CSS', () => {
  it('renders the elements the global rules aim at', () => {
    for (const tag of ['a', 'button', 'code', 'pre', 'h1', 'h2', 'p', 'textarea', 'hr', 'img']) expect(window.querySelector(tag), tag).not.toBeNull();
  });

  it('overrides every property an app element rule sets on its elements, in every state', () => {
    const leaks: string[] = [];
    for (const rule of app) {
      for (const selector of selectorsOf(rule)) {
        const base = withoutStates(selector);
        const targets = [window, ...window.querySelectorAll('*')].filter((element) => element.matches(base));
        for (const element of targets) {
          for (const [property] of rule.declarations) {
            if (protectedBy(element, property, selector)) continue;
            leaks.push(`${selector} { ${property} } reaches <${element.tagName.toLowerCase()} class="${element.getAttribute('class') ?? ''}" data-md="${element.getAttribute('data-md') ?? ''}">`);
          }
        }
      }
    }
    expect([...new Set(leaks)]).toEqual([]);
  });

  it('sets on its root every text property the page would otherwise pass down', () => {
    const ancestors: Element[] = [];
    for (let node = window.parentElement; node; node = node.parentElement) ancestors.push(node);
    const inherited = app.flatMap((rule) =>
      selectorsOf(rule).some((selector) => ancestors.some((ancestor) => ancestor.matches(selector === ':root' ? 'html' : selector)))
        ? rule.declarations.map(([property]) => property).filter((property) => INHERITED.includes(property))
        : [],
    );
    expect(inherited).toEqual(expect.arrayContaining(['text-align', 'letter-spacing', 'color', 'line-height']));
    const unset = INHERITED.filter((property) =>
      !ours.some((rule) => rule.declarations.some(([declared]) => covers(declared, property)) && selectorsOf(rule).some((selector) => window.matches(selector))),
    );
    expect(unset).toEqual([]);
  });
});

describe('ChatWindow size', () => {
  const root = ours.find((rule) => selectorsOf(rule).includes('.rcs-chat') && rule.declarations.some(([property]) => property === 'display'))!;
  const value = (property: string) => root.declarations.findLast(([declared]) => declared === property)?.[1];

  it('fills a container with a height, and otherwise never grows past the viewport', () => {
    const tokens = ours.find((rule) => selectorsOf(rule)[0] === '.rcs-chat' && rule.declarations.some(([property]) => property === '--rcs-height'))!;
    const token = (name: string) => tokens.declarations.find(([property]) => property === name)?.[1];
    expect([value('height'), token('--rcs-height')]).toEqual(['var(--rcs-height)', '100%']);
    expect([value('max-height'), token('--rcs-max-height')]).toEqual(['var(--rcs-max-height)', '100dvh']);
    // A minimum above the viewport would beat the maximum on a short screen.
    expect([value('min-height'), token('--rcs-min-height')]).toEqual(['min(var(--rcs-min-height), 100dvh)', '24rem']);
  });
});
