'use client';
import { forwardRef, useId, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import {
  Chat,
  type ChatLabels,
  type ChatMessagesProps,
  type ChatSource,
  type MarkdownComponents,
  type MarkdownHighlighter,
  type MessageComponents,
  type MessagePartComponents,
  type ToolCallComponents,
} from '../headless';
import { useMergedLabels } from '../headless/labels/useLabels';
import { requireStore } from '../headless/chat/ChatRoot';
import { cx } from './cx';
import { StyledChatContext } from './StyledChatContext';
import { StyledChatHeader } from './StyledChatHeader';
import { StyledComposer } from './StyledComposer';
import { StyledEmptyState } from './StyledEmptyState';
import { StyledMessageList } from './StyledMessageList';
import { useChatOptionsValue } from './useChatOptionsValue';

/** The colour scheme of a `ChatWindow`: fixed, or following the OS (`prefers-color-scheme`). */
export type ChatTheme = 'light' | 'dark' | 'system';

/** The props of {@link ChatWindow} besides its chat; other props land on the root `section`. */
export interface ChatWindowOptions extends Omit<ComponentPropsWithoutRef<'section'>, 'title' | 'children'> {
  /** A title for the header; without one (and without `header`) there is no header. */
  title?: ReactNode;
  /** The composer's placeholder. */
  placeholder?: string;
  /** Prompts offered while the conversation is empty. */
  suggestions?: readonly string[];
  /** Replaces the empty state's greeting ("How can I help?"); suggestions still follow it. */
  emptyState?: ReactNode;
  /** Colour scheme, set as `data-theme`. Default `'system'`. */
  theme?: ChatTheme;
  /** Syntax highlighting for finished code blocks (see `MarkdownHighlighter`). */
  highlight?: MarkdownHighlighter;
  /** Replacement markdown elements (`a`, `code`, `img`…). */
  markdownComponents?: Partial<MarkdownComponents>;
  /** Shows usage and timing under assistant messages. Default true. */
  showStats?: boolean;
  /** Per-role message components replacing `StyledMessage` (see `styledMessageComponents`). */
  components?: MessageComponents;
  /**
   * Components per part type, replacing the styled ones (see `styledPartComponents`): a tool's own
   * card, say. The app's `data` parts render only through `parts.data[name]`; without one they show
   * nothing. Each component gets `{ part, index, streaming, messageRole }`.
   */
  parts?: MessagePartComponents;
  /**
   * A tool's own component by tool name, in place of the tool-call card: `{ get_weather: WeatherCard }`
   * (over `parts.tools`). Each gets `{ part, index, streaming, messageRole }`; `useToolCallActions(part)`
   * approves, denies or answers the call.
   */
  toolComponents?: ToolCallComponents;
  /** Replaces the header (`StyledChatHeader`). */
  header?: ReactNode;
  /** Replaces the composer (`StyledComposer`); use `Composer.*` or `StyledComposer` with your props. */
  composer?: ReactNode;
  /**
   * Mounts only the messages near the view, so a thread of thousands streams like a short one.
   * Default true. Find-in-page then sees only mounted messages; `false` renders them all. Options:
   * see `ChatVirtualizeOptions`.
   */
  virtualize?: ChatMessagesProps['virtualize'];
  /** Whether older messages can be loaded; see `onLoadOlder`. */
  hasOlder?: boolean;
  /**
   * Called as the reader nears the oldest message while `hasOlder`: prepend the older page to the
   * store (`setMessages`); what is on screen stays put. Return a promise to be called again only
   * after it settles.
   */
  onLoadOlder?: ChatMessagesProps['onLoadOlder'];
  /** Receives `scrollToMessage(id)` (see `ChatMessagesHandle`). */
  handleRef?: ChatMessagesProps['handleRef'];
  /** Rendered under the composer (a disclaimer, say). */
  children?: ReactNode;
  /**
   * Words the window shows and announces, replacing the defaults they name (`defaultLabels` of
   * `react-chat-stream/headless`); pass a stable object (module level or `useMemo`).
   */
  labels?: Partial<ChatLabels>;
}

/** Props of {@link ChatWindow}: its `store` and its options. */
export type ChatWindowProps = ChatWindowOptions & ChatSource;

/**
 * A complete chat UI, ready as is: header, scrolling conversation with auto-scroll and "jump to
 * latest", user and assistant messages showing every part in the order it streamed (markdown text,
 * reasoning, refusals, tool-call cards with results and approvals, images and files, cited sources,
 * agent step dividers), error banner with retry, usage and timing, message actions, an empty state
 * with suggestions and a composer with send and stop. Built only from the headless parts; every
 * piece is exported alone.
 *
 * Import the stylesheet once: `import 'react-chat-stream/styles.css'`. Colours, radius and font are
 * CSS custom properties (`--rcs-bg`, `--rcs-fg`, `--rcs-accent`, `--rcs-radius`, `--rcs-font`…) set
 * on `.rcs-chat`; override them with a class of yours, or restyle any piece through `className`.
 * The window fills its parent's height when the parent has one and never grows past the viewport
 * (`max-height: 100dvh`), scrolling the conversation inside; size it with `--rcs-height`,
 * `--rcs-max-height`, `--rcs-min-height`, a `className` or `style`. Inherited text settings and the
 * app's bare element rules (`code {}`, `button {}`) are reset inside it.
 *
 * @example
 * const chat = useChatStream({ api: '/api/chat' });
 * <ChatWindow store={chat.store} title="Assistant" suggestions={['What can you do?']} />
 */
export const ChatWindow = forwardRef<HTMLElement, ChatWindowProps>(function ChatWindow(
  {
    store, title, placeholder, suggestions, emptyState, theme = 'system', highlight, markdownComponents,
    showStats, components, parts, toolComponents, header, composer, children, className, labels,
    virtualize, hasOlder, onLoadOlder, handleRef, ...props
  },
  ref,
) {
  const chatStore = requireStore(store, 'ChatWindow');
  const titleId = useId();
  // A new object per render is fine: the options are compared entry by entry, `tools` included.
  const allParts = toolComponents ? { ...parts, tools: { ...parts?.tools, ...toolComponents } } : parts;
  const options = useChatOptionsValue(highlight, markdownComponents, showStats, allParts);
  const merged = useMergedLabels(labels);
  const hasTitle = title !== undefined && header === undefined;
  const naming = hasTitle ? { 'aria-labelledby': titleId } : { 'aria-label': merged.chat };
  return (
    <StyledChatContext.Provider value={options}>
      <Chat.Root store={chatStore} labels={merged} asChild>
        <section className={cx('rcs-chat rcs-theme', className)} data-theme={theme} {...naming} {...props} ref={ref}>
          {header ?? (hasTitle ? <StyledChatHeader title={title} titleId={titleId} /> : null)}
          <StyledMessageList
            components={components}
            virtualize={virtualize}
            hasOlder={hasOlder}
            onLoadOlder={onLoadOlder}
            handleRef={handleRef}
          >
            <StyledEmptyState suggestions={suggestions}>{emptyState}</StyledEmptyState>
          </StyledMessageList>
          {composer ?? <StyledComposer placeholder={placeholder} />}
          {children}
        </section>
      </Chat.Root>
    </StyledChatContext.Provider>
  );
});
