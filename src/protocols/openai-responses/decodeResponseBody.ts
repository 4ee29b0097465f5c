import { ChatStreamError } from '../../sse/ChatStreamError';
import { createInBandError } from '../createInBandError';
import type { EmitStreamPart } from '../StreamDecoder';
import type { OutputItems } from './createOutputItems';
import type { ResponseLifecycle } from './createResponseLifecycle';
import { emitItemDone } from './emitOutputItem';
import { isRecord } from './OpenAIResponsesEvent';

/** The lifecycle event whose rules a finished response's `status` follows. */
const ENDINGS: ReadonlyMap<unknown, string> = new Map([
  ['completed', 'response.completed'],
  ['incomplete', 'response.incomplete'],
  ['failed', 'response.failed'],
]);

/**
 * Decodes a whole response object, sent by a server that ignored `stream: true`, by the rules of the
 * stream: each output item as if it had arrived in one `response.output_item.done`, then the ending its
 * `status` names. The `metadata` part says `streamed: false`. An `{"error": …}` body is the server's
 * error; other JSON throws a `'protocol'` error with the body kept.
 */
export function decodeResponseBody(body: unknown, items: OutputItems, lifecycle: ResponseLifecycle, emit: EmitStreamPart): void {
  if (!isRecord(body)) {
    throw new ChatStreamError('protocol', 'The server sent JSON instead of an event stream, and it is not a response object.', { body });
  }
  if (!Array.isArray(body.output)) {
    if (body.error !== undefined && body.error !== null) {
      emit({ type: 'error', error: createInBandError(body) });
      emit({ type: 'done' });
      return;
    }
    throw new ChatStreamError(
      'protocol',
      'The server sent JSON instead of an event stream, and it is not a response object (it has no `output` list).',
      { body },
    );
  }
  emit({ type: 'metadata', streamed: false });
  const output: unknown[] = body.output;
  for (let index = 0; index < output.length; index++) {
    const item = output[index];
    if (isRecord(item)) emitItemDone(items, index, item, emit);
  }
  // A response still queued or in progress (background mode) reports its status and nothing more.
  const ending = body.status === undefined ? 'response.completed' : ENDINGS.get(body.status);
  lifecycle.response(ending ?? 'response.in_progress', body, emit);
  if (ending === undefined) emit({ type: 'done' });
}
