import { isRecord, nonEmptyString, type OpenAIResponsesItem } from './OpenAIResponsesEvent';

/**
 * The output item types of tools OpenAI runs itself, and the tool name their call part gets. Their
 * progress arrives as status events and their outcome on `response.output_item.done`. Maps, not
 * objects: a wire string such as `constructor` must find nothing.
 */
export const HOSTED_TOOL_NAMES: ReadonlyMap<string, string> = new Map([
  ['web_search_call', 'web_search'],
  ['file_search_call', 'file_search'],
  ['code_interpreter_call', 'code_interpreter'],
  ['image_generation_call', 'image_generation'],
]);

/** The status each hosted-tool progress event reports, by event type. */
export const HOSTED_TOOL_PROGRESS: ReadonlyMap<string, string> = new Map([
  ['response.web_search_call.in_progress', 'in_progress'],
  ['response.web_search_call.searching', 'searching'],
  ['response.web_search_call.completed', 'completed'],
  ['response.file_search_call.in_progress', 'in_progress'],
  ['response.file_search_call.searching', 'searching'],
  ['response.file_search_call.completed', 'completed'],
  ['response.code_interpreter_call.in_progress', 'in_progress'],
  ['response.code_interpreter_call.interpreting', 'interpreting'],
  ['response.code_interpreter_call.completed', 'completed'],
  ['response.image_generation_call.in_progress', 'in_progress'],
  ['response.image_generation_call.generating', 'generating'],
  ['response.image_generation_call.completed', 'completed'],
  ['response.mcp_call.in_progress', 'in_progress'],
  ['response.mcp_call.completed', 'completed'],
  ['response.mcp_call.failed', 'failed'],
]);

/** What a finished hosted call asked for and what it got. */
export interface HostedCallOutcome {
  /** The call's input as JSON text (the search action, the queries, the code). */
  argumentsText: string;
  /** The call's outcome: its final `status` and what the item reports beside it. */
  result: Record<string, unknown>;
  /** The call failed (`status: 'failed'`). */
  failed: boolean;
}

/** Keeps the keys whose value is present, so results never carry `undefined` (or the wire's `null`). */
function present(fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key in fields) if (fields[key] !== undefined && fields[key] !== null) out[key] = fields[key];
  return out;
}

/**
 * Reads the input and outcome of a finished hosted call from its `response.output_item.done` item:
 * web search → its `action` (search queries, opened page, find-in-page pattern) and, as the result,
 * the `sources` it consulted when the request included them; file search → its `queries` and
 * `results`; code interpreter → its `code` and `container_id`, and the `outputs`; image generation →
 * no input, and the result's presence (the image itself becomes a file part).
 */
export function readHostedOutcome(item: OpenAIResponsesItem): HostedCallOutcome {
  const status = nonEmptyString(item.status);
  let input: Record<string, unknown> = {};
  let result: Record<string, unknown> = present({ status });
  switch (item.type) {
    case 'web_search_call':
      if (isRecord(item.action)) {
        const { sources, ...action } = item.action;
        input = present(action);
        result = present({ status, sources });
      }
      break;
    case 'file_search_call':
      input = present({ queries: item.queries });
      result = present({ status, results: item.results });
      break;
    case 'code_interpreter_call':
      input = present({ code: item.code, container_id: item.container_id });
      result = present({ status, outputs: item.outputs });
      break;
  }
  return { argumentsText: JSON.stringify(input), result, failed: status === 'failed' };
}

/** The generated image of an `image_generation_call` item as a file, when it carries one. */
export function readGeneratedImage(item: OpenAIResponsesItem): { mediaType: string; data: string } | undefined {
  const data = nonEmptyString(item.result);
  if (data === undefined) return undefined;
  // The API's default output format is PNG; `output_format` names another one.
  return { mediaType: `image/${nonEmptyString(item.output_format) ?? 'png'}`, data };
}
