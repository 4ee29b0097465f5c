import type { StandardSchemaV1 } from '@standard-schema/spec';
import type { ToolCallPart } from '../message';
import type { ToolDefinition } from '../protocols/ChatProtocol';
import type { ChatTool, ChatToolSchema } from './ChatTool';

/** The outcome of checking a call's arguments: the arguments to run with, or why they were refused. */
export type ToolArgsCheck = { ok: true; args: unknown } | { ok: false; error: string };

/** Whether `schema` is a Standard Schema (zod, valibot…) rather than a JSON Schema object. */
export const isStandardSchema = (schema: ChatToolSchema): schema is StandardSchemaV1 =>
  typeof (schema as Partial<StandardSchemaV1>)['~standard']?.validate === 'function';

/** The JSON Schema a request declares for `schema`; a Standard Schema without a JSON form is any object. */
function jsonSchemaOf(schema: ChatToolSchema | undefined): Record<string, unknown> {
  if (schema === undefined) return { type: 'object' };
  if (!isStandardSchema(schema)) return schema;
  // Standard JSON Schema (zod 4, arktype, valibot's converter) is optional and its converter may throw.
  const converter = (schema['~standard'] as { jsonSchema?: { input(options: { target: string }): Record<string, unknown> } }).jsonSchema;
  try {
    return converter?.input({ target: 'draft-2020-12' }) ?? { type: 'object' };
  } catch {
    return { type: 'object' };
  }
}

/** The tools as the request options declare them (`ChatProtocolRequestOptions.tools`). */
export function toToolDefinitions(tools: Readonly<Record<string, ChatTool>> | undefined): ToolDefinition[] | undefined {
  if (!tools) return undefined;
  return Object.entries(tools).map(([name, tool]) => ({
    name,
    ...(tool.description !== undefined ? { description: tool.description } : {}),
    inputSchema: jsonSchemaOf(tool.parameters),
  }));
}

const describeIssues = (issues: readonly { message: string; path?: readonly unknown[] }[]): string =>
  issues
    .slice(0, 5)
    .map(({ message, path }) => (path?.length ? `${path.map((key) => (typeof key === 'object' && key !== null && 'key' in key ? String(key.key) : String(key))).join('.')}: ${message}` : message))
    .join('; ');

/**
 * Checks a finished call's arguments against its tool's schema. Malformed JSON and failed validation
 * come back as a short message for the model, never a throw. The JSON Schema validator is loaded on
 * first use, so an app without schema tools never downloads it.
 */
export async function validateToolArgs(call: ToolCallPart, tool: ChatTool): Promise<ToolArgsCheck> {
  if (call.state === 'invalid') return { ok: false, error: `Invalid arguments for ${call.toolName}: not valid JSON (${call.parseError ?? 'parse error'}).` };
  const schema = tool.parameters;
  if (schema === undefined) return { ok: true, args: call.args };
  try {
    if (isStandardSchema(schema)) {
      const result = await schema['~standard'].validate(call.args);
      return result.issues ? { ok: false, error: `Invalid arguments for ${call.toolName}: ${describeIssues(result.issues)}.` } : { ok: true, args: result.value };
    }
    const { Validator } = await import('@cfworker/json-schema');
    const { valid, errors } = new Validator(schema as ConstructorParameters<typeof Validator>[0], '2020-12', false).validate(call.args);
    if (valid) return { ok: true, args: call.args };
    // The innermost errors name the failing field; the outer ones only repeat that a subschema failed.
    const detail = errors
      .slice(-3)
      .map((unit) => `${unit.instanceLocation.replace(/^#\/?/, '') || 'arguments'}: ${unit.error}`)
      .join('; ');
    return { ok: false, error: `Invalid arguments for ${call.toolName}: ${detail}.` };
  } catch (error) {
    return { ok: false, error: `Could not check the arguments of ${call.toolName}: ${error instanceof Error ? error.message : String(error)}.` };
  }
}
