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
 * Where a chat UI gets its chat: the `store`, from `useCreateChatStore`, `createChatStore`, or the
 * `store` field of what `useChatStream` returns.
 */
export interface ChatSource {
  /** The chat to show. */
  store: ChatStore;
}

/**
 * The `store` prop, checked: the types require it, but plain JavaScript or an `any` can still pass none
 * (or the whole `useChatStream` result); the error then names `consumer`, the component the user rendered.
 */
export function requireStore(store: ChatStore | undefined, consumer: string): ChatStore {
  if (typeof store?.getState !== 'function') {
    throw new Error(`\`${consumer}\` needs a \`store\` prop: \`useCreateChatStore(options)\`, or \`store\` of what \`useChatStream\` returns.`);
  }
  return store;
}

/** Props of {@link ChatRoot}: its `store`, and the root element's props. */
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
  { store: givenStore, asChild, labels, ...props },
  ref,
) {
  const store = requireStore(givenStore, 'Chat.Root');
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
