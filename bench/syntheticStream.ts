/** A large OpenAI Chat Completions stream, made up but shaped like the recordings in test/fixtures. */
export interface SyntheticStream {
  /** The body cut into network-sized chunks. */
  chunks: Uint8Array[];
  /** Total size in bytes. */
  bytes: number;
  /** Number of text deltas. */
  deltas: number;
  /** The text the deltas add up to. */
  text: string;
}

const WORDS = ['stream', 'token', 'answer', 'React', 'render', 'frame', 'café', 'naïve', '→', 'ok'];

/** Builds a stream of about `targetBytes`, cut into `chunkSize`-byte chunks as a socket would deliver it. */
export function createSyntheticStream(targetBytes = 11 * 1024 * 1024, chunkSize = 16 * 1024): SyntheticStream {
  const head = '{"id":"chatcmpl-bench","object":"chat.completion.chunk","created":1770000000,"model":"gpt-4.1-nano-2025-04-14","service_tier":"default","system_fingerprint":"fp_bench","choices":[{"index":0,"delta":{"content":';
  const tail = '},"logprobs":null,"finish_reason":null}],"usage":null,"obfuscation":"x1y2z3"}';
  const frames: string[] = ['data: {"id":"chatcmpl-bench","object":"chat.completion.chunk","created":1770000000,"model":"gpt-4.1-nano-2025-04-14","choices":[{"index":0,"delta":{"role":"assistant","content":"","refusal":null},"finish_reason":null}]}\n\n'];
  let size = frames[0]!.length;
  let text = '';
  let deltas = 0;
  while (size < targetBytes) {
    const word = (deltas % 7 === 0 ? '\n' : ' ') + WORDS[deltas % WORDS.length]!;
    const frame = `data: ${head}${JSON.stringify(word)}${tail}\n\n`;
    frames.push(frame);
    size += frame.length;
    text += word;
    deltas++;
  }
  frames.push('data: {"id":"chatcmpl-bench","object":"chat.completion.chunk","created":1770000000,"model":"gpt-4.1-nano-2025-04-14","choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}\n\n');
  frames.push(`data: {"id":"chatcmpl-bench","object":"chat.completion.chunk","created":1770000000,"model":"gpt-4.1-nano-2025-04-14","choices":[],"usage":{"prompt_tokens":12,"completion_tokens":${deltas},"total_tokens":${deltas + 12}}}\n\n`);
  frames.push('data: [DONE]\n\n');
  return { ...chunkFrames(frames, chunkSize), deltas, text };
}

/** The frames as one UTF-8 body, cut into `chunkSize`-byte chunks as a socket would deliver it. */
export function chunkFrames(frames: string[], chunkSize: number): { chunks: Uint8Array[]; bytes: number } {
  const body = new TextEncoder().encode(frames.join(''));
  const chunks: Uint8Array[] = [];
  for (let at = 0; at < body.length; at += chunkSize) chunks.push(body.subarray(at, at + chunkSize));
  return { chunks, bytes: body.length };
}

/** A fresh `Response` over the same chunks, so every contender reads the same bytes the same way. */
export function responseOf(stream: SyntheticStream): Response {
  let index = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk = stream.chunks[index++];
      if (chunk) controller.enqueue(chunk);
      else controller.close();
    },
  });
  return new Response(body, { headers: { 'content-type': 'text/event-stream' } });
}
