'use client';
import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { ChatProvider } from '../../react/ChatProvider';
import { useStoreSelector } from '../../react/useStoreSelector';
import type { ChatState } from '../../store/ChatState';
import type { ChatStore } from '../../store/createChatStore';
import type { ChatLabels } from '../labels/labels';
import { Primitive } from '../internal/Primitive';
import { LabelsContext, useMergedLabels } from '../labels/useLabels';

/**
 * Where a chat UI gets its chat: `chat` (what `useChatStream` returns) or `store` (made with
 * `createChatStore`); one of them is required, and `store` wins when both are given.
 */
export type ChatSource =
  | {
      /** The chat to show: the result of `useChatStream`. */
      chat: { store: ChatStore };
      /** Or a store made with `createChatStore`. Wins over `chat` when both are given. */
      store?: ChatStore;
    }
  | {
      /** The chat to show: the result of `useChatStream`. */
      chat?: { store: ChatStore };
      /** A store made with `createChatStore`. Wins over `chat` when both are given. */
      store: ChatStore;
    };

/**
 * The store of a {@link ChatSource}. The types require one, but plain JavaScript or an `any` can still
 * pass neither; the error then names `consumer`, the component the user rendered.
 */
export function storeOfSource({ chat, store }: Partial<ChatSource>, consumer: string): ChatStore {
  const found = store ?? chat?.store;
  if (!found) throw new Error(`\`${consumer}\` needs a \`chat\` (what \`useChatStream\` returns) or a \`store\` prop.`);
  return found;
}

/** Props of {@link ChatRoot}: give `chat` (what `useChatStream` returns) or `store`. */
export type ChatRootProps = ComponentPropsWithoutRef<'div'> &
  ChatSource & {
    /** Renders the child element instead of a `div`, merging props onto it. */
    asChild?: boolean;
    /**
     * Words the parts below show and announce, replacing the defaults they name (see
     * `defaultLabels`); pass a stable object (module level or `useMemo`).
     */
    labels?: Partial<ChatLabels>;
  };

const selectStatus = (state: ChatState) => state.status;

/**
 * The root of a chat UI: shares the chat's store with every part below it and renders a `div` with
 * `data-status` (`idle` | `submitted` | `streaming` | `error`).
 */
export const ChatRoot = forwardRef<HTMLDivElement, ChatRootProps>(function ChatRoot(
  { chat, store: givenStore, asChild, labels, ...props },
  ref,
) {
  const store = storeOfSource({ chat, store: givenStore }, 'Chat.Root');
  // Only the status is read here, so a token re-renders nothing at the root.
  const status = useStoreSelector(store, selectStatus);
  const merged = useMergedLabels(labels);
  return (
    <ChatProvider store={store}>
      <LabelsContext.Provider value={merged}>
        <Primitive.div asChild={asChild} data-status={status} {...props} ref={ref} />
      </LabelsContext.Provider>
    </ChatProvider>
  );
});
