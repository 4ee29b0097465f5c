import type { StandardSchemaV1 } from '@standard-schema/spec';
import type { ToolDefinition } from '../protocols/ChatProtocol';
import type { ChatTool, ChatToolSchema } from './ChatTool';

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
