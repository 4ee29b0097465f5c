/**
 * The default view of each part type, as `Message.Parts` renders them: use one inside your own part
 * component to keep its behaviour and add to it (`<Part.Text {...props} highlight={highlight} />`).
 */
export { PartText as Text } from './PartText';
export { PartReasoning as Reasoning } from './PartReasoning';
export { PartRefusal as Refusal } from './PartRefusal';
export { PartToolCall as ToolCall } from './PartToolCall';
export { PartFile as File } from './PartFile';
export { PartSource as Source } from './PartSource';
export { PartStepStart as StepStart } from './PartStepStart';
