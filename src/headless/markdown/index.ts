export { StreamingMarkdown, type StreamingMarkdownProps } from './StreamingMarkdown';
export { sanitizeUrl } from './sanitizeUrl';
export type {
  MarkdownComponents,
  MarkdownDataAttributes,
  MarkdownElement,
  MarkdownElementProps,
} from './MarkdownComponents';
export type { HighlightResult, HighlightToken, MarkdownHighlighter } from './MarkdownHighlighter';
export { preloadMarkdown } from './preloadMarkdown';
