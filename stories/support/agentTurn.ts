import type { ChatMessageInit } from '../../src/store/ChatStoreOptions';

// A small map drawn in SVG, inline so the story needs no network: an image part carries its bytes.
const MAP_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="240" height="140" viewBox="0 0 240 140">' +
  '<rect width="240" height="140" fill="#cfe8f7"/>' +
  '<path d="M0 90 C60 70 90 110 150 95 S220 70 240 80 V140 H0Z" fill="#b7d9a8"/>' +
  '<path d="M30 120 L95 60 L160 100 L215 40" fill="none" stroke="#d4553a" stroke-width="4" stroke-dasharray="8 6"/>' +
  '<circle cx="95" cy="60" r="7" fill="#d4553a"/><circle cx="215" cy="40" r="7" fill="#d4553a"/>' +
  '</svg>';

/** The base64 of {@link MAP_SVG}: what a file part's `data` holds. */
const MAP_BASE64 = btoa(MAP_SVG);

/**
 * One agent turn holding every part type in the order an agent streams them: a step, reasoning, text,
 * three tool calls (one answered, one waiting for approval, one whose tool failed), a second step,
 * text citing two sources, an image the model produced, and an app-defined `weather` data part. The
 * user's question carries a PDF attachment.
 */
export const AGENT_TURN: ChatMessageInit[] = [
  {
    id: 'agent-user',
    role: 'user',
    parts: [
      { type: 'text', text: 'Plan my Saturday in Lisbon. My notes are attached.' },
      { type: 'file', mediaType: 'application/pdf', name: 'lisbon-notes.pdf', size: 48_213, url: 'https://example.com/lisbon-notes.pdf' },
    ],
  },
  {
    id: 'agent-answer',
    role: 'assistant',
    parts: [
      { type: 'step-start' },
      { type: 'reasoning', text: 'Outdoor plans depend on the weather, so I check the forecast first, then book lunch and museum tickets.' },
      { type: 'text', text: 'Let me check the **forecast** and what is open.' },
      {
        type: 'tool-call',
        toolCallId: 'call_weather',
        toolName: 'get_weather',
        argumentsText: '{"city":"Lisbon","day":"Saturday"}',
        args: { city: 'Lisbon', day: 'Saturday' },
        state: 'ready',
        result: { temperature: 24, sky: 'sunny', wind: 'light' },
      },
      {
        type: 'tool-call',
        toolCallId: 'call_table',
        toolName: 'book_table',
        argumentsText: '{"restaurant":"Taberna da Rua","guests":2,"time":"13:00"}',
        args: { restaurant: 'Taberna da Rua', guests: 2, time: '13:00' },
        state: 'ready',
        approval: { state: 'requested', id: 'approval_table' },
      },
      {
        type: 'tool-call',
        toolCallId: 'call_tickets',
        toolName: 'buy_tickets',
        argumentsText: '{"museum":"MAAT","count":2}',
        args: { museum: 'MAAT', count: 2 },
        state: 'ready',
        result: 'Sold out for Saturday',
        isError: true,
      },
      { type: 'step-start' },
      {
        type: 'text',
        text: 'Saturday looks **sunny and 24 °C**: walk the riverside from Belém to the MAAT, then lunch at 13:00 once you approve the booking. The museum is sold out, so the Gulbenkian garden is the plan B.',
      },
      { type: 'source', sourceType: 'url', id: 'src_forecast', url: 'https://weather.example.com/lisbon', title: 'Lisbon forecast' },
      {
        type: 'source',
        sourceType: 'document',
        id: 'src_notes',
        title: 'Your Lisbon notes',
        filename: 'lisbon-notes.pdf',
        mediaType: 'application/pdf',
        citedText: 'Prefer walks by the water.',
      },
      { type: 'file', mediaType: 'image/svg+xml', name: 'route.svg', data: MAP_BASE64 },
      { type: 'data', name: 'weather', id: 'weather_lisbon', data: { city: 'Lisbon', temperature: 24, sky: 'sunny' } },
    ],
    metadata: {
      finishReason: 'stop',
      usage: { inputTokens: 812, outputTokens: 164, totalTokens: 976 },
      timing: { startedAt: 0, firstTokenAt: 420, endedAt: 3_900, tokensPerSecond: 47 },
    },
  },
];
