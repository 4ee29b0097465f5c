import type { CSSProperties } from 'react';

/**
 * Off screen yet read: the usual clip-to-nothing box, for text meant for screen readers only. An
 * unstyled part cannot count on the app's `sr-only` class, so this is the one style it sets.
 */
export const visuallyHidden: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  margin: -1,
  padding: 0,
  border: 0,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
};
