'use client';
import { Slot } from '@radix-ui/react-slot';
import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import type { ActionHandle } from './ActionHandle';
import { composeEventHandlers } from './composeRefs';

/** Props of every `Action.*` button. */
export interface ActionButtonProps extends ComponentPropsWithoutRef<'button'> {
  /** Renders the child element instead of a `button`, merging props onto it. */
  asChild?: boolean;
}

/** How an action button labels itself for a given handle state. */
export interface ActionButtonLabels {
  /** The accessible name. */
  label: (state: string | undefined) => string;
  /** The visible content when the button has no children. */
  content: (state: string | undefined) => ReactNode;
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
    if (!handle) return null;
    const Component = asChild ? Slot : 'button';
    return (
      <Component
        type="button"
        aria-label={labels.label(handle.state)}
        data-state={handle.state}
        disabled={disabled || handle.disabled || undefined}
        {...props}
        onClick={composeEventHandlers(onClick, (event) => handle.onClick(event.currentTarget))}
        ref={ref}
      >
        {children ?? labels.content(handle.state)}
      </Component>
    );
  });
  ActionButton.displayName = name;
  return ActionButton;
}
