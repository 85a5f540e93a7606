/** The demo's config files, for the tests that run over every one of them. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** JSON files under a directory, recursively. */
export function jsonFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? jsonFiles(path) : name.endsWith('.json') ? [path] : [];
  });
}

/** The demo's config files: JSON under demo/ with an `organisation`, the one key every config has. */
export function demoConfigs(): string[] {
  return jsonFiles(join(root, 'demo')).filter((file) => {
    try {
      const value = JSON.parse(readFileSync(file, 'utf8'));
      return value && typeof value === 'object' && !Array.isArray(value) && 'organisation' in value;
    } catch {
      return false;
    }
  });
}
