/**
 * Cookie names read from the cookie pages of mining batch m7 (`test/fixtures/import-mining/m7/`,
 * 45 pages from outside the regions of the blind sets; issue 16), read by hand for precision: one
 * test a class of false or missed reading, with the real lines and their address.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../../../src/import/import-notice.js';

const enc = (s: string) => new TextEncoder().encode(s);
const cookies = async (text: string) => ((await importNotice('cookies.txt', enc(text), { today: new Date('2026-12-06') })).config.consent?.categories ?? []).flatMap((c) => c.cookies ?? []);

describe('cookie tables (m7)', () => {
  it('reads a table copied one cell a line whose provider cells are domains and type cells "HTTP", row by row (https://www.nbt.nhs.uk/cookies-policy)', async () => {
    const got = await cookies('Cookies\n\nWe use the following cookies on our website.\nCookie name |\nProvider |\nType |\nExpiry |\nPurpose |\n---|---|---|---|---|\n_cfduid |\nAddtoany.com |\nHTTP |\n1 year |\nUsed by the content network, Cloud flare, to identify trusted web traffic. |\nhas_js |\nnbt.nhs.uk |\nHTTP |\nSession |\nRegisters whether or not the user has activated JavaScript in the browser. |\n_ga |\nnbt.nhs.uk |\nHTTP |\n2 years |\nRegisters a unique ID. |\n');
    expect(got.map((c) => [c.name, c.duration])).toEqual(expect.arrayContaining([['_cfduid', '1 year'], ['has_js', 'Session'], ['_ga', '2 years']]));
    expect(got.map((c) => c.name)).not.toContain('nbt.nhs.uk');
    expect(got.map((c) => c.name)).not.toContain('HTTP');
  });

  it('reads no description of the value in a name cell as a name (http://www.naturalengland.org.uk/privacy/cookies.aspx)', async () => {
    const got = await cookies('Cookies\n\n| Purpose | Cookie name | Where used | Typical content | Expires |\n|---|---|---|---|---|\n| Transaction-specific | ASP.NET_SessionId | Site search,\nNature on the Map, Country Walks and Rides | randomly generated number | when user exits browser |\n| Transaction-specific | CFID | Sites of Special Scientific Interest | randomly generated number | 30 years |\n');
    expect(got.map((c) => c.name).sort()).toEqual(['ASP.NET_SessionId', 'CFID']);
  });

  it("reads a name run into its expiry word at a row's start, and no brand whose last hump is such a word (https://www.harlingtonhospice.org/cookies/)", async () => {
    const got = await cookies('Cookies\n\nMSISPIPSelectionPersistent Used to identify the identity provider for logging on. Expires in 14 days\n\nShareThis\n\nSet as part of the ShareThis service.\n');
    expect(got.map((c) => c.name)).toEqual(['MSISPIPSelection']);
  });
});
