/**
 * The three real notices in `demo/notices/` are shown in their reviewed state: every import note
 * a person would resolve is resolved, so `privacy-consent check` on them reports only what the
 * source notices themselves lack. Each remaining finding is listed here with the reason.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkConfigText } from '../../src/check/check.js';

const read = (name: string) => readFileSync(fileURLToPath(new URL(`../../demo/notices/${name}.json`, import.meta.url)), 'utf8');

const CASES: { name: string; rules: Record<string, string> }[] = [
  {
    name: 'nhs-icb-coproduction-team',
    rules: {
      regulator: 'the notice never says people can complain to the ICO',
      dpo: 'an NHS body, yet no Data Protection Officer contact is given',
      transfers: 'nothing on transfers outside the UK',
      'automated-decisions': 'nothing on automated decisions (the rights list names the right, not the practice)',
      'first-layer-length': 'six purposes make the generated first layer 132 words',
    },
  },
  {
    name: 'humankind-ips-staffordshire',
    rules: {
      sources: 'data comes from DWP/Job Centre Plus and Staffordshire STARS, but not which categories of data',
      'import-notes': 'one note left open on purpose: the notice has no version or date',
      'first-layer-length': 'five lawful bases and fourteen recipients make the first layer 171 words',
    },
  },
  {
    name: 'anglian-community-enterprise-websites',
    rules: {
      'purpose-basis': 'no lawful basis is stated for any purpose except consent for email and text alerts',
      transfers: 'nothing on transfers outside the UK',
      'automated-decisions': 'nothing on automated decisions',
      'import-notes': 'one note left open on purpose: the third-party analytics providers are not named',
      'first-layer-length': 'seven purposes and fourteen partner organisations make the first layer 157 words',
    },
  },
];

describe('the demo notices in their reviewed state', () => {
  it.each(CASES)('$name: check reports only the gaps of the source notice', ({ name, rules }) => {
    const result = checkConfigText(read(name));
    expect(result.findings.filter((f) => f.rule === 'schema' || f.rule === 'json')).toEqual([]);
    expect([...new Set(result.findings.map((f) => f.rule))].sort()).toEqual(Object.keys(rules).sort());
  });

  it.each(CASES)('$name: the only open import notes are missing content of the source', ({ name }) => {
    const notes = (JSON.parse(read(name)) as { notice: { importNotes: { kind: string; resolved?: boolean }[] } }).notice.importNotes;
    expect(notes.filter((n) => !n.resolved).every((n) => n.kind === 'missing-content')).toBe(true);
  });
});
