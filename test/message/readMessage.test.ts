import { describe, expect, it } from 'vitest';
import { getMessageText, getReasoningText, type ChatPart } from '../../src/message';

const call: ChatPart = { type: 'tool-call', toolCallId: 'c', toolName: 'f', argumentsText: '{}', args: {}, state: 'ready' };
const text = (value: string): ChatPart => ({ type: 'text', text: value });

describe('getMessageText', () => {
  it('runs on across parts split by citations, and breaks a paragraph across a tool call or a step', () => {
    const parts: ChatPart[] = [
      text('Paris is '),
      { type: 'source', sourceType: 'url', url: 'https://a.example' },
      text('the capital.'),
      call,
      text('Checked.'),
      { type: 'step-start' },
      text(''),
      text('Done.'),
    ];
    expect(getMessageText({ parts })).toBe('Paris is the capital.\n\nChecked.\n\nDone.');
  });

  it('adds no break before the first text, and treats reasoning the same way', () => {
    expect(getMessageText({ parts: [call, text('After the call.')] })).toBe('After the call.');
    const parts: ChatPart[] = [{ type: 'reasoning', text: 'one' }, call, { type: 'reasoning', text: 'two' }];
    expect(getReasoningText({ parts })).toBe('one\n\ntwo');
  });
});
