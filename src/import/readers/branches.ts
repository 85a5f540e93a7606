/**
 * A shared template's branches for particular sites. One template can render a page for many sites (FixMyStreet's
 * `[% IF c.cobrand.moniker == 'bathnes' %]`, a white-labelled service's `{% if brand == 'x' %}`): its text for one
 * site is not the notice's. A conditional whose test is only about the site (its brand, or a feature a brand turns on)
 * is read as for a site that sets nothing of its own: the branch whose test is then true, else its `ELSE`, else
 * nothing. A test about anything else (the visitor, the language, the page) cannot be decided, and every branch is kept.
 */

/** A value that names the site a shared template renders for: unset on a site that sets nothing of its own. */
const SITE_VALUE = /^(?:c\.|self\.|site\.|config\.|settings\.)*(?:cobrand|brand|tenant|theme_?name|site_?(?:name|id|key|code))\b[\w.]*(?:\([^()]*\))?$/i;

type Value = undefined | string | number | boolean;

/** The test's value with the site's values unset, or `null` when it tests anything else. */
export function siteTest(test: string): boolean | null {
  const tokens = test.match(/'[^']*'|"[^"]*"|&&|\|\||==|!=|>=|<=|[!()<>]|[\w.]+(?:\([^()]*\))?/g);
  if (!tokens || tokens.join('').replace(/\s/g, '') !== test.replace(/\s/g, '')) return null;
  let i = 0;
  let aboutSite = false;
  const fail = (): never => {
    throw new Error('undecided');
  };
  const operand = (): Value => {
    const t = tokens[i++] ?? fail();
    if (t === '(') {
      const v = or();
      if (tokens[i++] !== ')') fail();
      return v;
    }
    if (t === '!' || /^not$/i.test(t)) return !truthy(operand());
    if (/^['"]/.test(t)) return t.slice(1, -1);
    if (/^\d+$/.test(t)) return Number(t);
    if (/^(?:true|false)$/i.test(t)) return /^true$/i.test(t);
    if (SITE_VALUE.test(t)) {
      aboutSite = true;
      return undefined;
    }
    return fail();
  };
  const truthy = (v: Value) => !!v;
  const comparison = (): Value => {
    const left = operand();
    const op = tokens[i];
    if (op === '==' || op === '!=' || /^(?:eq|ne)$/i.test(op ?? '')) {
      i++;
      const right = operand();
      return op === '==' || /^eq$/i.test(op!) ? left === right : left !== right;
    }
    return left;
  };
  const and = (): Value => {
    let v = truthy(comparison());
    while (tokens[i] === '&&' || /^and$/i.test(tokens[i] ?? '')) {
      i++;
      v = truthy(comparison()) && v;
    }
    return v;
  };
  const or = (): Value => {
    let v = truthy(and());
    while (tokens[i] === '||' || /^or$/i.test(tokens[i] ?? '')) {
      i++;
      v = truthy(and()) || v;
    }
    return v;
  };
  try {
    const v = or();
    return i === tokens.length && aboutSite ? truthy(v) : null;
  } catch {
    return null;
  }
}

/** Template Toolkit's and Jinja's conditional tags, and the other blocks an `END` closes. */
const TAG = /\[%[-~+=]?\s*(IF|UNLESS|ELSIF|ELSE|END|FOREACH|FOR|WHILE|BLOCK|WRAPPER|SWITCH|FILTER|TRY|PERL|RAWPERL)\b([\s\S]*?)[-~+=]?%\]|\{%-?\s*(if|elif|else|endif|for|endfor)\b([\s\S]*?)-?%\}/g;

interface Frame {
  /** A loop or block (closed by the same `END`): no branches. */
  block: boolean;
  start: number;
  branches: { test: boolean | null; body: number; end?: number }[];
}

/** The text with each conditional about the site replaced by the branch a site that sets nothing of its own shows. */
export function siteDefaults(text: string): { text: string; dropped: number } {
  const edits: { start: number; end: number; keep: string; inner: number }[] = [];
  const stack: Frame[] = [];
  for (const m of text.matchAll(TAG)) {
    const word = (m[1] ?? m[3])!;
    const rest = (m[2] ?? m[4] ?? '').trim();
    const at = m.index!;
    const after = at + m[0].length;
    // A whole statement in one tag ("[% IF x; 'y'; END %]") opens nothing.
    if (m[1] && /;/.test(rest)) continue;
    const condition = rest.replace(/\s*[-~+=]$/, '');
    if (/^(?:IF|UNLESS|if)$/.test(word)) {
      const test = siteTest(condition);
      stack.push({ block: false, start: at, branches: [{ test: test === null ? null : word === 'UNLESS' ? !test : test, body: after }] });
    } else if (/^(?:ELSIF|elif)$/.test(word)) {
      const top = stack.at(-1);
      if (!top || top.block) continue;
      top.branches.at(-1)!.end = at;
      top.branches.push({ test: siteTest(condition), body: after });
    } else if (/^(?:ELSE|else)$/.test(word)) {
      const top = stack.at(-1);
      if (!top || top.block) continue;
      top.branches.at(-1)!.end = at;
      top.branches.push({ test: true, body: after });
    } else if (/^(?:END|endif)$/.test(word)) {
      const top = stack.pop();
      if (!top || top.block) continue;
      top.branches.at(-1)!.end = at;
      // Decided only when every test before the branch shown is about the site.
      const shown = top.branches.findIndex((b) => b.test !== false);
      const decided = shown < 0 || top.branches[shown]!.test === true;
      if (!decided || top.branches.slice(0, Math.max(shown, 0)).some((b) => b.test === null)) continue;
      // (Inside a branch already replaced, the outer edit holds it.)
      while (edits.length && edits.at(-1)!.start > top.start) edits.pop();
      const branch = shown < 0 ? undefined : top.branches[shown]!;
      const kept = branch ? siteDefaults(text.slice(branch.body, branch.end)) : { text: '', dropped: 0 };
      edits.push({ start: top.start, end: after, keep: kept.text, inner: kept.dropped });
    } else if (word === 'endfor') stack.pop();
    else stack.push({ block: true, start: at, branches: [] });
  }
  let out = text;
  for (const e of [...edits].reverse()) out = out.slice(0, e.start) + e.keep + out.slice(e.end);
  return { text: out, dropped: edits.reduce((n, e) => n + 1 + e.inner, 0) };
}
