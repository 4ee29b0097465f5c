import { describe, it, expect } from 'vitest';
import type { ChatMessage, ChatPart, ToolCallPart } from '../../../src/message';
import { anthropicProtocol, DEFAULT_ANTHROPIC_MAX_TOKENS, toAnthropicMessages, toAnthropicSystem } from '../../../src/protocols/anthropic';

const message = (role: ChatMessage['role'], parts: ChatPart[], id: string = role): ChatMessage => ({ id, role, parts, status: 'complete' });
const text = (value: string): ChatPart => ({ type: 'text', text: value });
const call = (id: string, extra: Partial<ToolCallPart> = {}): ToolCallPart => ({
  type: 'tool-call', toolCallId: id, toolName: 'weather', argumentsText: '{"city":"Oslo"}', args: { city: 'Oslo' }, state: 'ready', ...extra,
});

describe('toAnthropicMessages', () => {
  it('splits an agent turn into assistant/user(tool_result) pairs at each step, thinking and signatures kept in order', () => {
    const turn = message('assistant', [
      { type: 'reasoning', text: 'think', signature: 'sig-1' },
      { type: 'reasoning', text: '', redacted: 'opaque' },
      text('Let me look.'),
      call('toolu_1', { result: { temp: 3 } }),
      call('toolu_2', { result: 'boom', isError: true }),
      { type: 'step-start' },
      { type: 'reasoning', text: 'unsigned, from elsewhere' },
      text('It is 3 degrees.'),
    ]);
    expect(toAnthropicMessages([message('user', [text('Weather?')]), turn])).toEqual([
      { role: 'user', content: [{ type: 'text', text: 'Weather?' }] },
      {
        role: 'assistant',
        content: [
          { type: 'thinking', thinking: 'think', signature: 'sig-1' },
          { type: 'redacted_thinking', data: 'opaque' },
          { type: 'text', text: 'Let me look.' },
          { type: 'tool_use', id: 'toolu_1', name: 'weather', input: { city: 'Oslo' } },
          { type: 'tool_use', id: 'toolu_2', name: 'weather', input: { city: 'Oslo' } },
        ],
      },
      {
        role: 'user',
        content: [
          { type: 'tool_result', tool_use_id: 'toolu_1', content: '{"temp":3}' },
          { type: 'tool_result', tool_use_id: 'toolu_2', content: 'boom', is_error: true },
        ],
      },
      { role: 'assistant', content: [{ type: 'text', text: 'It is 3 degrees.' }] },
    ]);
  });

  it('tool results and the next user text join one user message, results first; unanswered calls are left out', () => {
    const out = toAnthropicMessages([
      message('assistant', [text('Calling.'), call('toolu_1', { result: 'ok' }), call('toolu_2')]),
      message('user', [text('thanks'), text('')]),
    ]);
    expect(out).toEqual([
      { role: 'assistant', content: [{ type: 'text', text: 'Calling.' }, { type: 'tool_use', id: 'toolu_1', name: 'weather', input: { city: 'Oslo' } }] },
      { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_1', content: 'ok' }, { type: 'text', text: 'thanks' }] },
    ]);
  });

  it('a provider-run call goes back as server_tool_use with its result block beside it; its caller and MCP server are kept', () => {
    const search = call('srv_1', { toolName: 'web_search', args: { query: 'q' }, providerExecuted: true, result: [{ type: 'web_search_result', url: 'u' }], providerData: { resultType: 'web_search_tool_result' } });
    const mcp = call('mcp_1', { toolName: 'lookup', providerExecuted: true, result: [{ type: 'text', text: 'r' }], isError: true, providerData: { blockType: 'mcp_tool_use', serverName: 'kb' } });
    const direct = call('toolu_3', { result: 1, providerData: { caller: { type: 'direct' } } });
    expect(toAnthropicMessages([message('assistant', [search, mcp, direct])])).toEqual([
      {
        role: 'assistant',
        content: [
          { type: 'server_tool_use', id: 'srv_1', name: 'web_search', input: { query: 'q' } },
          { type: 'web_search_tool_result', tool_use_id: 'srv_1', content: [{ type: 'web_search_result', url: 'u' }] },
          { type: 'mcp_tool_use', id: 'mcp_1', name: 'lookup', server_name: 'kb', input: { city: 'Oslo' } },
          { type: 'mcp_tool_result', tool_use_id: 'mcp_1', content: [{ type: 'text', text: 'r' }], is_error: true },
          { type: 'tool_use', id: 'toolu_3', name: 'weather', input: { city: 'Oslo' }, caller: { type: 'direct' } },
        ],
      },
      { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_3', content: '1' }] },
    ]);
  });

  it('a pause_turn answer being continued keeps its unanswered server call; earlier unanswered calls are left out', () => {
    const paused = (id: string) => message('assistant', [text('Searching.'), call(id, { toolName: 'web_search', args: { query: 'q' }, providerExecuted: true })], id);
    const out = toAnthropicMessages([message('user', [text('Find it')]), paused('srv_old'), message('user', [text('again')], 'u2'), paused('srv_new')]);
    expect(out.map((entry) => entry.content.map((block) => block.type))).toEqual([['text'], ['text'], ['text'], ['text', 'server_tool_use']]);
    expect(out[3]?.content[1]).toEqual({ type: 'server_tool_use', id: 'srv_new', name: 'web_search', input: { query: 'q' } });
  });

  it('user attachments become image and document blocks: base64, URL and plain-text sources', () => {
    const png = 'iVBORw0KGgo=';
    const out = toAnthropicMessages([
      message('user', [
        text('Look'),
        { type: 'file', mediaType: 'image/png', data: png },
        { type: 'file', mediaType: 'image/webp', url: 'https://x.test/a.webp' },
        { type: 'file', mediaType: 'application/pdf', name: 'a.pdf', url: `data:application/pdf;base64,JVBERi0=` },
        { type: 'file', mediaType: 'text/markdown', name: 'notes.md', data: btoa('# Hi') },
      ]),
    ]);
    expect(out[0]?.content).toEqual([
      { type: 'text', text: 'Look' },
      { type: 'image', source: { type: 'base64', media_type: 'image/png', data: png } },
      { type: 'image', source: { type: 'url', url: 'https://x.test/a.webp' } },
      { type: 'document', source: { type: 'base64', media_type: 'application/pdf', data: 'JVBERi0=' }, title: 'a.pdf' },
      { type: 'document', source: { type: 'text', media_type: 'text/plain', data: '# Hi' }, title: 'notes.md' },
    ]);
  });

  it('system messages go to the top-level system, joined; none gives no system field', () => {
    const system = [message('system', [text('Be brief.')], 's1'), message('user', [text('Hi')]), message('system', [text('Use metric.')], 's2')];
    expect(toAnthropicSystem(system)).toBe('Be brief.\n\nUse metric.');
    expect(toAnthropicMessages(system)).toEqual([{ role: 'user', content: [{ type: 'text', text: 'Hi' }] }]);
    expect(anthropicProtocol.buildRequest(system, { api: '/api/chat', chatId: 'c' }).body).toEqual({
      system: 'Be brief.\n\nUse metric.',
      messages: [{ role: 'user', content: [{ type: 'text', text: 'Hi' }] }],
      max_tokens: DEFAULT_ANTHROPIC_MAX_TOKENS,
      stream: true,
    });
    expect(anthropicProtocol.buildRequest([message('user', [text('Hi')])], { api: '/api/chat', chatId: 'c' }).body).not.toHaveProperty('system');
    expect(DEFAULT_ANTHROPIC_MAX_TOKENS).toBe(4096);
  });

  it('detect: a response is Anthropic when its first event is message_start', () => {
    expect(anthropicProtocol.detect?.({ event: 'message_start', data: '{}' })).toBe(true);
    expect(anthropicProtocol.detect?.({ data: ' {"type": "message_start","message":{}}' })).toBe(true);
    expect(anthropicProtocol.detect?.({ data: '{"choices":[]}' })).toBe(false);
    expect(anthropicProtocol.detect?.({ event: 'response.created', data: '{"type":"response.created"}' })).toBe(false);
    expect(anthropicProtocol.detect?.({ data: '{"type":"start","messageId":"message_start"}' })).toBe(false);
  });
});
