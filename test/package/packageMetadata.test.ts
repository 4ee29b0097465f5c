import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { npm, repoRoot } from './installPackedLibrary';

interface Manifest {
  type?: string;
  license?: string;
  repository?: { type: string; url: string };
  homepage?: string;
  bugs?: { url: string };
  exports: Record<string, unknown>;
}

const readManifest = async () => JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8')) as Manifest;

/** `owner/name` of a GitHub URL in any of the forms package.json uses. */
function githubRepository(url: string | undefined): string | undefined {
  return url?.match(/github\.com\/([\w.-]+\/[\w.-]+?)(?:\.git)?(?:[/#?]|$)/)?.[1];
}

/** Every condition name used anywhere in an exports map. */
function conditionNames(value: unknown): string[] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => [...(key.startsWith('.') ? [] : [key]), ...conditionNames(inner)]);
}

describe('what the npm page and the tarball show', () => {
  it('ships an MIT LICENSE in the tarball', async () => {
    const [packed] = JSON.parse(await npm(['pack', '--dry-run', '--json', '--ignore-scripts'])) as { files: { path: string }[] }[];
    expect(packed!.files.map((file) => file.path)).toContain('LICENSE');
    const license = await readFile(join(repoRoot, 'LICENSE'), 'utf8');
    expect(license).toMatch(/^MIT License\s+Copyright \(c\) \d{4} react-chat-stream contributors/);
    expect((await readManifest()).license).toBe('MIT');
  });

  it('links repository, homepage and bugs to one GitHub repository', async () => {
    const manifest = await readManifest();
    const repository = githubRepository(manifest.repository?.url);
    expect(repository).toBeDefined();
    expect(githubRepository(manifest.homepage)).toBe(repository);
    expect(githubRepository(manifest.bugs?.url)).toBe(repository);
  });

  it('shows README images by absolute URLs of files that exist in that repository', async () => {
    const readme = await readFile(join(repoRoot, 'README.md'), 'utf8');
    const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)[^)]*\)|<img[^>]+src="([^"]+)"/g)].map((match) => match[1] ?? match[2]!);
    expect(images.length).toBeGreaterThan(0);
    const repository = githubRepository((await readManifest()).repository?.url);
    for (const image of images) {
      // npm renders the README on its own site, where a relative path points nowhere.
      const path = image.match(/^https:\/\/raw\.githubusercontent\.com\/([\w.-]+\/[\w.-]+)\/main\/(.+)$/);
      expect(path, image).not.toBeNull();
      expect(path![1]).toBe(repository);
      expect(existsSync(join(repoRoot, path![2]!)), image).toBe(true);
    }
  });

  it('is ESM only, and says so', async () => {
    const manifest = await readManifest();
    expect(manifest.type).toBe('module');
    expect(conditionNames(manifest.exports)).not.toContain('require');
    expect(await readFile(join(repoRoot, 'README.md'), 'utf8')).toMatch(/ESM only/);
  });
});
