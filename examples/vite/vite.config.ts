import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In development, `/api` goes to the Express server (`npm start`), which holds the key.
export default defineConfig({
  plugins: [react()],
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
