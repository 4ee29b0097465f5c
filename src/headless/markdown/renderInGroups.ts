import { createElement, memo, type ComponentType, type ReactNode } from 'react';

/**
 * How many items one memoised group holds. A token re-renders the group of the item that changed and
 * walks past the others with one comparison of identities each, so the elements React creates per
 * token grow with the item count divided by this, not with the item count: a 50 KB message has a few
 * hundred blocks, a long table a couple of thousand rows.
 */
export const GROUP_SIZE = 32;

/** Props of a group component: the whole item list and where the group starts in it. */
export interface GroupProps<T, C> {
  items: readonly T[];
  from: number;
  context: C;
}

const sameGroup = <T, C>(a: GroupProps<T, C>, b: GroupProps<T, C>): boolean => {
  if (a.context !== b.context || a.from !== b.from) return false;
  const end = a.from + GROUP_SIZE;
  if (Math.min(a.items.length, end) !== Math.min(b.items.length, end)) return false;
  for (let index = a.from; index < end && index < a.items.length; index++) if (a.items[index] !== b.items[index]) return false;
  return true;
};

/**
 * Makes the memoised group component for `renderItem`: it renders the items of its range, each keyed
 * by its index in the whole list, and renders again only when one of them (or the context) changed.
 */
export function createGroupComponent<T, C>(
  name: string,
  renderItem: (item: T, index: number, context: C) => ReactNode,
): ComponentType<GroupProps<T, C>> {
  function Group({ items, from, context }: GroupProps<T, C>): ReactNode {
    const nodes: ReactNode[] = [];
    for (let index = from; index < from + GROUP_SIZE && index < items.length; index++) nodes.push(renderItem(items[index]!, index, context));
    return nodes;
  }
  Group.displayName = name;
  return memo(Group, sameGroup) as ComponentType<GroupProps<T, C>>;
}

/** The elements of `items` in groups of {@link GROUP_SIZE}, keyed by group. */
export function renderInGroups<T, C>(Group: ComponentType<GroupProps<T, C>>, items: readonly T[], context: C): ReactNode[] {
  const groups: ReactNode[] = [];
  for (let from = 0; from < items.length; from += GROUP_SIZE) groups.push(createElement(Group, { key: from, items, from, context }));
  return groups;
}
