/** One shape of growing message for the markdown bench. */
export interface MarkdownShape {
  name: string;
  /** A message of about `size` characters in this shape, still open at its end. */
  base(size: number): string;
  /** The `index`th token appended to it (whitespace and newlines included). */
  token(index: number): string;
}

const WORDS = ['stream', 'token', 'render', 'the', 'answer', 'grows', 'while', 'markdown', 'keeps', 'up', 'with', 'it'];
const word = (index: number) => WORDS[index % WORDS.length]!;

const fill = (head: string, size: number, piece: (index: number) => string) => {
  let text = head;
  for (let index = 0; text.length < size; index++) text += piece(index);
  return text;
};

/** What a model writes at length: prose in paragraphs, one long code block, one long table. */
export const MARKDOWN_SHAPES: readonly MarkdownShape[] = [
  {
    name: 'prose paragraphs',
    base: (size) => fill('', size, (index) => `${word(index)}${index % 50 === 49 ? '.\n\n' : ' '}`) + 'Last ',
    // A paragraph break every 60 tokens, so paragraphs finish while the bench streams.
    token: (index) => `${word(index)}${index % 60 === 59 ? '.\n\n' : ' '}`,
  },
  {
    name: 'growing code block',
    base: (size) => fill('Here is the file:\n\n```ts\n', size, (index) => `const value${index} = compute(${index});\n`),
    token: (index) => (index % 8 === 7 ? `x${index});\n` : index % 8 === 0 ? 'const ' : `${word(index)}_`),
  },
  {
    name: 'growing table',
    base: (size) => fill('| name | kind | score |\n|---|---|---|\n', size, (index) => `| row ${index} | **${word(index)}** | ${index} |\n`),
    token: (index) => ['| ', `cell ${index} `, `| *${word(index)}* `, `| ${index} |\n`][index % 4]!,
  },
];
