import type { ResolvedMarkdownComponents } from './MarkdownComponents';
import type { ChatLabels } from '../labels/labels';
import type { MarkdownHighlighter } from './MarkdownHighlighter';

/** Everything the token renderers need besides the tokens. */
export interface MarkdownRenderContext {
  readonly components: ResolvedMarkdownComponents;
  /**
   * Box holding the latest highlighter. Read in effects, so a new function identity on every
   * parent render neither re-renders finished blocks nor re-runs their highlighting.
   */
  readonly highlighter: { readonly current: MarkdownHighlighter | undefined };
  /** Whether a highlighter is set; a change re-renders the blocks so code can be highlighted. */
  readonly highlightEnabled: boolean;
  /**
   * False while the message streams: links and copy buttons stay out of the tab order, because the
   * content is still moving and the headless message hides it from assistive tech until it settles
   * (a focusable element inside `aria-hidden` would be reachable by keyboard but never announced).
   */
  readonly interactive: boolean;
  /** False for the last block of a message still streaming: its code may not be final yet. */
  readonly complete: boolean;
  /** The words of the enclosing chat (task boxes' names); a change re-renders the blocks. */
  readonly labels: ChatLabels;
}
