import { normalizeOpenAIUsage } from '../openai-chat/normalizeOpenAIUsage';
import { createInBandError } from '../createInBandError';
import type { EmitStreamPart } from '../StreamDecoder';
import type { StreamPart } from '../StreamPart';
import { isRecord, nonEmptyString, type OpenAIResponsesEvent, type OpenAIResponsesResponse } from './OpenAIResponsesEvent';

/** The name of the transient `data` part that reports the response's status as it changes. */
export const RESPONSE_STATUS_DATA = 'response-status';

/** Reads the lifecycle events of one response: its metadata, status, ending, usage and errors. */
export interface ResponseLifecycle {
  /** Handles `response.created`, `.queued`, `.in_progress`, `.completed`, `.incomplete` and `.failed`. */
  response(type: string, response: OpenAIResponsesResponse, emit: EmitStreamPart): void;
  /** Handles an `error` event. */
  error(event: OpenAIResponsesEvent, emit: EmitStreamPart): void;
}

/**
 * Creates the per-response {@link ResponseLifecycle}.
 *
 * - The first response object gives the `metadata` part (`id`, `model`, `created_at`). GitHub Copilot
 *   sends another response id on every lifecycle event; the first one is kept.
 * - Each change of `status` (`queued` in background mode, `in_progress`, `completed`, …) is emitted as a
 *   transient `data` part named {@link RESPONSE_STATUS_DATA}, `{ status }`: it reaches the `onData`
 *   callback (to show "queued", say) and is not stored on the message.
 * - `response.completed` ends with finish reason `'completed'`; `response.incomplete` with the
 *   provider's `incomplete_details.reason` (`'max_output_tokens'`, `'content_filter'`), or
 *   `'incomplete'` without one. Both report usage from the final response, then `done`.
 * - An `error` event is a `'server'` error (what streamed before it is kept); `response.failed`
 *   reports its `response.error` unless an `error` event already did, then usage and `done`.
 */
export function createResponseLifecycle(): ResponseLifecycle {
  let metadataSent = false;
  let status: string | undefined;
  let errorSent = false;

  const emitUsage = (response: OpenAIResponsesResponse, emit: EmitStreamPart) => {
    if (isRecord(response.usage)) emit({ type: 'usage', usage: normalizeOpenAIUsage(response.usage) });
  };

  return {
    response(type, response, emit) {
      if (!metadataSent) {
        const part: Extract<StreamPart, { type: 'metadata' }> = { type: 'metadata' };
        const id = nonEmptyString(response.id);
        const model = nonEmptyString(response.model);
        if (id !== undefined) part.id = id;
        if (model !== undefined) part.model = model;
        if (typeof response.created_at === 'number' && response.created_at > 0) part.created = response.created_at;
        if (id !== undefined || model !== undefined) {
          metadataSent = true;
          emit(part);
        }
      }
      const next = nonEmptyString(response.status) ?? type.slice('response.'.length);
      if (next !== status) {
        status = next;
        emit({ type: 'data', choice: 0, name: RESPONSE_STATUS_DATA, data: { status: next }, transient: true });
      }
      switch (type) {
        case 'response.completed':
          emitUsage(response, emit);
          emit({ type: 'finish', choice: 0, reason: 'completed' });
          emit({ type: 'done' });
          return;
        case 'response.incomplete': {
          emitUsage(response, emit);
          const reason = isRecord(response.incomplete_details) ? nonEmptyString(response.incomplete_details.reason) : undefined;
          emit({ type: 'finish', choice: 0, reason: reason ?? 'incomplete' });
          emit({ type: 'done' });
          return;
        }
        case 'response.failed':
          if (!errorSent) {
            errorSent = true;
            emit({ type: 'error', error: createInBandError(response) });
          }
          emitUsage(response, emit);
          emit({ type: 'done' });
          return;
      }
    },
    error(event, emit) {
      errorSent = true;
      // Real servers nest the error (`{"error":{type,code,message}}`); the published schema flattens it.
      const frame = isRecord(event.error) ? event : { error: { message: event.message, code: event.code } };
      emit({ type: 'error', error: createInBandError(frame) });
    },
  };
}
