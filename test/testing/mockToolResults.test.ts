import { describe, expect, it } from 'vitest';
import { createMockChatRequest } from '../../src/testing';

const request = (body: object) => createMockChatRequest('http://mock.test/', JSON.stringify(body));

describe('MockChatRequest.toolResults', () => {
  it('reads results and their error flags in each format’s own shape', () => {
    expect(request({ messages: [{ role: 'user', content: 'go' }, { role: 'tool', toolCallId: 'c1', content: 'boom', error: 'boom' }] }).toolResults)
      .toEqual([{ toolCallId: 'c1', content: 'boom', isError: true }]);
    expect(request({ input: [{ role: 'user', content: 'go' }, { type: 'function_call_output', call_id: 'c2', output: '{"ok":true}' }] }).toolResults)
      .toEqual([{ toolCallId: 'c2', content: '{"ok":true}', isError: false }]);
    const anthropic = request({
      messages: [
        { role: 'user', content: 'go' },
        { role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_1', name: 'a', input: {} }] },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_1', content: 'denied', is_error: true }] },
      ],
    });
    expect(anthropic.toolResults).toEqual([{ toolCallId: 'toolu_1', content: 'denied', isError: true }]);
    // The tool_result turn is not what the user said.
    expect(anthropic.lastUserText).toBe('go');
    const gemini = request({ contents: [{ role: 'user', parts: [{ text: 'go' }] }, { role: 'user', parts: [{ functionResponse: { name: 'a', response: { output: 1 } } }] }] });
    expect(gemini.toolResults).toEqual([{ toolName: 'a', content: { output: 1 }, isError: false }]);
    expect(gemini.lastUserText).toBe('go');
    const aiSdk = request({
      messages: [
        { role: 'user', parts: [{ type: 'text', text: 'go' }] },
        {
          role: 'assistant',
          parts: [
            { type: 'tool-a', toolCallId: 'c3', state: 'output-error', errorText: 'bad args' },
            { type: 'dynamic-tool', toolName: 'b', toolCallId: 'c4', state: 'output-available', output: 2 },
            { type: 'tool-c', toolCallId: 'c5', state: 'input-available', input: {} },
          ],
        },
      ],
    });
    expect(aiSdk.toolResults).toEqual([
      { toolCallId: 'c3', toolName: 'a', content: 'bad args', isError: true },
      { toolCallId: 'c4', toolName: 'b', content: 2, isError: false },
    ]);
  });

  it('counts only the current turn, and is empty for a body that is not a conversation', () => {
    const twoTurns = request({
      messages: [
        { role: 'user', content: 'first' },
        { role: 'tool', tool_call_id: 'old', content: 'x' },
        { role: 'user', content: 'second' },
        { role: 'tool', tool_call_id: 'new', content: 'y' },
      ],
    });
    expect(twoTurns.toolResults.map((result) => result.toolCallId)).toEqual(['new']);
    expect(twoTurns.lastUserText).toBe('second');
    expect(createMockChatRequest('http://mock.test/', 'not json').toolResults).toEqual([]);
  });
});
