'use client';
import { forwardRef } from 'react';
import { Message, type MessagePartComponents, type MessagePartsProps } from '../headless';
import { cx } from './cx';
import { useStyledChatOptions } from './StyledChatContext';
import { StyledFilePart } from './StyledFilePart';
import { StyledReasoningPart } from './StyledReasoning';
import { StyledRefusalPart } from './StyledRefusal';
import { StyledSourcePart } from './StyledSourcePart';
import { StyledStepDivider } from './StyledStepDivider';
import { StyledTextPart } from './StyledTextPart';
import { StyledToolCallPart } from './StyledToolCallCard';

/**
 * The component a styled message renders for each part type. There is no `data` entry: an app's data
 * parts have the app's shape, so they render nothing until the app names a component for them
 * (`parts={{ data: { weather: WeatherCard } }}` on `ChatWindow` or `StyledMessageParts`).
 */
export const styledPartComponents: Readonly<MessagePartComponents> = Object.freeze({
  text: StyledTextPart,
  reasoning: StyledReasoningPart,
  refusal: StyledRefusalPart,
  toolCall: StyledToolCallPart,
  file: StyledFilePart,
  source: StyledSourcePart,
  stepStart: StyledStepDivider,
});

/** Props of {@link StyledMessageParts}: those of `Message.Parts` except `asChild` and `children`. */
export type StyledMessagePartsProps = Omit<MessagePartsProps, 'asChild' | 'children'>;

/**
 * The parts of the enclosing message in the order they streamed, `rcs-parts`, each in its styled
 * look: markdown text, collapsible reasoning, refusal, tool-call cards (with result, error and approval),
 * image thumbnails and file chips, numbered source chips, and a faint rule between agent steps.
 * File and source chips sit side by side; everything else takes a full line. `components` replaces
 * the look of a part type, over `ChatWindow`'s `parts` and `styledPartComponents`; `data` parts
 * render only through `components.data[name]`, and `components.tools[toolName]` (or `ChatWindow`'s
 * `toolComponents`) renders the calls of one tool in place of the card.
 */
export const StyledMessageParts = forwardRef<HTMLDivElement, StyledMessagePartsProps>(function StyledMessageParts(
  { className, components, ...props },
  ref,
) {
  const { parts } = useStyledChatOptions();
  // Merging makes a new map per render, but `Message.Parts` memoizes each part on its component,
  // which stays the same function, so no part renders again for it.
  const merged: MessagePartComponents = {
    ...styledPartComponents,
    ...parts,
    ...components,
    data: { ...parts?.data, ...components?.data },
    tools: { ...parts?.tools, ...components?.tools },
  };
  return <Message.Parts className={cx('rcs-parts rcs-theme', className)} components={merged} {...props} ref={ref} />;
});
