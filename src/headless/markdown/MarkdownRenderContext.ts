import type { ResolvedMarkdownComponents } from './MarkdownComponents';
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
  /** False for the last block of a message still streaming: its code may not be final yet. */
  readonly complete: boolean;
}
