/** The `Chat.*` parts, for `import { Chat } from 'react-chat-stream/headless'` and `<Chat.Root>`. */
export { ChatRoot as Root } from './ChatRoot';
export { ChatMessages as Messages } from './ChatMessages';
export { ChatViewport as Viewport } from '../scroll/ChatViewport';
export { ChatJumpToLatest as JumpToLatest } from '../scroll/ChatJumpToLatest';
export { ChatEmpty as Empty } from './ChatEmpty';
export { ChatSuggestion as Suggestion } from './ChatSuggestion';
