// One counter per page: each page mounts a single contender, so the count is that contender's alone.
let count = 0;

/**
 * Called by a contender's row component each time it renders (the plain pages, which have no row
 * component, add one per row element they re-create). A plain increment, so that counting costs nothing
 * beside the render it counts.
 */
export function countRowRenders(rows = 1): void {
  count += rows;
}

/** Rows rendered since the page loaded. */
export function rowRenders(): number {
  return count;
}
