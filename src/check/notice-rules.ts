/**
 * What a privacy notice must say under UK GDPR Arts 13–14 (shared/design/requirements.md §A),
 * checked on the structured facts of every notice in the config.
 */
import type { ContactCard, Notice } from '../config/notice-model.js';
import type { PrivacyConfig } from '../config/types.js';
import { childPath } from '../config/validate.js';
import { noticesOf } from './notices.js';
import { hasText, writtenText } from './text.js';
import type { LintRule, Report, Severity } from './types.js';

/** Runs `check` on each notice in the config with its JSON path. */
function forEachNotice(check: (notice: Notice, path: string, config: PrivacyConfig, report: Report) => void) {
  return (config: PrivacyConfig, report: Report): void => {
    for (const { notice, path } of noticesOf(config)) check(notice, path, config, report);
  };
}

/** Whether a contact card gives a visitor at least one way to get in touch. */
export function hasContactMethod(card: ContactCard): boolean {
  return (
    (card.emails?.some((e) => e.trim() !== '') ?? false) ||
    (card.phones?.some((p) => p.number.trim() !== '') ?? false) ||
    (card.address?.lines.some((l) => l.trim() !== '') ?? false) ||
    (card.web?.length ?? 0) > 0 ||
    (card.forms?.length ?? 0) > 0
  );
}

const quoted = (ids: string[]): string => ids.map((id) => `"${id}"`).join(', ');

export const controllerContact: LintRule = {
  id: 'controller-contact',
  severity: 'error',
  cites: 'UK GDPR Art 13(1)(a), 14(1)(a)',
  title: 'The notice names the controller and a way to contact it',
  check: forEachNotice((notice, path, config, report) => {
    if (notice.controllers.length === 0) {
      report(`${path}.controllers`, 'names no controller: add the organisation responsible for the data (for example { "party": "' + (config.organisation.id ?? 'us') + '", "role": "controller" })');
      return;
    }
    notice.controllers.forEach((controller, i) => {
      // A card without `org` belongs to the organisation the notice is about: the only controller,
      // or the config's own organisation.
      const owns = (card: ContactCard) =>
        card.org === controller.party || (!card.org && (notice.controllers.length === 1 || controller.party === config.organisation.id));
      if (notice.contacts.some((card) => owns(card) && hasContactMethod(card))) return;
      const party = notice.parties.find((p) => p.id === controller.party);
      report(
        childPath(`${path}.controllers`, i),
        `no contact details for the controller ${party ? `"${party.name}"` : `"${controller.party}"`}: add a contact card with "org": "${controller.party}" and an email, phone, postal address, web page or form`,
      );
    });
  }),
};

export const dpo: LintRule = {
  id: 'dpo',
  severity: 'warning',
  cites: 'UK GDPR Art 13(1)(b); Art 37(1)(a) for public authorities',
  title: 'The notice gives the Data Protection Officer’s contact details (an error for a public authority)',
  check: forEachNotice((notice, path, config, report) => {
    const severity: Severity = config.organisation.publicAuthority ? 'error' : 'warning';
    const cards = notice.contacts.filter((card) => card.role === 'dpo');
    if (cards.length === 0) {
      report(
        `${path}.contacts`,
        `no contact has the role "dpo"${config.organisation.publicAuthority ? ': a public authority must appoint a Data Protection Officer and give their contact details' : ': if you have a Data Protection Officer, give their contact details (add a contact card with "role": "dpo")'}`,
        severity,
      );
      return;
    }
    if (!cards.some(hasContactMethod)) {
      const i = notice.contacts.indexOf(cards[0]!);
      report(childPath(`${path}.contacts`, i), 'the Data Protection Officer has no email, phone, postal address, web page or form', severity);
    }
  }),
};

export const purposeBasis: LintRule = {
  id: 'purpose-basis',
  severity: 'error',
  cites: 'UK GDPR Art 13(1)(c)',
  title: 'Every purpose names at least one lawful basis',
  check: forEachNotice((notice, path, _config, report) => {
    if (notice.purposes.length === 0) {
      report(`${path}.purposes`, 'lists no purposes: say what the data is used for, each with its lawful basis');
      return;
    }
    notice.purposes.forEach((purpose, i) => {
      if (purpose.bases.length === 0) {
        report(`${childPath(`${path}.purposes`, i)}.bases`, `the purpose "${purpose.label}" has no lawful basis: add the id of an entry in "bases"`);
      }
    });
  }),
};

export const legitimateInterest: LintRule = {
  id: 'legitimate-interest',
  severity: 'error',
  cites: 'UK GDPR Art 13(1)(d)',
  title: 'A legitimate-interests basis (Art 6(1)(f)) states the interest in words',
  check: forEachNotice((notice, path, _config, report) => {
    notice.bases.forEach((basis, i) => {
      if (basis.art6 !== 'f' || hasText(basis.legitimateInterest)) return;
      const at = childPath(`${path}.bases`, i);
      report(
        basis.legitimateInterest === undefined ? at : `${at}.legitimateInterest`,
        `the basis "${basis.id}" relies on legitimate interests (Art 6(1)(f)) but does not say what the interest is: fill in "legitimateInterest"`,
      );
    });
  }),
};

export const withdrawConsent: LintRule = {
  id: 'withdraw-consent',
  severity: 'error',
  cites: 'UK GDPR Art 13(2)(c)',
  title: 'Where consent is a basis, the notice states the right to withdraw it',
  check: forEachNotice((notice, path, _config, report) => {
    const consentBases = notice.bases.filter((b) => b.art6 === 'a' || b.art9?.includes('a')).map((b) => b.id);
    if (consentBases.length === 0) return;
    if (notice.rights.items.some((item) => item.kind === 'withdraw-consent')) return;
    report(
      `${path}.rights.items`,
      `${consentBases.length === 1 ? 'the basis' : 'the bases'} ${quoted(consentBases)} rely on consent, but the rights do not include "withdraw-consent": say that consent can be withdrawn at any time, and how`,
    );
  }),
};

export const regulator: LintRule = {
  id: 'regulator',
  severity: 'error',
  cites: 'UK GDPR Art 13(2)(d)',
  title: 'The notice gives the right to complain to the ICO',
  check: forEachNotice((notice, path, _config, report) => {
    if (!notice.complaints) {
      report(path, 'no route to complain to the Information Commissioner’s Office: add "complaints": { "regulator": "ico" }');
    } else if (notice.complaints.regulator.trim() === '') {
      report(`${path}.complaints.regulator`, 'is empty: name the regulator (for example "ico")');
    }
  }),
};

export const retention: LintRule = {
  id: 'retention',
  severity: 'error',
  cites: 'UK GDPR Art 13(2)(a)',
  title: 'Every retention entry gives a period or the criteria used to set it',
  check: forEachNotice((notice, path, _config, report) => {
    if (notice.retention.length === 0) {
      report(`${path}.retention`, 'says nothing about how long data is kept: add a retention entry with a period or the criteria used');
      return;
    }
    notice.retention.forEach((entry, i) => {
      const period = entry.period && ((entry.period.years ?? 0) > 0 || (entry.period.months ?? 0) > 0);
      if (period || hasText(entry.criteria)) return;
      report(
        childPath(`${path}.retention`, i),
        `the retention entry "${entry.id}" has no period ("period": { "years": … , "from": … }) and no criteria ("criteria")${entry.policy ? `; naming the policy "${entry.policy}" alone does not say how long` : ''}`,
      );
    });
  }),
};

export const transfers: LintRule = {
  id: 'transfers',
  severity: 'warning',
  cites: 'UK GDPR Art 13(1)(f)',
  title: 'Transfers outside the UK are stated; "yes" names each destination and its safeguard',
  check: forEachNotice((notice, path, _config, report) => {
    const { outsideUk, destinations } = notice.transfers;
    if (outsideUk === 'not-stated') {
      report(`${path}.transfers.outsideUk`, 'the notice does not say whether data leaves the UK: state "no", "yes" (with destinations) or "only-with-consent"');
    } else if (outsideUk === 'yes' && !destinations?.length) {
      report(`${path}.transfers`, 'data is sent outside the UK but no destination and safeguard is given: add "destinations"', 'error');
    }
  }),
};

export const automatedDecisions: LintRule = {
  id: 'automated-decisions',
  severity: 'warning',
  cites: 'UK GDPR Art 13(2)(f)',
  title: 'The notice says whether automated decision-making is used, and explains it when it is',
  check: forEachNotice((notice, path, _config, report) => {
    if (notice.adm.used === 'not-stated') {
      report(`${path}.adm.used`, 'the notice does not say whether automated decisions or profiling are used: state true or false');
    } else if (notice.adm.used === true && !hasText(notice.adm.text)) {
      report(`${path}.adm`, 'automated decision-making is used but not explained: give meaningful information about the logic and its consequences in "text"', 'error');
    }
  }),
};

export const sourcesData: LintRule = {
  id: 'sources',
  severity: 'warning',
  cites: 'UK GDPR Art 14(1)(d), 14(2)(f)',
  title: 'Data obtained from someone else names the categories of data',
  check: forEachNotice((notice, path, _config, report) => {
    notice.sources?.forEach((source, i) => {
      if (source.from !== 'data-subject' && !source.data?.length) {
        report(childPath(`${path}.sources`, i), `the source "${source.id}" is not the person themselves, so the notice must list the categories of data obtained from it: add "data"`);
      }
    });
  }),
};

export const importNotes: LintRule = {
  id: 'import-notes',
  severity: 'error',
  cites: 'privacy-consent import review (notice-model §3.4)',
  title: 'Every import note has been reviewed and marked resolved',
  check: forEachNotice((notice, path, _config, report) => {
    notice.importNotes?.forEach((note, i) => {
      if (note.resolved === true) return;
      report(childPath(`${path}.importNotes`, i), `unresolved ${note.kind} note at "${note.at}": ${writtenText(note.text)} (fix the notice, then set "resolved": true)`);
    });
  }),
};

/** The rules about the notice's content, in the order of Art 13. */
export const NOTICE_RULES: LintRule[] = [
  controllerContact,
  dpo,
  purposeBasis,
  legitimateInterest,
  transfers,
  retention,
  withdrawConsent,
  regulator,
  automatedDecisions,
  sourcesData,
  importNotes,
];
