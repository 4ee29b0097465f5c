'use client';
import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import type { ActionHandle } from './ActionHandle';
import { composeEventHandlers } from '../internal/composeRefs';
import type { ChatLabels } from '../labels/labels';
import { useLabels } from '../labels/useLabels';
import { Primitive } from '../internal/Primitive';

/** Props of every `Action.*` button. */
export interface ActionButtonProps extends ComponentPropsWithoutRef<'button'> {
  /** Renders the child element instead of a `button`, merging props onto it. */
  asChild?: boolean;
}

/** How an action button labels itself for a given handle state, from the chat's labels. */
export interface ActionButtonLabels {
  /** The accessible name. */
  label: (labels: ChatLabels, state: string | undefined) => string;
  /** The visible content when the button has no children. */
  content: (labels: ChatLabels, state: string | undefined) => ReactNode;
}

/**
 * Builds an action button from a behaviour hook: the button renders nothing when the hook returns
 * `null`, is `disabled` when the handle says so, and carries the handle's `data-state`. The user's
 * `onClick` runs first and can cancel the action with `preventDefault()`.
 *
 * `useRequirements`, when given, is called first with the button's `name`: it reads the contexts the
 * behaviour needs (e.g. `(name) => useMessage(name)`), so that a button used outside its root throws
 * naming the button the user rendered rather than the hook it uses.
 */
export function createActionButton(
  name: string,
  useAction: () => ActionHandle | null,
  labels: ActionButtonLabels,
  useRequirements?: (consumer: string) => unknown,
) {
  const ActionButton = forwardRef<HTMLButtonElement, ActionButtonProps>(function ActionButton(
    { asChild, children, onClick, disabled, ...props },
    ref,
  ) {
    useRequirements?.(name);
    const handle = useAction();
    const words = useLabels();
    if (!handle) return null;
    return (
      <Primitive.button
        asChild={asChild}
        type="button"
        aria-label={labels.label(words, handle.state)}
        data-state={handle.state}
        disabled={disabled || handle.disabled || undefined}
        {...props}
        onClick={composeEventHandlers(onClick, (event) => handle.onClick(event.currentTarget))}
        ref={ref}
      >
        {children ?? labels.content(words, handle.state)}
      </Primitive.button>
    );
  });
  ActionButton.displayName = name;
  return ActionButton;
}
