import type { ComponentType } from 'react';
import type {
  ChatDataTypes,
  ChatPart,
  ChatRole,
  DataPart,
  FilePart,
  ReasoningPart,
  RefusalPart,
  SourcePart,
  StepStartPart,
  TextPart,
  ToolCallPart,
} from '../../message';

/**
 * What `Message.Parts` gives the component of each part. Only values that stay equal while other
 * parts grow, so a memoized part renders again only when its own part object changes or it stops
 * being the live one.
 */
export interface MessagePartProps<P extends ChatPart = ChatPart> {
  /** The part to show. A finished part keeps its identity for the rest of the turn. */
  part: P;
  /** Its position in `message.parts`. */
  index: number;
  /** True while the part still grows: the message is streaming and this is its last part. */
  streaming: boolean;
  /** The role of the message the part belongs to (the text of a `user` message shows as plain text). */
  messageRole: ChatRole;
}

/**
 * Components for the data parts of a message, by data name (`{ weather: WeatherCard }`). A data part
 * whose name has no component renders nothing: its shape is the app's, so there is no default view.
 */
export type DataPartComponents<TData extends ChatDataTypes = ChatDataTypes> = {
  [Name in keyof TData & string]?: ComponentType<MessagePartProps<Extract<DataPart<TData>, { name: Name }>>>;
};

/** What a tool's own component gets: the props of a tool-call part. */
export type ToolCallPartProps = MessagePartProps<ToolCallPart>;

/**
 * Components for tool calls, by tool name (`{ get_weather: WeatherCard }`). A call whose `toolName`
 * has an entry renders it in place of `toolCall` (or `Part.ToolCall`); answer it from inside with
 * `useToolCallActions(part)`. Only the map's own keys count: a call named `constructor` or
 * `__proto__` finds nothing inherited and gets the default view.
 */
export type ToolCallComponents = Readonly<Record<string, ComponentType<ToolCallPartProps>>>;

/**
 * The component per part type that `Message.Parts` renders; each replaces the default of its type
 * (`Part.Text`, `Part.Reasoning`, …). Pass module-level components (or memoized ones): a new
 * function on every render remounts its parts.
 */
export interface MessagePartComponents<TData extends ChatDataTypes = ChatDataTypes> {
  /** Answer text; default `Part.Text` (streaming markdown for assistant text). */
  text?: ComponentType<MessagePartProps<TextPart>>;
  /** A reasoning block; default `Part.Reasoning` (a collapsible, open while it streams). */
  reasoning?: ComponentType<MessagePartProps<ReasoningPart>>;
  /** A refusal; default `Part.Refusal`. */
  refusal?: ComponentType<MessagePartProps<RefusalPart>>;
  /** A tool call with its result and approval, for tools without an entry in `tools`; default `Part.ToolCall`. */
  toolCall?: ComponentType<MessagePartProps<ToolCallPart>>;
  /** Tool calls by tool name, over `toolCall`; see {@link ToolCallComponents}. */
  tools?: ToolCallComponents;
  /** A file; default `Part.File` (an image preview, or a link). */
  file?: ComponentType<MessagePartProps<FilePart>>;
  /** A cited source; default `Part.Source` (a link, or a citation). */
  source?: ComponentType<MessagePartProps<SourcePart>>;
  /** Data parts by name; see {@link DataPartComponents}. No default. */
  data?: DataPartComponents<TData>;
  /** The boundary between two model calls; default `Part.StepStart` (a separator). */
  stepStart?: ComponentType<MessagePartProps<StepStartPart>>;
}
