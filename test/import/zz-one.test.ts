import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { importNotice } from '../../src/import/import-notice.js';
it('one', async () => {
  for (const f of (process.env.FILES ?? '').split(',')) {
    const r = await importNotice(f, new Uint8Array(readFileSync(`test/fixtures/import-corpus/${f}`)), { today: new Date('2026-12-05') });
    const fam = (process.env.FAM ?? 'controller').split(',');
    console.log(`\n## ${f} org=${r.config.organisation.name}\n` + r.found.filter((x) => fam.includes(x.family)).map((x) => `  ${x.family} ${x.value}: ${x.source.slice(0, 300)}`).join('\n'));
  }
});
