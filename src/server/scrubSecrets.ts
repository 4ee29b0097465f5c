/** What a scrubbed secret is replaced with; it holds no character of JSON, SSE or header syntax. */
export const REDACTED = '[redacted]';

/** Removes one secret, in full and in masked forms, from text. */
export interface SecretScrubber {
  /** `text` with every complete occurrence of the secret, full or masked, replaced by {@link REDACTED}. */
  scrub(text: string): string;
  /**
   * How many characters at the end of already scrubbed `text` could be the start of an occurrence that
   * the following text completes; a stream holds them back. At most the secret's length minus one.
   */
  heldLength(text: string): number;
}

const TOKEN_CHAR = /[\w\-*•.…]/;

/**
 * Creates a {@link SecretScrubber} for `secret`. Besides the secret itself it finds the masked forms
 * that providers quote in errors: a prefix of the secret (possibly empty), a run of mask characters
 * (`***…`, `•••`, `...`, `…`) and the secret's last 4 to 8 characters, such as OpenAI's
 * `sk-proj-****…abcd` and `sk-abc...wxyz`. Only masks no longer than the secret are recognised, which
 * every mask that hides part of it is; that bound keeps the streaming hold-back under the secret's length.
 */
export function createSecretScrubber(secret: string): SecretScrubber {
  const max = secret.length;
  // The lookbehind and lookahead around the mask make its run atomic: matching starts only at the first
  // mask character, so a long run of asterisks costs linear time, not quadratic.
  const masked = new RegExp(String.raw`([\w-]{0,32})(?<![*•.…])(?:\*{3,${max}}|•{3,${max}}|\.{2,3}|…)(?![*•.…])([\w-]{4,8})(?![\w-])`, 'g');

  const redactMasked = (match: string, prefix: string, suffix: string) => {
    if (!secret.endsWith(suffix)) return match;
    // The prefix group can take word characters that precede the key's own prefix ("key:sk-…"); keep those.
    let cut = 0;
    while (!secret.startsWith(prefix.slice(cut))) cut++;
    return prefix.slice(0, cut) + REDACTED;
  };

  return {
    scrub: (text) => text.replaceAll(secret, REDACTED).replace(masked, redactMasked),
    heldLength(text) {
      const limit = Math.max(0, text.length - (max - 1));
      // The longest tail that begins the full secret.
      let keyStart = text.length;
      for (let at = text.indexOf(secret[0]!, limit); at !== -1; at = text.indexOf(secret[0]!, at + 1)) {
        if (secret.startsWith(text.slice(at))) {
          keyStart = at;
          break;
        }
      }
      // The trailing run of characters a masked form is made of.
      let runStart = text.length;
      while (runStart > limit && TOKEN_CHAR.test(text[runStart - 1]!)) runStart--;
      return text.length - Math.min(keyStart, runStart);
    },
  };
}

/**
 * A byte stream transform that scrubs `scrubber`'s secret from UTF-8 text, including occurrences split
 * across chunks. Everything is passed on at once except a tail that could begin an occurrence (see
 * {@link SecretScrubber.heldLength}); a complete SSE frame ends in a line break, which is never held, so
 * events are not delayed. The body is read as UTF-8 text, which is what chat APIs send (JSON and SSE).
 */
export function createScrubStream(scrubber: SecretScrubber): TransformStream<Uint8Array, Uint8Array> {
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  let pending = '';
  return new TransformStream({
    transform(chunk, controller) {
      const text = scrubber.scrub(pending + decoder.decode(chunk, { stream: true }));
      const cut = text.length - scrubber.heldLength(text);
      pending = text.slice(cut);
      if (cut > 0) controller.enqueue(encoder.encode(text.slice(0, cut)));
    },
    flush(controller) {
      const text = scrubber.scrub(pending + decoder.decode());
      if (text) controller.enqueue(encoder.encode(text));
    },
  });
}
