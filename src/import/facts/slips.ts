/**
 * Slips a person should look at, found by general patterns (never by knowing a notice): doubled
 * words, a missing word in a fixed phrase, an article before a verb, and the names of UK bodies
 * and terms written with one word different. The wording is kept as written; each is a note.
 */
import type { NoteBook } from '../notes.js';
import type { Segment } from '../segments.js';

/** Names often written in UK notices; a name with one word different is probably a slip. */
const KNOWN_NAMES = [
  'Department of Health and Social Care',
  'Department for Work and Pensions',
  "Information Commissioner's Office",
  'Care Quality Commission',
  'Office for Health Improvement and Disparities',
  'UK Health Security Agency',
  'Health Research Authority',
  'Senior Information Risk Owner',
  'Data Protection Impact Assessment',
  'General Data Protection Regulation',
  'Records Management Code of Practice',
  'National Data Opt-Out',
  'Common Law Duty of Confidentiality',
  'Local Government and Social Care Ombudsman',
  'Parliamentary and Health Service Ombudsman',
];

const SMALL = new Set(['and', 'of', 'for', 'the', 'in', 'on', 'to', 'a', 'an', 'or']);

interface Slip { pattern: RegExp; explain: (m: RegExpMatchArray) => string }

const SLIPS: Slip[] = [
  {
    // "the the", "to to"; "that that" and "had had" can be right.
    pattern: /\b(?!(?:that|had|is)\b)([A-Za-z]{2,})\s+\1\b/gi,
    explain: (m) => `"${m[0]}": a word is repeated.`,
  },
  {
    // "be a receiving a service": an article before a verb form, then another article.
    pattern: /\b(?:be|is|are|was|were|been)\s+an?\s+([a-z]{3,}ing)\s+(?:a|an|the)\b/gi,
    explain: (m) => `"${m[0]}": an extra "a" before "${m[1]}"?`,
  },
  {
    pattern: /\bnot to be subject\s+(?!to\b)[a-z]+/gi,
    explain: (m) => `"${m[0]}": "subject to" is missing "to"?`,
  },
  {
    pattern: /\b(?:if|when|where|unless)\s+(?:you|we|they)\s+not\s+(?!only\b)[a-z]+/gi,
    explain: (m) => `"${m[0]}": a verb ("are", "do") seems to be missing.`,
  },
  {
    pattern: /\b(?:Adobe )?Flash (?:Player|cookies)\b/g,
    explain: () => `Adobe Flash is mentioned: it reached its end of life in December 2020, so this passage is probably out of date.`,
  },
];

function tokens(text: string): string[] {
  return text.split(/[\s/]+/).map((w) => w.replace(/^[("'‘“]+|[),.;:"'’”]+$/g, ''));
}

/** Names of UK bodies written with exactly one word different ("Department of Health of Social Care"). */
export function nameSlips(text: string): { written: string; known: string }[] {
  const out: { written: string; known: string }[] = [];
  const ws = tokens(text);
  const lower = text.toLowerCase();
  for (const name of KNOWN_NAMES) {
    const nw = name.split(' ');
    if (!lower.includes(nw[0]!.toLowerCase())) continue;
    for (let i = 0; i + nw.length <= ws.length; i++) {
      if (ws[i]!.toLowerCase() !== nw[0]!.toLowerCase() || ws[i + nw.length - 1]!.toLowerCase().replace(/['’]/g, '') !== nw[nw.length - 1]!.toLowerCase().replace(/['’]/g, '')) continue;
      const window = ws.slice(i, i + nw.length);
      const differing = window.filter((w, k) => w.toLowerCase().replace(/’/g, "'") !== nw[k]!.toLowerCase());
      // One word different, and it is a connecting word or nearly the same word (not a different body).
      if (differing.length !== 1) continue;
      const k = window.findIndex((w, j) => w.toLowerCase().replace(/’/g, "'") !== nw[j]!.toLowerCase());
      const a = window[k]!.toLowerCase();
      const b = nw[k]!.toLowerCase();
      const near = (SMALL.has(a) && SMALL.has(b)) || a.replace(/['’]/g, '') === b.replace(/['’]/g, '');
      if (near) out.push({ written: window.join(' '), known: name });
    }
  }
  return out;
}

/** Adds a possible-error note for each slip found in the segments. */
export function noteSlips(segments: Segment[], notes: NoteBook): void {
  for (const seg of segments) {
    for (const slip of SLIPS) {
      for (const m of seg.text.matchAll(slip.pattern)) notes.add(seg.at, 'possible-error', `${slip.explain(m)} Wording kept as written.`);
    }
    for (const { written, known } of nameSlips(seg.text)) {
      notes.add(seg.at, 'possible-error', `"${written}" differs from the usual name "${known}". Wording kept as written.`);
    }
  }
}
