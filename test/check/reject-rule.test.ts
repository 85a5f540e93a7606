import { describe, expect, it } from 'vitest';
import { compliantConfig, findingsOf } from './compliant-config.js';

function withReject(rejectAll: string, acceptAll = 'Accept analytics cookies') {
  const config = compliantConfig();
  config.consent!.text = { acceptAll, rejectAll };
  return findingsOf(config, 'reject-weakened');
}

describe('reject-weakened (refusing as easy as accepting)', () => {
  it('errs when the reject button is emptied', () => {
    expect(withReject('  ')).toMatchObject([{ path: '$.consent.text.rejectAll', severity: 'error' }]);
  });
  it('errs when reject reads the same as accept', () => {
    expect(withReject('Accept analytics cookies')).toMatchObject([{ severity: 'error', message: expect.stringContaining('Accept and Reject read the same') }]);
  });
  it.each(['OK', 'Continue', 'Got it', 'Maybe later', 'Not now', 'Cookie settings', 'Accept'])('errs when reject is renamed to "%s"', (label) => {
    expect(withReject(label)).toMatchObject([{ severity: 'error' }]);
  });
  it('errs on wording that shames the visitor', () => {
    expect(withReject('No thanks, I prefer a worse experience')).toMatchObject([{ severity: 'error', message: expect.stringContaining('shames') }]);
  });
  it('warns on wording with no word of refusal', () => {
    expect(withReject('Analytics cookies')).toMatchObject([{ severity: 'warning' }]);
  });
  it('errs when either button is far longer than the other (the pair is no longer equal)', () => {
    expect(withReject('Reject all of the optional analytics and measurement cookies on this website please', 'Accept all')).toMatchObject([
      { path: '$.consent.text.rejectAll', severity: 'error', message: expect.stringContaining('equal in weight') },
    ]);
    expect(withReject('Reject', 'Accept all cookies and enjoy the very best experience on our website')).toMatchObject([
      { path: '$.consent.text.acceptAll', severity: 'error', message: expect.stringContaining('equal in weight') },
    ]);
  });
  it('errs when the accept button is emptied', () => {
    expect(withReject('Reject analytics cookies', ' ')).toMatchObject([{ path: '$.consent.text.acceptAll', severity: 'error' }]);
  });
  it('reads an override against the built-in wording it sits beside, and reports it where it was written', () => {
    const config = compliantConfig();
    // Only Accept is changed, to the built-in Reject's words: the visitor would see two identical buttons.
    config.consent!.text = { acceptAll: 'Reject additional cookies' };
    expect(findingsOf(config, 'reject-weakened')).toMatchObject([{ path: '$.consent.text.acceptAll', severity: 'error', message: expect.stringContaining('same') }]);
    config.consent!.text = { rejectAll: 'Not now' };
    expect(findingsOf(config, 'reject-weakened')).toMatchObject([{ path: '$.consent.text.rejectAll', severity: 'error' }]);
  });
  it.each(['Reject analytics cookies', 'Reject additional cookies', 'Necessary cookies only', 'Accept only essential cookies', 'No thanks', 'Continue without accepting'])(
    'accepts "%s"',
    (label) => {
      expect(withReject(label)).toEqual([]);
    },
  );
  it('checks translated wording too, but only the language-neutral checks outside English', () => {
    const config = compliantConfig();
    config.translations = { cy: { consent: { text: { acceptAll: 'Derbyn', rejectAll: '' } } } };
    expect(findingsOf(config, 'reject-weakened')).toMatchObject([{ path: '$.translations.cy.consent.text.rejectAll' }]);
    config.translations = { cy: { consent: { text: { acceptAll: 'Derbyn cwcis dadansoddi', rejectAll: 'Gwrthod cwcis dadansoddi' } } } };
    expect(findingsOf(config, 'reject-weakened')).toEqual([]);
  });
  it('leaves the default wording alone', () => {
    const config = compliantConfig();
    delete config.consent!.text;
    expect(findingsOf(config, 'reject-weakened')).toEqual([]);
  });
});
