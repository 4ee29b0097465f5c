'use client';
import type { MarkdownComponents, MarkdownElementProps } from '../headless';

/**
 * The task-list checkbox with an accessible name. The renderer emits a bare disabled checkbox
 * beside the item's text, which axe reports as an unlabelled form control (`label`); "Task" plus
 * its checked state reads as "Task, checkbox, checked" before the item's text. A name given
 * upstream wins.
 */
function TaskCheckbox(props: MarkdownElementProps<'input'>) {
  return <input {...props} aria-label={props['aria-label'] ?? 'Task'} />;
}

/** The markdown elements the styled pieces replace by default; an app's own entries win. */
export const styledMarkdownComponents: Partial<MarkdownComponents> = Object.freeze({ input: TaskCheckbox });
