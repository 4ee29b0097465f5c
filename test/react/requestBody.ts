/** The parts of a chat request body that the React tests check. */
export interface SentChatBody {
  model?: string;
  messages: { role: string; content: string }[];
}

/** The JSON body of request `index` as the test server received it. */
export function requestBody(bodies: readonly string[], index: number): SentChatBody {
  const text = bodies[index];
  if (text === undefined) throw new Error(`The server received no request #${index}.`);
  return JSON.parse(text) as SentChatBody;
}
