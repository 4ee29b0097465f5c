/** The limits `applyBodyPolicy` enforces on what the browser asks for. */
export interface BodyPolicy {
  /** The default model, and the only one allowed when `allowModels` is absent. */
  model?: string;
  /** The models the browser may name. */
  allowModels?: readonly string[];
  /** The cap on `max_tokens` / `max_completion_tokens`. */
  maxTokens?: number;
  /** The largest `n`. */
  maxChoices: number;
  /** Whether the browser's `store: true` goes through. */
  allowStore: boolean;
}

/** The checked body to forward, or why the request is refused (answered 400). */
export type BodyPolicyResult = { ok: true; body: Record<string, unknown> } | { ok: false; message: string };

const TOKEN_FIELDS = ['max_tokens', 'max_completion_tokens'] as const;
const isPositiveInteger = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) > 0;

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
 * Applies the proxy's limits to a copy of the browser's body, so the browser cannot choose what the
 * key pays for: the model must be allowed (`allowModels`, else only `model`; missing means the default),
 * `max_tokens` / `max_completion_tokens` are clamped to `maxTokens` (and `max_completion_tokens` is set
 * to it when the browser names neither, since a cap the browser can omit is no cap), `n` above
 * `maxChoices` is refused rather than silently cut (the page would show fewer answers than it asked
 * for), and `store` is forced to `false` unless `allowStore`.
 */
export function applyBodyPolicy(input: Record<string, unknown>, policy: BodyPolicy): BodyPolicyResult {
  const body = { ...input };
  const modelError = checkModel(body, policy);
  if (modelError) return { ok: false, message: modelError };

  for (const field of TOKEN_FIELDS) {
    const value = body[field];
    if (value === undefined) continue;
    if (!isPositiveInteger(value)) return { ok: false, message: `\`${field}\` must be a positive integer.` };
    if (policy.maxTokens !== undefined) body[field] = Math.min(value, policy.maxTokens);
  }
  if (policy.maxTokens !== undefined && TOKEN_FIELDS.every((field) => body[field] === undefined)) {
    body.max_completion_tokens = policy.maxTokens;
  }

  if (body.n !== undefined) {
    if (!isPositiveInteger(body.n)) return { ok: false, message: '`n` must be a positive integer.' };
    if (body.n > policy.maxChoices) return { ok: false, message: `\`n\` may be at most ${policy.maxChoices} here.` };
  }

  // Omitted when absent: OpenAI's default is already false, and strict compatible servers reject the field.
  if (body.store !== undefined && !policy.allowStore) body.store = false;
  return { ok: true, body };
}
