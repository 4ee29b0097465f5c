import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const dir = new URL('../../src/server/', import.meta.url);
// The Node adapter and its request conversion are the only modules allowed to reach Node's built-ins.
const NODE_ADAPTER = new Set(['toNodeHandler.ts', 'toWebRequest.ts', 'index.ts']);

describe('createChatProxy stays Web-standard', () => {
  const files = readdirSync(dir).filter((name) => name.endsWith('.ts') && !NODE_ADAPTER.has(name));

  it('covers the proxy modules', () => {
    expect(files).toContain('createChatProxy.ts');
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files)('%s imports no node: built-in and no Node global', (name) => {
    const source = readFileSync(new URL(name, dir), 'utf8');
    expect(source).not.toMatch(/from ['"]node:|require\(|\bBuffer\b|\bprocess\./);
  });
});
