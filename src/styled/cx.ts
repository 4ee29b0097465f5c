/**
 * Joins class names, skipping empty ones: our class first, then the app's, so an app's utility
 * classes (Tailwind and the like) sit next to ours on the same element and can override them.
 */
export function cx(...classes: Array<string | false | null | undefined>): string {
  return classes.filter(Boolean).join(' ');
}
