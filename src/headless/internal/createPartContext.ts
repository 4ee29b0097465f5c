'use client';
import { createContext, useContext, type Context } from 'react';

/** A context shared by a root part with the parts and hooks below it. */
export interface PartContext<T> {
  /** The React context, for the root's provider. */
  Context: Context<T | null>;
  /**
   * The value of the nearest provider. Throws outside one, naming `consumer` (the part or hook the
   * user called), because a part with no root is a wiring mistake, not a state to render.
   */
  use(consumer: string): T;
  /** The value of the nearest provider, or `null` outside one. */
  useOptional(): T | null;
}

/**
 * The one message for a part used outside its root, so every part words it the same way:
 * "`Message.Content` must be used within `Message.Root` (or a `Chat.Messages` row)."
 */
export function outsideRootError(consumer: string, root: string): Error {
  return new Error(`\`${consumer}\` must be used within ${root}.`);
}

/**
 * Makes the context of a compound part's root, in the Radix style: `root` is how the error names the
 * provider, in backticks (`'`Message.Root` (or a `Chat.Messages` row)'`).
 */
export function createPartContext<T>(root: string): PartContext<T> {
  const Context = createContext<T | null>(null);
  return {
    Context,
    use(consumer) {
      const value = useContext(Context);
      if (value === null) throw outsideRootError(consumer, root);
      return value;
    },
    useOptional: () => useContext(Context),
  };
}
