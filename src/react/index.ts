export { ChatProvider, useChatStore, useOptionalChatStore, type ChatProviderProps } from './ChatProvider';
export { useChatMessage } from './useChatMessage';
export { sameIds, useChatMessageIds, useChatSelector, type UseChatSelectorOptions } from './useChatSelector';
export { useChatStream, type UseChatStreamOptions, type UseChatStreamResult } from './useChatStream';
export { useCreateChatStore } from './useCreateChatStore';
export { useStoreSelector, type EqualityFn, type SubscribableStore } from './useStoreSelector';
