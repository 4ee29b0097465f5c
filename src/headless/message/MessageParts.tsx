'use client';
import {
  forwardRef,
  memo,
  type ComponentPropsWithoutRef,
  type ComponentType,
  type ForwardedRef,
  type ReactNode,
  type Ref,
} from 'react';
import type { ChatDataTypes, ChatPart } from '../../message';
import { useMessage, useOptionalMessageEditing } from './messageContext';
import { Primitive, withContent } from '../internal/Primitive';
import type { MessagePartComponents, MessagePartProps } from '../parts/MessagePartProps';
import { PartFile } from '../parts/PartFile';
import { PartReasoning } from '../parts/PartReasoning';
import { PartRefusal } from '../parts/PartRefusal';
import { PartSource } from '../parts/PartSource';
import { PartStepStart } from '../parts/PartStepStart';
import { PartText } from '../parts/PartText';
import { PartToolCall } from '../parts/PartToolCall';

/** Props of {@link MessageParts}. */
export interface MessagePartsProps<TData extends ChatDataTypes = ChatDataTypes>
  extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /**
   * A component per part type, replacing the default (`Part.Text`, `Part.Reasoning`, …); data parts
   * render only through `components.data[name]`, and `components.tools[toolName]` renders the calls
   * of one tool. Pass stable components (module level): an inline
   * arrow function is a new component on every render and remounts its parts.
   */
  components?: MessagePartComponents<TData>;
  /** With `asChild`, the element to render as (the parts are appended to it); otherwise unused. */
  children?: ReactNode;
  /** Renders the single child element instead of a `div`, appending the parts to it. */
  asChild?: boolean;
}

type AnyPartComponent = ComponentType<MessagePartProps<ChatPart>>;

function componentOf(part: ChatPart, components: MessagePartComponents | undefined): AnyPartComponent | undefined {
  // Each entry takes its own part type; the switch on `type` is what guarantees the pairing.
  const pick = (custom: unknown, fallback: unknown) => (custom ?? fallback) as AnyPartComponent;
  switch (part.type) {
    case 'text':
      return pick(components?.text, PartText);
    case 'reasoning':
      return pick(components?.reasoning, PartReasoning);
    case 'refusal':
      return pick(components?.refusal, PartRefusal);
    case 'tool-call': {
      // Tool names come from the model: an inherited key must not pick up one of Object's members.
      const byName = components?.tools;
      const named = byName && Object.hasOwn(byName, part.toolName) ? byName[part.toolName] : undefined;
      return pick(named ?? components?.toolCall, PartToolCall);
    }
    case 'file':
      return pick(components?.file, PartFile);
    case 'source':
      return pick(components?.source, PartSource);
    case 'step-start':
      return pick(components?.stepStart, PartStepStart);
    case 'data': {
      // The name comes from the stream: `constructor` or `__proto__` must not find Object's members.
      const byName = components?.data;
      return byName && Object.hasOwn(byName, part.name) ? (byName[part.name] as AnyPartComponent | undefined) : undefined;
    }
    default:
      // A part type from a newer protocol than this renderer: nothing to show rather than a crash.
      return undefined;
  }
}

interface PartSlotProps extends MessagePartProps {
  Component: AnyPartComponent;
}

// Every prop is a primitive or an identity that holds while other parts grow (finished parts keep
// their object), so the default shallow compare re-renders only the growing part on a token.
const PartSlot = memo(function PartSlot({ Component, ...props }: PartSlotProps) {
  return <Component {...props} />;
});

const MessagePartsElement = forwardRef(function MessageParts(
  { components, children, asChild, ...props }: MessagePartsProps,
  ref: ForwardedRef<HTMLDivElement>,
) {
  const message = useMessage('Message.Parts');
  const editing = useOptionalMessageEditing()?.editing ?? false;
  if (editing) return null;
  const { parts, status, role } = message;
  const last = parts.length - 1;
  const rows: ReactNode[] = [];
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index]!;
    const Component = componentOf(part, components);
    if (!Component) continue;
    rows.push(
      <PartSlot
        key={`${index}:${part.type}`}
        Component={Component}
        part={part}
        index={index}
        streaming={status === 'streaming' && index === last}
        messageRole={role}
      />,
    );
  }
  return (
    <Primitive.div asChild={asChild} data-count={parts.length} data-status={status} {...props} ref={ref}>
      {withContent(asChild, children, rows)}
    </Primitive.div>
  );
});

/**
 * The parts of the message in the order they streamed (text, reasoning, refusal, tool calls, files,
 * sources, data, step boundaries), each through the component of its type: a `div` with `data-count`
 * (the number of parts) and `data-status` (the message's). A part is `streaming` while the message
 * streams and it is the last part.
 *
 * Each part is memoized on its part object, so a token re-renders only the part that grows: finished
 * parts keep their identity for the rest of the turn. Renders nothing while the message is being
 * edited (`Message.Editor` takes its place).
 *
 * @example
 * <Message.Parts components={{ tools: { get_weather: WeatherCard }, data: { weather: WeatherChart } }} />
 */
export const MessageParts = MessagePartsElement as <TData extends ChatDataTypes = ChatDataTypes>(
  props: MessagePartsProps<TData> & { ref?: Ref<HTMLDivElement> },
) => ReactNode;
