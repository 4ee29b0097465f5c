'use client';
import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import type { RefusalPart } from '../../message';
import { Primitive, withContent } from '../internal/Primitive';
import type { MessagePartProps } from './MessagePartProps';

/** Props of {@link PartRefusal}: the part and the element's own. */
export interface PartRefusalProps
  extends Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'part'>,
    Pick<MessagePartProps<RefusalPart>, 'part'>,
    Partial<Omit<MessagePartProps<RefusalPart>, 'part'>> {
  /** Renders the refusal text. */
  render?: (text: string) => ReactNode;
  /** With `asChild`, the element to render as (the text is appended to it); otherwise unused. */
  children?: ReactNode;
  /** Renders the single child element instead of a `div`. */
  asChild?: boolean;
}

/**
 * A refusal part: a `div` with `data-part="refusal"` and `data-streaming` while it grows. Like a text
 * part it is `aria-hidden` while streaming and mounted afresh when it stops, so it is announced once.
 */
export const PartRefusal = forwardRef<HTMLDivElement, PartRefusalProps>(function PartRefusal(
  { part, streaming = false, messageRole: _role, index: _index, render, children, asChild, ...props },
  ref,
) {
  if (!streaming && part.text === '') return null;
  return (
    <Primitive.div
      key={streaming ? 'live' : 'settled'}
      asChild={asChild}
      data-part="refusal"
      data-streaming={streaming ? '' : undefined}
      aria-hidden={streaming || undefined}
      {...props}
      ref={ref}
    >
      {withContent(asChild, children, render ? render(part.text) : part.text)}
    </Primitive.div>
  );
});
