import jsonPatch from 'fast-json-patch';
import type { StreamPart } from '../StreamPart';
import { ChatStreamError } from '../../sse/ChatStreamError';

// The default export, because fast-json-patch is CommonJS for Node (no named ESM exports there) and
// both Node and bundlers (through its `module` build) provide the default object. Its members are read
// at call time, so that importing this module does nothing and a bundle without AG-UI drops the library.
type JsonPatchError = InstanceType<typeof jsonPatch.JsonPatchError>;

/** The agent's shared state through one run: snapshots replace it, deltas patch it. */
export interface AgUiStateTracker {
  /** `STATE_SNAPSHOT`: the state becomes `snapshot`. */
  snapshot(snapshot: unknown): StreamPart;
  /**
   * `STATE_DELTA`: applies the JSON Patch (RFC 6902) to a copy of the state. Returns the `state` part,
   * or, when an operation cannot be applied, an `error` part naming it, with the state left as it was.
   */
  patch(operations: unknown[]): StreamPart;
}

/** A JSON Patch operation, described for an error message: `2 (replace /recipe/title)`. */
function describeOperation(index: unknown, operation: unknown): string {
  const op = typeof operation === 'object' && operation !== null ? (operation as { op?: unknown; path?: unknown }) : {};
  return `${typeof index === 'number' ? index : '?'} (${fieldText(op.op)} ${fieldText(op.path)})`;
}

// Not `String(value)`: it throws on an object whose `toString` the server replaced (`{"toString": 1}`).
const fieldText = (value: unknown): string =>
  typeof value === 'string' ? value : value === null || typeof value !== 'object' ? String(value) : Array.isArray(value) ? 'an array' : 'an object';

function isMalformedOperation(operation: unknown): boolean {
  if (typeof operation !== 'object' || operation === null || Array.isArray(operation)) return true;
  const { op, path, from } = operation as { op?: unknown; path?: unknown; from?: unknown };
  return typeof op !== 'string' || typeof path !== 'string' || (from !== undefined && typeof from !== 'string');
}

// fast-json-patch reports index 0 for errors found while validating any operation, so the failing
// operation is found by identity in the patch.
function operationIndex(operations: unknown[], error: JsonPatchError): unknown {
  const at = operations.indexOf(error.operation);
  return at === -1 ? error.index : at;
}

/**
 * Creates the state tracker of one response, starting from `initial` (the state the app held before
 * the request; `{}` when it held none, as the AG-UI client starts). The previous state is never
 * mutated: `applyPatch` runs with `mutateDocument: false`, so a state the app already rendered keeps
 * its identity and contents, and a failed patch leaves nothing half-applied.
 */
export function createAgUiStateTracker(initial: unknown): AgUiStateTracker {
  let state: unknown = initial === undefined ? {} : initial;
  return {
    snapshot(snapshot) {
      state = snapshot;
      return { type: 'state', state };
    },
    patch(operations) {
      // fast-json-patch reads `op`, `path` and `from` as strings before it validates them, so anything else
      // would surface as its TypeError instead of an error naming the operation.
      const malformed = operations.findIndex(isMalformedOperation);
      if (malformed !== -1) {
        const what = `operation ${describeOperation(malformed, operations[malformed])} is not an object with a string "op" and "path"`;
        return { type: 'error', error: new ChatStreamError('protocol', `AG-UI STATE_DELTA could not be applied, state unchanged: ${what}`, { body: operations }) };
      }
      try {
        // Validation on, so that a malformed operation is reported with its index instead of throwing a TypeError.
        state = jsonPatch.applyPatch(state, operations as Parameters<typeof jsonPatch.applyPatch>[1], true, false).newDocument;
        return { type: 'state', state };
      } catch (cause) {
        const detail =
          cause instanceof jsonPatch.JsonPatchError
            ? `operation ${describeOperation(operationIndex(operations, cause), cause.operation)} failed: ${cause.message.split('\n')[0]} (${cause.name})`
            : `it failed: ${cause instanceof Error ? cause.message : String(cause)}`;
        const error = new ChatStreamError('protocol', `AG-UI STATE_DELTA could not be applied, state unchanged: ${detail}`, {
          body: operations,
          cause,
        });
        return { type: 'error', error };
      }
    },
  };
}
