import { useEffect, useMemo, useRef } from 'react';
import { useChatStream, type UseChatStreamResult } from '../../src/react';
import type { ChatMessageInit, ChatStoreOptions } from '../../src/store/ChatStoreOptions';
import { createMockChatFetch, type MockScenario, type MockScenarioSource } from '../../src/testing';

/** The endpoint the stories' chats post to; the mock fetch answers it, nothing leaves the page. */
export const MOCK_API = '/mock/v1/chat/completions';

/** What {@link useMockChat} takes. */
export interface MockChatSetup {
  /** What the mock backend answers: one scenario for every request, or a resolver. */
  scenario: MockScenarioSource;
  /** Fields under every scenario (speed, chunking…). */
  defaults?: Partial<MockScenario>;
  /** The conversation to start from. */
  initialMessages?: readonly ChatMessageInit[];
  /** Sent once on mount, so the story opens on a streaming (or failing) answer. */
  autoSend?: string;
  /** Store options such as `idleTimeoutMs` or `retry`. */
  options?: Partial<Omit<ChatStoreOptions, 'api' | 'fetch' | 'initialMessages'>>;
}

/**
 * A chat on the embedded mock backend (`createMockChatFetch`). The mock fetch is made again when
 * `scenario` or `defaults` change (the next request uses it); the conversation is kept.
 */
export function useMockChat({ scenario, defaults, initialMessages, autoSend, options }: MockChatSetup): UseChatStreamResult {
  const fetch = useMemo(() => createMockChatFetch(scenario, { defaults }), [scenario, defaults]);
  const chat = useChatStream({ ...options, api: MOCK_API, fetch, initialMessages });
  const sent = useRef(false);
  const { send } = chat;
  useEffect(() => {
    // Once per mount, even when React re-runs effects, so the story shows one question.
    if (autoSend === undefined || sent.current) return;
    sent.current = true;
    void send(autoSend);
  }, [autoSend, send]);
  return chat;
}
