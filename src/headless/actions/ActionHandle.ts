/**
 * What an action hook returns for an action that applies to the message: the click handler, and
 * `disabled` when it applies but cannot run now (for example while the message streams). Action hooks
 * return `null` when the action does not apply, and their buttons then render nothing.
 */
export interface ActionHandle {
  /** Runs the action; `trigger` is the element that ran it (it gets focus back when that makes sense). */
  onClick(trigger?: HTMLElement | null): void;
  /** True when the action cannot run now. */
  disabled?: boolean;
  /** A state for `data-state` (`'copied'` after a copy, for example). */
  state?: string;
}
