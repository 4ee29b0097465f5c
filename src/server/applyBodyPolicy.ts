/** The limits `applyBodyPolicy` enforces on what the browser asks for. */
export interface BodyPolicy {
  /** The default model, and the only one allowed when `allowModels` is absent. */
  model?: string;
  /** The models the browser may name. */
  allowModels?: readonly string[];
  /** The cap on the output token fields. */
  maxTokens?: number;
  /** The largest number of answers per request. */
  maxChoices: number;
  /** Whether the browser's `store: true` goes through. */
  allowStore: boolean;
}

/** Where a provider's body keeps the fields the limits apply to. */
export interface BodyShape {
  /** The object holding them (Gemini's `generationConfig`); the body itself when absent. */
  container?: string;
  /** The output token caps; the first is set to `maxTokens` when the browser names none. */
  tokenFields: readonly string[];
  /** The number of answers (`n`, `candidateCount`), when the API has one. */
  choicesField?: string;
  /** Whether the API has OpenAI's `store`. */
  store: boolean;
}

/** The checked body to forward, or why the request is refused (answered 400). */
export type BodyPolicyResult = { ok: true; body: Record<string, unknown> } | { ok: false; message: string };

const isPositiveInteger = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) > 0;
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function checkModel(body: Record<string, unknown>, policy: BodyPolicy): string | undefined {
  const asked = body.model;
  if (asked === undefined) {
    const fallback = policy.model ?? policy.allowModels?.[0];
    if (fallback !== undefined) body.model = fallback;
    return undefined;
  }
  if (typeof asked !== 'string') return '`model` must be a string.';
  // With neither option the proxy is open: the browser's model goes upstream as is.
  const allowed = policy.allowModels ?? (policy.model === undefined ? undefined : [policy.model]);
  if (allowed && !allowed.includes(asked) && asked !== policy.model) {
    return `The model "${asked}" is not allowed here; use one of: ${allowed.join(', ')}.`;
  }
  return undefined;
}

/**
 * Applies the proxy's limits to a copy of the browser's body, so the browser cannot choose what the key
 * pays for: the model must be allowed (`allowModels`, else only `model`; missing means the default), the
 * output token fields of `shape` are clamped to `maxTokens` (and the first is set to it when the browser
 * names none, since a cap the browser can omit is no cap), a number of answers above `maxChoices` is
 * refused rather than silently cut (the page would show fewer answers than it asked for), and `store` is
 * forced to `false` unless `allowStore`.
 */
export function applyBodyPolicy(input: Record<string, unknown>, policy: BodyPolicy, shape: BodyShape): BodyPolicyResult {
  const body = { ...input };
  const modelError = checkModel(body, policy);
  if (modelError) return { ok: false, message: modelError };

  let limited = body;
  if (shape.container !== undefined) {
    const inner = body[shape.container] ?? {};
    if (!isObject(inner)) return { ok: false, message: `\`${shape.container}\` must be an object.` };
    limited = body[shape.container] = { ...inner };
  }
  for (const field of shape.tokenFields) {
    const value = limited[field];
    if (value === undefined) continue;
    if (!isPositiveInteger(value)) return { ok: false, message: `\`${field}\` must be a positive integer.` };
    if (policy.maxTokens !== undefined) limited[field] = Math.min(value, policy.maxTokens);
  }
  const [first] = shape.tokenFields;
  if (policy.maxTokens !== undefined && first !== undefined && shape.tokenFields.every((field) => limited[field] === undefined)) {
    limited[first] = policy.maxTokens;
  }

  const choices = shape.choicesField === undefined ? undefined : limited[shape.choicesField];
  if (choices !== undefined) {
    if (!isPositiveInteger(choices)) return { ok: false, message: `\`${shape.choicesField}\` must be a positive integer.` };
    if (choices > policy.maxChoices) return { ok: false, message: `\`${shape.choicesField}\` may be at most ${policy.maxChoices} here.` };
  }

  // Omitted when absent: OpenAI's default is already false, and strict compatible servers reject the field.
  if (shape.store && body.store !== undefined && !policy.allowStore) body.store = false;
  return { ok: true, body };
}
