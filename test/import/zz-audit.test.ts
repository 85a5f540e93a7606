import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { it } from 'vitest';
import { importNotice } from '../../src/import/import-notice.js';
const ROOT = fileURLToPath(new URL('../fixtures/import-mining/', import.meta.url));
it('audit', async () => {
  const fam = (process.env.FAM ?? 'controller').split(',');
  const out: string[] = [];
  for (const b of readdirSync(ROOT).sort()) {
    const sources = JSON.parse(readFileSync(`${ROOT}${b}/sources.json`, 'utf8')) as { file: string }[];
    for (const s of sources) {
      const r = await importNotice(s.file, new Uint8Array(readFileSync(`${ROOT}${b}/${s.file}`)), { today: new Date('2026-12-05') });
      for (const f of r.found.filter((f) => fam.includes(f.family))) out.push(`${b}/${s.file}\t${f.family} ${f.value}\t${f.source.replace(/\s+/g, ' ').slice(0, 160)}`);
    }
  }
  writeFileSync(process.env.OUT ?? '/tmp/audit.txt', out.sort().join('\n') + '\n');
}, 600000);
