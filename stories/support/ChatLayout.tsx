import type { CSSProperties, ReactNode } from 'react';
import { Action, Chat, Composer, Message, Part, ToolCall, useToolCall } from '../../src/headless';
import type { ChatMessagesProps, MessageComponents, MessagePartComponents, MessagePartProps } from '../../src/headless';
import type { ReasoningPart, RefusalPart, ToolCallPart } from '../../src/message';
import type { ChatStreamError } from '../../src/sse/ChatStreamError';
import type { ChatStore } from '../../src/store/createChatStore';
import './stories.css';

/** Props of {@link ChatLayout}. */
export interface ChatLayoutProps {
  /** The chat to show (`store` of what `useChatStream` returns). */
  store: ChatStore;
  /** Shown while the conversation is empty. */
  greeting?: ReactNode;
  /** Prompts offered while the conversation is empty. */
  suggestions?: readonly string[];
  /** Height of the whole chat, in px. */
  height?: number;
  /** Placeholder of the composer. */
  placeholder?: string;
  /** Per-role row components instead of the default ones; pass a module-level object. */
  components?: MessageComponents;
  /** More props for `Chat.Messages` (`virtualize`, `onLoadOlder`, `handleRef`…). */
  messages?: Omit<ChatMessagesProps, 'components'>;
}

/** The error's message with its code, status and requested wait, as a developer wants to see them. */
function describeError(error: ChatStreamError | undefined): string {
  if (!error) return 'The answer failed.';
  const facts = [error.code, error.status, error.retryAfterMs === undefined ? undefined : `retry after ${error.retryAfterMs / 1000} s`];
  return `${error.message} (${facts.filter((fact) => fact !== undefined).join(', ')})`;
}

/** The call's state in words, next to its name. */
function ToolCallState() {
  const call = useToolCall('ToolCallState');
  return <span className="sb-tool-state">{call.state === 'invalid' ? `invalid: ${call.parseError ?? ''}` : call.state}</span>;
}

/** One tool-call part: name, state, live arguments and the result once there is one. */
function ToolCallView(props: MessagePartProps<ToolCallPart>) {
  return (
    <Part.ToolCall {...props} className="sb-tool">
      <strong>
        <ToolCall.Name />
      </strong>
      <ToolCallState />
      <ToolCall.Arguments />
      <ToolCall.Result />
    </Part.ToolCall>
  );
}

// The default part views with a class for the layout CSS: wrap a `Part.*` to keep its behaviour.
const ReasoningView = (props: MessagePartProps<ReasoningPart>) => <Part.Reasoning {...props} className="sb-reasoning" />;
const RefusalView = (props: MessagePartProps<RefusalPart>) => <Part.Refusal {...props} className="sb-refusal" />;

// Module-level, so that parts keep their component (and their memoized render) across renders.
const partComponents: MessagePartComponents = { reasoning: ReasoningView, refusal: RefusalView, toolCall: ToolCallView };

function UserMessage() {
  return (
    <Message.Root className="sb-message">
      <div className="sb-message-head">
        <span>You</span>
        <Message.Status />
      </div>
      <Message.Parts />
      <Message.Editor className="sb-editor" />
      <Message.Actions className="sb-actions">
        <Action.Copy />
        <Action.Edit />
      </Message.Actions>
    </Message.Root>
  );
}

function AssistantMessage() {
  return (
    <Message.Root className="sb-message">
      <div className="sb-message-head">
        <span>Assistant</span>
        <Message.Status />
      </div>
      <Message.Parts components={partComponents} />
      <Message.Error className="sb-error" render={(error) => (
          <>
            <span>{describeError(error)}</span> <Action.Retry />
          </>
        )} />
      <Message.Actions className="sb-actions">
        <Action.Copy />
        <Action.Regenerate />
      </Message.Actions>
    </Message.Root>
  );
}

// Module-level so that rows keep their identity across renders (see Chat.Messages).
const defaultComponents: MessageComponents = { UserMessage, AssistantMessage };

/**
 * The headless parts composed into a usable chat with layout-only CSS: a scrolling viewport with the
 * log of messages, an empty state with suggestions, a jump-to-latest button and a composer. This is
 * what an app writes on top of `react-chat-stream/headless`.
 */
export function ChatLayout({
  store,
  greeting,
  suggestions = [],
  height,
  placeholder = 'Ask anything',
  components = defaultComponents,
  messages,
}: ChatLayoutProps) {
  const style = height === undefined ? undefined : ({ '--sb-chat-height': `${height}px` } as CSSProperties);
  return (
    <Chat.Root store={store} className="sb-chat" style={style}>
      {/* A scrollable region must be reachable by keyboard (axe: scrollable-region-focusable). */}
      <Chat.Viewport className="sb-viewport" tabIndex={0} role="region" aria-label="Conversation">
        <Chat.Empty className="sb-empty">
          {greeting ?? <p>No messages yet. Say hello!</p>}
          {suggestions.length > 0 ? (
            <div className="sb-suggestions">
              {suggestions.map((prompt) => (
                <Chat.Suggestion key={prompt}>{prompt}</Chat.Suggestion>
              ))}
            </div>
          ) : null}
        </Chat.Empty>
        <Chat.Messages components={components} {...messages} />
        <Chat.JumpToLatest className="sb-jump">Jump to latest ↓</Chat.JumpToLatest>
      </Chat.Viewport>
      <Composer.Root className="sb-composer">
        <Composer.Input placeholder={placeholder} />
        <Composer.Submit />
        <Composer.Stop />
      </Composer.Root>
    </Chat.Root>
  );
}
