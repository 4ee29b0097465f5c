import { createParser } from 'eventsource-parser';

/** The `data` of every server-sent event in `body`, parsed by eventsource-parser (not by our code). */
export function readEventData(body: string): string[] {
  const data: string[] = [];
  const parser = createParser({ onEvent: (event) => data.push(event.data) });
  parser.feed(body);
  return data;
}

/** A parsed `chat.completion.chunk` (or error) frame, loosely typed for assertions. */
export interface ParsedChunk {
  id?: string;
  object?: string;
  created?: number;
  model?: string;
  choices?: { index: number; delta: Record<string, unknown>; finish_reason: string | null }[];
  usage?: Record<string, unknown>;
  error?: { message: string; type: string; code: string | null };
}

/** Every JSON frame of `body`, skipping `[DONE]`. */
export function readChunks(body: string): ParsedChunk[] {
  return readEventData(body)
    .filter((data) => data !== '[DONE]')
    .map((data) => JSON.parse(data) as ParsedChunk);
}

/** Concatenates `delta[field]` over the frames of `body`. */
export function joinDeltas(body: string, field: string): string {
  let text = '';
  for (const chunk of readChunks(body)) {
    const value = chunk.choices?.[0]?.delta[field];
    if (typeof value === 'string') text += value;
  }
  return text;
}

/** Reads a whole body stream as bytes, then decodes it. */
export async function readAllText(body: ReadableStream<Uint8Array>): Promise<string> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    text += decoder.decode(value, { stream: true });
  }
}

/** Reads until the body ends or fails; returns the text that arrived and the failure, if any. */
export async function readUntilFailure(body: ReadableStream<Uint8Array>): Promise<{ text: string; error: unknown }> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return { text: text + decoder.decode(), error: undefined };
      text += decoder.decode(value, { stream: true });
    }
  } catch (error) {
    return { text, error };
  }
}
