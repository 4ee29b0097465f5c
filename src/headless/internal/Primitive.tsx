'use client';
import { Slot, Slottable } from '@radix-ui/react-slot';
import { Fragment, forwardRef, type ComponentPropsWithoutRef, type ComponentRef, type ElementType, type ReactNode } from 'react';

/** The elements headless parts render. */
type PrimitiveTag = 'div' | 'span' | 'button' | 'form' | 'pre' | 'textarea';

/** Props of a primitive: the element's own, plus `asChild`. */
export type PrimitiveProps<T extends PrimitiveTag> = ComponentPropsWithoutRef<T> & {
  /** Renders the single child element instead, merging props, handlers and refs onto it (Radix `Slot`). */
  asChild?: boolean;
};

function createPrimitive<T extends PrimitiveTag>(tag: T) {
  const Node = forwardRef<ComponentRef<T>, PrimitiveProps<T>>(function PrimitiveNode({ asChild, ...props }, ref) {
    // The union of Slot and an intrinsic tag has no single props type TypeScript can check a spread
    // against; both accept exactly the element's props, which PrimitiveProps already typed.
    const Component = (asChild ? Slot : tag) as ElementType;
    return <Component {...props} ref={ref} />;
  });
  Node.displayName = `Primitive.${tag}`;
  return Node;
}

/**
 * The one implementation of `asChild` every headless part renders through: `<Primitive.div asChild>`
 * merges the part's props onto its child element instead of rendering a `div`.
 */
export const Primitive = {
  div: createPrimitive('div'),
  span: createPrimitive('span'),
  button: createPrimitive('button'),
  form: createPrimitive('form'),
  pre: createPrimitive('pre'),
  textarea: createPrimitive('textarea'),
};

/**
 * The children of a part that renders content of its own (rows, text): with `asChild` the user's
 * single child is the element and the content goes inside it, after that element's own children;
 * without, the content alone.
 */
export function withContent(asChild: boolean | undefined, host: ReactNode, content: ReactNode): ReactNode {
  if (!asChild) return content;
  return [<Slottable key="host">{host}</Slottable>, <Fragment key="content">{content}</Fragment>];
}
