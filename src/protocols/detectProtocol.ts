import { ChatStreamError } from '../sse/ChatStreamError';
import type { ChatProtocol } from './ChatProtocol';
import type { StreamDecoder } from './StreamDecoder';

/**
 * A protocol that reads whichever of `protocols` the server answers in, told apart by the first
 * non-blank event of each response (each protocol's `detect`); requests are built by the first one.
 * For a backend whose answer format is not known in advance, such as a proxy that routes models to
 * different providers. Only the protocols passed in are bundled.
 *
 * When no protocol recognizes the first event, the first protocol decodes the response. A whole JSON
 * answer (a server that ignored streaming) goes to the first protocol that can decode one.
 */
export function detectProtocol(protocols: readonly [ChatProtocol, ...ChatProtocol[]]): ChatProtocol {
  const [first] = protocols;
  return {
    name: `detect(${protocols.map((protocol) => protocol.name).join(', ')})`,
    buildRequest: first.buildRequest,
    createDecoder(context) {
      let chosen: StreamDecoder | undefined;
      return {
        decode(event, emit) {
          if (!chosen) {
            // A keep-alive before the answer says nothing about its format.
            if (event.data.trim() === '') return;
            const match = protocols.find((protocol) => protocol.detect?.(event) === true) ?? first;
            chosen = match.createDecoder(context);
          }
          chosen.decode(event, emit);
        },
        flush(emit) {
          chosen?.flush?.(emit);
        },
        decodeCompletion(body, emit) {
          const decoder = protocols.map((protocol) => protocol.createDecoder(context)).find((candidate) => candidate.decodeCompletion);
          if (!decoder?.decodeCompletion) throw new ChatStreamError('protocol', 'The server sent a whole JSON answer, and none of the protocols can read one.');
          decoder.decodeCompletion(body, emit);
        },
      };
    },
  };
}
