/** The `Composer.*` parts. */
export { ComposerRoot as Root } from './ComposerRoot';
export { ComposerInput as Input } from './ComposerInput';
export { ComposerSubmit as Submit } from './ComposerSubmit';
export { ComposerStop as Stop } from './ComposerStop';
export { ComposerAttachButton as AttachButton } from './ComposerAttachButton';
export { ComposerAttachments as Attachments } from './ComposerAttachments';
export { ComposerQueue as Queue, ComposerQueuePaused as QueuePaused } from './ComposerQueue';
export {
  ComposerQueueRemove as QueueRemove,
  ComposerQueueResume as QueueResume,
  ComposerQueueSendNow as QueueSendNow,
} from './ComposerQueueActions';
