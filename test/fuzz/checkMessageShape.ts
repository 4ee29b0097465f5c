import type { ChatMessage } from '../../src/message';
import { ChatStreamError } from '../../src/sse/ChatStreamError';

type FieldKind = 'string' | 'number' | 'true' | 'boolean' | 'object' | 'any';
type PartSchema = Record<string, { kind: FieldKind; required?: boolean; oneOf?: readonly string[] }>;

const providerData = { kind: 'object' } as const;
/** The documented fields of each part type (src/message/ChatPart.ts) and the type each must have. */
const PART_SCHEMAS: Record<string, PartSchema> = {
  text: { text: { kind: 'string', required: true }, providerData },
  reasoning: {
    text: { kind: 'string', required: true },
    signature: { kind: 'string' },
    redacted: { kind: 'string' },
    encrypted: { kind: 'string' },
    providerData,
  },
  refusal: { text: { kind: 'string', required: true } },
  'tool-call': {
    toolCallId: { kind: 'string', required: true },
    toolName: { kind: 'string', required: true },
    custom: { kind: 'true' },
    argumentsText: { kind: 'string', required: true },
    args: { kind: 'any' },
    state: { kind: 'string', required: true, oneOf: ['streaming', 'ready', 'invalid'] },
    parseError: { kind: 'string' },
    result: { kind: 'any' },
    isError: { kind: 'true' },
    approval: { kind: 'object' },
    providerExecuted: { kind: 'true' },
    providerData,
  },
  file: {
    mediaType: { kind: 'string', required: true },
    name: { kind: 'string' },
    size: { kind: 'number' },
    url: { kind: 'string' },
    data: { kind: 'string' },
  },
  source: {
    sourceType: { kind: 'string', required: true, oneOf: ['url', 'document'] },
    id: { kind: 'string' },
    url: { kind: 'string' },
    title: { kind: 'string' },
    mediaType: { kind: 'string' },
    filename: { kind: 'string' },
    citedText: { kind: 'string' },
    startIndex: { kind: 'number' },
    endIndex: { kind: 'number' },
  },
  data: { name: { kind: 'string', required: true }, id: { kind: 'string' }, data: { kind: 'any' } },
  'step-start': {},
};

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function kindMatches(value: unknown, kind: FieldKind): boolean {
  switch (kind) {
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'true':
      return value === true;
    case 'boolean':
      return typeof value === 'boolean';
    case 'object':
      return isPlainObject(value);
    case 'any':
      return true;
  }
}

function checkParts(parts: unknown, where: string, problems: string[]): void {
  if (!Array.isArray(parts)) {
    problems.push(`${where} is not an array`);
    return;
  }
  parts.forEach((part: unknown, index) => {
    const at = `${where}[${index}]`;
    if (!isPlainObject(part)) return void problems.push(`${at} is not an object`);
    const schema = Object.hasOwn(PART_SCHEMAS, String(part.type)) ? PART_SCHEMAS[String(part.type)] : undefined;
    if (!schema) return void problems.push(`${at} has undocumented type ${JSON.stringify(part.type)}`);
    for (const [key, value] of Object.entries(part)) {
      if (key === 'type' || value === undefined) continue;
      const field = Object.hasOwn(schema, key) ? schema[key] : undefined;
      if (!field) problems.push(`${at} (${String(part.type)}) has undocumented field ${key}`);
      else if (!kindMatches(value, field.kind)) problems.push(`${at}.${key} should be ${field.kind}, is ${typeof value}`);
      else if (field.oneOf && !field.oneOf.includes(value as string)) problems.push(`${at}.${key} is ${JSON.stringify(value)}`);
    }
    for (const [key, field] of Object.entries(schema)) {
      if (field.required && part[key] === undefined) problems.push(`${at}.${key} is missing`);
    }
    if (part.type === 'tool-call' && part.approval !== undefined) {
      const approval = part.approval as Record<string, unknown>;
      if (!['requested', 'approved', 'denied'].includes(approval.state as string)) problems.push(`${at}.approval.state is ${String(approval.state)}`);
      if (approval.id !== undefined && typeof approval.id !== 'string') problems.push(`${at}.approval.id is not a string`);
      if (approval.reason !== undefined && typeof approval.reason !== 'string') problems.push(`${at}.approval.reason is not a string`);
    }
  });
}

const optionalOf = (meta: Record<string, unknown>, key: string, kind: FieldKind, problems: string[]) => {
  if (meta[key] !== undefined && !kindMatches(meta[key], kind)) problems.push(`metadata.${key} should be ${kind}`);
};

/**
 * Everything about a final message that the model's types promise and a hostile stream could break:
 * a final status, documented part types with documented field types, typed metadata, an error exactly
 * when the status says so, and a JSON form (no cycles, nothing unserializable). Returns the broken promises.
 */
export function checkMessageShape(message: ChatMessage): string[] {
  const problems: string[] = [];
  if (!['complete', 'stopped', 'error'].includes(message.status)) problems.push(`status is ${message.status}`);
  checkParts(message.parts, 'parts', problems);
  const meta = (message.metadata ?? {}) as Record<string, unknown>;
  optionalOf(meta, 'finishReason', 'string', problems);
  optionalOf(meta, 'model', 'string', problems);
  optionalOf(meta, 'responseId', 'string', problems);
  optionalOf(meta, 'sequenceNumber', 'number', problems);
  optionalOf(meta, 'custom', 'object', problems);
  if (meta.usage !== undefined) {
    const usage = meta.usage as Record<string, unknown>;
    for (const key of ['inputTokens', 'outputTokens', 'totalTokens']) {
      if (!kindMatches(usage[key], 'number')) problems.push(`metadata.usage.${key} is ${String(usage[key])}`);
    }
    for (const key of ['reasoningTokens', 'cachedInputTokens']) {
      if (usage[key] !== undefined && !kindMatches(usage[key], 'number')) problems.push(`metadata.usage.${key} is ${String(usage[key])}`);
    }
  }
  if (meta.choices !== undefined) {
    if (!Array.isArray(meta.choices)) problems.push('metadata.choices is not an array');
    else meta.choices.forEach((choice: { parts: unknown }, index) => checkParts(choice.parts, `metadata.choices[${index}].parts`, problems));
  }
  if (message.status === 'error') {
    if (!(meta.error instanceof ChatStreamError)) problems.push('status error without a ChatStreamError');
  } else if (meta.error !== undefined) problems.push(`status ${message.status} with an error`);
  try {
    JSON.stringify(message);
  } catch (error) {
    problems.push(`not JSON-serializable: ${String(error)}`);
  }
  return problems;
}
