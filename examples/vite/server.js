import express from 'express';
import { createChatProxy, toNodeHandler } from 'react-chat-stream/server';

const app = express();

// No body parser before it: the proxy reads the raw request and streams the answer back unbuffered.
app.post(
  '/api/chat',
  toNodeHandler(
    createChatProxy({
      apiKey: process.env.OPENAI_API_KEY,
      baseURL: process.env.OPENAI_BASE_URL,
      model: 'gpt-4o-mini',
    }),
  ),
);
app.use(express.static('dist'));

const port = Number(process.env.PORT ?? 3000);
app.listen(port, () => console.log(`http://localhost:${port}`));
