/** The final frame of an OpenAI stream. */
export const MOCK_DONE_FRAME = 'data: [DONE]\n\n';

/** Formats the wire frames of one mock response; every frame carries the same id, created and model. */
export interface MockFrameWriter {
  /** A `chat.completion.chunk` frame for choice 0 with this delta and finish reason. */
  delta(delta: object, finishReason?: string | null): string;
  /** The usage frame: `choices: []` and `usage`, as with `stream_options.include_usage`. */
  usage(usage: object): string;
  /** An in-band error frame: `data: {"error":{…}}`. */
  error(error: object): string;
}

/** A `data:` line with the blank line that ends the event. JSON never contains a raw newline, so one line is enough. */
function frame(payload: object): string {
  return `data: ${JSON.stringify(payload)}\n\n`;
}

/**
 * Creates a {@link MockFrameWriter}. Keys are written in the order OpenAI sends them (`id`, `object`,
 * `created`, `model`, `choices`), so that recorded and mock bytes can be compared by eye.
 */
export function createMockFrameWriter(id: string, created: number, model: string): MockFrameWriter {
  const head = { id, object: 'chat.completion.chunk', created, model };
  return {
    delta(delta, finishReason = null) {
      return frame({ ...head, choices: [{ index: 0, delta, finish_reason: finishReason }] });
    },
    usage(usage) {
      return frame({ ...head, choices: [], usage });
    },
    error(error) {
      return frame({ error });
    },
  };
}
