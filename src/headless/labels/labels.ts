import type { ChatStreamError } from '../../sse/ChatStreamError';
import type { ChatRole, ChatTurnEnd, ToolApprovalState, ToolCallState } from '../../message';
import type { ToolCallStatus } from '../tool-call/ToolCallStatus';
import type { ComposerQueuePause } from '../composer/ComposerQueueState';

/**
 * Every word the headless and styled parts show or announce, in one object an app replaces to
 * translate or reword the UI: `<Chat.Root labels={{ send: 'Senden' }}>` or `<ChatWindow labels={…}>`.
 * Strings that depend on data are functions. Parts render your own `children` or `render` instead
 * when you give them, so these are only the defaults.
 */
export interface ChatLabels {
  /** `Action.Copy`: content, accessible name, and both after a copy. */
  copy: string;
  copyMessage: string;
  copied: string;
  /** `Action.Edit`: content and accessible name. */
  edit: string;
  editMessage: string;
  /** `Action.Regenerate`: content and accessible name. */
  regenerate: string;
  regenerateResponse: string;
  /** `Action.Retry`: content and accessible name. */
  retry: string;
  /** `Composer.Submit`: content and accessible name. */
  send: string;
  sendMessage: string;
  /** `Composer.Stop`: content and accessible name. */
  stop: string;
  stopGenerating: string;
  /** `Composer.Input`'s accessible name (when it has no `id` or `aria-labelledby`). */
  messageInput: string;
  /** `Composer.AttachButton`: content and accessible name. */
  attach: string;
  attachFiles: string;
  /** `Composer.Attachments`: the list's name, and each remove button's name from the file's name. */
  attachments: string;
  removeAttachment: (name: string) => string;
  /**
   * `Composer.Queue`: the list's name; the Send now and Remove buttons of a queued message (content,
   * and accessible names from a short summary of the message: its text, or its files' names).
   */
  queuedMessages: string;
  queueSendNow: string;
  sendQueuedNow: (summary: string) => string;
  queueRemove: string;
  removeQueued: (summary: string) => string;
  /**
   * `Composer.QueuePaused`: why the queue stopped draining; `Composer.QueueResume`: content and
   * accessible name (the name holds the content, so voice control finds the button by what it shows).
   */
  queuePaused: (reason: ComposerQueuePause) => string;
  queueResume: string;
  resumeQueue: string;
  /** `Message.TurnEnd`: why the client ended an agent turn (a budget, the loop guard, a terminal tool). */
  turnEnd: (reason: ChatTurnEnd) => string;
  /** Announced (politely) while files are dragged over `Composer.Root`. */
  dropFiles: string;
  /** Why a picked file was refused: from the `'attachment'` error `checkAttachments` made, or a failed read. */
  attachmentRefused: (error: ChatStreamError) => string;
  attachmentUnreadable: (name: string) => string;
  /** `Chat.JumpToLatest`'s accessible name, and the styled button's text. */
  jumpToLatestMessage: string;
  jumpToLatest: string;
  /** The accessible name of the `Message.Actions` group. */
  messageActions: string;
  /** `Message.Editor`: the textarea's name, the Save and Cancel buttons' content and names. */
  editorInput: string;
  save: string;
  saveEdit: string;
  cancel: string;
  cancelEdit: string;
  /** `Message.ReasoningTrigger` while the reasoning streams, and after. */
  thinking: string;
  reasoning: string;
  /** `Message.Status` per status (`complete` shows nothing). */
  statusStreaming: string;
  statusStopped: string;
  statusFailed: string;
  /** `Message.Error` when the error has no message. */
  answerFailed: string;
  /** The note a `Chat.Messages` row shows when its message cannot be rendered. */
  rowRenderError: (position: number, role: ChatRole, reason: string) => string;
  /** A markdown code block's copy button: accessible name (content is `copy` / `copied`). */
  copyCode: string;
  /** The names of a markdown task list's boxes, ticked and not. */
  taskDone: string;
  taskOpen: string;
  /** Styled: the window's name when it has no title, and the message list's. */
  chat: string;
  messages: string;
  /** Styled: the composer's placeholder, the empty state's greeting and the suggestions list's name. */
  composerPlaceholder: string;
  emptyTitle: string;
  suggestions: string;
  /** Styled tool-call card: its state badge, captions, and the note under arguments that are not JSON. */
  toolCallState: (state: ToolCallState) => string;
  toolArguments: string;
  toolArgumentsRaw: string;
  toolResult: string;
  toolInvalidArguments: (parseError: string | undefined) => string;
  /** Styled tool-call card: the caption over a result the tool reported as an error, and the approval step. */
  toolError: string;
  toolApprovalState: (state: ToolApprovalState) => string;
  /**
   * The buttons that answer a call waiting for approval (`ToolCall.Approve`/`Deny`, the styled card):
   * their content, and the headless buttons' accessible names from the tool's name.
   */
  toolApprove: string;
  toolDeny: string;
  approveToolCall: (toolName: string) => string;
  denyToolCall: (toolName: string) => string;
  /** A call's arguments region (`ToolCall.Arguments`), and its status as `ToolCall.Status` announces it. */
  toolArgumentsOf: (toolName: string) => string;
  toolCallStatus: (toolName: string, status: ToolCallStatus) => string;
  /** File parts (`Part.File`, styled): an image's alt text when the file has no name, and how a size in bytes reads. */
  fileImage: string;
  fileSize: (bytes: number) => string;
  /** Source parts (`Part.Source`, styled): what a cited document without a title or file name is called. */
  sourceDocument: string;
  /** Styled error banner: the headline for a failed turn (the error's own message goes beneath it). */
  errorHeadline: (error: ChatStreamError | undefined) => string;
  /** Styled usage and timing figures: each label, its tooltip, and how a value reads. */
  statFirstToken: string;
  statFirstTokenDetail: string;
  statSpeed: string;
  statSpeedDetail: string;
  statSpeedValue: (tokensPerSecond: string) => string;
  statTokens: string;
  statTokensDetail: (counts: StatTokenCounts) => string;
}

/** Formatted token counts for the `statTokensDetail` label; absent when the server did not report one. */
export interface StatTokenCounts {
  input: string;
  output: string;
  reasoning?: string;
  cached?: string;
}

function tokensDetail({ input, output, reasoning, cached }: StatTokenCounts): string {
  const parts = [`${input} in`, `${output} out`];
  if (reasoning !== undefined) parts.push(`${reasoning} reasoning`);
  if (cached !== undefined) parts.push(`${cached} cached`);
  return parts.join(' · ');
}

const toolStates: Record<ToolCallState, string> = { streaming: 'Streaming', ready: 'Ready', invalid: 'Invalid' };

const callStatuses: Record<ToolCallStatus, string> = {
  streaming: 'preparing',
  invalid: 'invalid arguments',
  'awaiting-approval': 'awaiting approval',
  denied: 'denied',
  running: 'running',
  complete: 'done',
  error: 'failed',
};

const approvalStates: Record<ToolApprovalState, string> = { requested: 'Awaiting approval', approved: 'Approved', denied: 'Denied' };

const turnEnds: Record<ChatTurnEnd, string> = {
  'max-steps': 'Ended at the step limit of this turn.',
  'max-output-tokens': 'Ended: this turn used up its output token budget.',
  'max-duration': 'Ended: this turn ran out of time.',
  loop: 'Ended: the same tool call kept repeating.',
  'terminal-tool': 'Ended with the final tool result.',
};

const queuePauses: Record<ComposerQueuePause, string> = {
  error: 'The last answer failed, so the queued messages wait.',
  stopped: 'The last answer was stopped, so the queued messages wait.',
};

const sizeFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${sizeFormat.format(bytes / 1024)} KB`;
  return `${sizeFormat.format(bytes / (1024 * 1024))} MB`;
}

function errorHeadline(error: ChatStreamError | undefined): string {
  switch (error?.code) {
    case 'http': {
      const status = error.status;
      if (status === 401 || status === 403) return `Not authorized (HTTP ${status})`;
      if (status === 429) return 'Too many requests (HTTP 429)';
      if (status !== undefined && status >= 500) return `Server error (HTTP ${status})`;
      return status === undefined ? 'Request failed' : `Request failed (HTTP ${status})`;
    }
    case 'network':
      return 'Connection lost';
    case 'timeout':
      return 'The server stopped responding';
    case 'protocol':
      return 'Unexpected response from the server';
    case 'server':
      return 'The model reported an error';
    case 'incomplete':
      return 'The answer was cut off';
    case 'aborted':
      return 'The request was cancelled';
    default:
      return 'Something went wrong';
  }
}

/** The English labels every part uses unless `labels` replaces some. */
export const defaultLabels: ChatLabels = {
  copy: 'Copy',
  copyMessage: 'Copy message',
  copied: 'Copied',
  edit: 'Edit',
  editMessage: 'Edit message',
  regenerate: 'Regenerate',
  regenerateResponse: 'Regenerate response',
  retry: 'Retry',
  send: 'Send',
  sendMessage: 'Send message',
  stop: 'Stop',
  stopGenerating: 'Stop generating',
  messageInput: 'Message',
  attach: 'Attach',
  attachFiles: 'Attach files',
  attachments: 'Attachments',
  removeAttachment: (name) => `Remove ${name}`,
  queuedMessages: 'Queued messages',
  queueSendNow: 'Send now',
  sendQueuedNow: (summary) => `Send now: ${summary}`,
  queueRemove: 'Remove',
  removeQueued: (summary) => `Remove from queue: ${summary}`,
  queuePaused: (reason) => queuePauses[reason],
  queueResume: 'Send next',
  resumeQueue: 'Send next queued message',
  turnEnd: (reason) => turnEnds[reason],
  dropFiles: 'Drop files to attach them',
  attachmentRefused: (error) => error.message,
  attachmentUnreadable: (name) => `"${name}" could not be read.`,
  jumpToLatestMessage: 'Jump to latest message',
  jumpToLatest: 'Jump to latest',
  messageActions: 'Message actions',
  editorInput: 'Edit message',
  save: 'Save',
  saveEdit: 'Save edit',
  cancel: 'Cancel',
  cancelEdit: 'Cancel edit',
  thinking: 'Thinking…',
  reasoning: 'Reasoning',
  statusStreaming: 'Generating…',
  statusStopped: 'Stopped',
  statusFailed: 'Failed',
  answerFailed: 'The answer failed.',
  rowRenderError: (position, role, reason) => `Message ${position} (${role}) could not be shown: ${reason}`,
  copyCode: 'Copy code',
  taskDone: 'Completed task',
  taskOpen: 'Open task',
  chat: 'Chat',
  messages: 'Messages',
  composerPlaceholder: 'Send a message…',
  emptyTitle: 'How can I help?',
  suggestions: 'Suggestions',
  toolCallState: (state) => toolStates[state],
  toolArguments: 'Arguments',
  toolArgumentsRaw: 'Arguments (raw)',
  toolResult: 'Result',
  toolInvalidArguments: (parseError) => (parseError ? `Not valid JSON: ${parseError}` : 'The arguments are not valid JSON.'),
  toolError: 'Error',
  toolApprovalState: (state) => approvalStates[state],
  toolApprove: 'Approve',
  toolDeny: 'Deny',
  approveToolCall: (toolName) => `Approve ${toolName || 'tool call'}`,
  denyToolCall: (toolName) => `Deny ${toolName || 'tool call'}`,
  toolArgumentsOf: (toolName) => `Arguments of ${toolName || 'tool call'}`,
  toolCallStatus: (toolName, status) => `${toolName || 'Tool call'}: ${callStatuses[status]}`,
  fileImage: 'Image',
  fileSize,
  sourceDocument: 'Document',
  errorHeadline,
  statFirstToken: 'First token',
  statFirstTokenDetail: 'Time to first token',
  statSpeed: 'Speed',
  statSpeedDetail: 'Output tokens per second',
  statSpeedValue: (tokensPerSecond) => `${tokensPerSecond} tok/s`,
  statTokens: 'Tokens',
  statTokensDetail: tokensDetail,
};
