import type { MessagePartComponents } from './MessagePartProps';

/** Whether two objects hold the same values under the same keys (one level, by identity). */
export function sameEntries<T extends object>(a: T | undefined, b: T | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const keys = Object.keys(a) as Array<keyof T>;
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

/**
 * Whether two part-component maps name the same components. The `data` and `tools` maps are compared
 * one level down: `parts={{ tools: { get_weather: Card } }}` written inline is a new object on every
 * render (once per flush under `useChatStream`), and treating it as new would re-render every row.
 */
export function samePartComponents(a: MessagePartComponents | undefined, b: MessagePartComponents | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return (
    sameEntries({ ...a, data: undefined, tools: undefined }, { ...b, data: undefined, tools: undefined }) &&
    sameEntries(a.data, b.data) &&
    sameEntries(a.tools, b.tools)
  );
}
