/**
 * Calls `onChange` whenever the scrollable content of `element` may have changed size, and returns a
 * function that stops watching.
 *
 * With a ResizeObserver (browsers) it watches the container and its direct children only: their boxes
 * grow with anything in flow inside them, so a token deep in a message is seen through the list that
 * holds it, at a cost that does not grow with the conversation. Resize callbacks run after layout and
 * before paint, so reading `scrollHeight` there forces no extra layout and pinning does not flicker.
 * The container's own child list (not its subtree) only adds and drops watched children.
 * Without one (jsdom) a subtree MutationObserver stands in: also before paint, but it forces a layout
 * on every change.
 */
export function watchContentSize(element: HTMLElement, onChange: () => void): () => void {
  if (typeof ResizeObserver !== 'function') {
    const mutations = new MutationObserver(onChange);
    mutations.observe(element, { childList: true, subtree: true, characterData: true });
    return () => mutations.disconnect();
  }
  const resize = new ResizeObserver(onChange);
  // Border boxes: a child's padding or border changes the scroll height too.
  // A virtualized list reports its own resizes (`contentChanged`, from its rows' observer): watched
  // here too, its height set from inside that observer would be a resize delivered a frame late,
  // which the browser reports as a ResizeObserver loop error.
  const watch = (node: Node) => {
    if (node.nodeType !== Node.ELEMENT_NODE || node.parentNode !== element || (node as Element).hasAttribute('data-virtualized')) return;
    resize.observe(node as Element, { box: 'border-box' });
  };
  resize.observe(element);
  for (const child of Array.from(element.children)) watch(child);
  const children = new MutationObserver((records) => {
    let removed = false;
    for (const record of records) {
      record.addedNodes.forEach(watch);
      record.removedNodes.forEach((node) => {
        if (node.nodeType === Node.ELEMENT_NODE) resize.unobserve(node as Element);
        removed = true;
      });
    }
    // A removed child resizes nothing that is still watched, yet the content got shorter.
    if (removed) onChange();
  });
  children.observe(element, { childList: true });
  return () => {
    children.disconnect();
    resize.disconnect();
  };
}
