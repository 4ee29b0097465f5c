import type { MarkdownComponents, MarkdownElementProps } from '../../src/headless';

/**
 * The task-list checkbox with an accessible name. The default one is an unlabelled disabled
 * `<input type="checkbox">`, which axe reports (rule `label`); until the library names it, the stories
 * show the fix an app can make through `components.input`.
 */
function LabelledTaskCheckbox(props: MarkdownElementProps<'input'>) {
  return <input {...props} aria-label={props.checked ? 'Done' : 'Not done'} />;
}

/** Markdown overrides used by every story that renders assistant markdown. */
export const storyMarkdownComponents: Partial<MarkdownComponents> = { input: LabelledTaskCheckbox };
