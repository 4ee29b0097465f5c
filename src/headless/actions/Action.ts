/** The `Action.*` buttons, used inside `Message.Actions` (or anywhere inside a message). */
export { ActionCopy as Copy, ActionEdit as Edit, ActionRegenerate as Regenerate, ActionRetry as Retry } from './ActionButtons';
