import { describe, expect, it } from 'vitest';
import { extractErrorMessage } from '../../src/sse/extractErrorMessage';
import { parseErrorResponse } from '../../src/sse/parseErrorResponse';

describe('parseErrorResponse', () => {
  it.each([
    ['OpenAI', { error: { message: 'Bad key', type: 'invalid_request_error', code: 'invalid_api_key' } }, 'Bad key', 'invalid_api_key'],
    ['OpenAI without code', { error: { message: 'Bad input', type: 'invalid_request_error', code: null } }, 'Bad input', 'invalid_request_error'],
    ['Anthropic', { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } }, 'Overloaded', 'overloaded_error'],
    ['Gemini array', [{ error: { code: 429, message: 'Quota exceeded', status: 'RESOURCE_EXHAUSTED' } }], 'Quota exceeded', 'RESOURCE_EXHAUSTED'],
    ['error string', { error: 'model not found' }, 'model not found', undefined],
    ['message', { object: 'error', message: 'Context too long', type: 'BadRequestError', code: 400 }, 'Context too long', 'BadRequestError'],
    ['FastAPI detail', { detail: 'Not authenticated' }, 'Not authenticated', undefined],
    ['FastAPI validation', { detail: [{ loc: ['body', 'messages'], msg: 'field required' }, { msg: 'bad model' }] }, 'field required; bad model', undefined],
  ])('reads the %s shape', (_name, body, message, providerCode) => {
    expect(parseErrorResponse(JSON.stringify(body), 'application/json')).toEqual({ message, providerCode, body });
  });

  it('finds no message in JSON without one, but keeps the body', () => {
    expect(parseErrorResponse('{"ok":false}')).toEqual({ message: undefined, providerCode: undefined, body: { ok: false } });
    expect(extractErrorMessage(null)).toEqual({});
  });

  it('keeps text as the message, trimmed and truncated without splitting a surrogate pair', () => {
    expect(parseErrorResponse('  Service Unavailable \n')).toEqual({ message: 'Service Unavailable', body: '  Service Unavailable \n' });
    const long = parseErrorResponse(`${'a'.repeat(498)}😀😀`).message ?? '';
    expect(long).toBe(`${'a'.repeat(498)}…`);
    expect(parseErrorResponse('{not json').message).toBe('{not json');
  });

  it('strips markup only from HTML bodies', () => {
    const html = '<html><head><style>p{}</style><title>503</title></head><body><p>Try   later</p></body></html>';
    expect(parseErrorResponse(html, 'text/html').message).toBe('503 Try later');
    expect(parseErrorResponse('<tag> kept', 'text/plain').message).toBe('<tag> kept');
  });

  it('returns nothing for an empty body', () => {
    expect(parseErrorResponse(' \n')).toEqual({});
  });
});
