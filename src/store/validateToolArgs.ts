import type { ToolCallPart } from '../message';
import type { ChatTool } from './ChatTool';
import { isStandardSchema } from './toToolDefinitions';

/** The outcome of checking a call's arguments: the arguments to run with, or why they were refused. */
export type ToolArgsCheck = { ok: true; args: unknown } | { ok: false; error: string };

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
