/** What every fact family reads, and the facts they fill together. */
import type {
  ContactCard, Id, LawfulBasis, LegalRef, Notice, Party, Purpose, Retention, Rights, Term,
} from '../../config/notice-model.js';
import type { IdPool } from '../patterns.js';
import type { NoteBook } from '../notes.js';
import type { Segment } from '../segments.js';

/** The facts filled from the text. */
export interface Facts {
  /** The notice's language, detected from its words. */
  lang: string;
  organisation: { id: Id; name?: string; shortName?: string; publicAuthority?: boolean };
  parties: Party[];
  contacts: ContactCard[];
  purposes: Purpose[];
  bases: LawfulBasis[];
  legislation: LegalRef[];
  retention: Retention[];
  rights: Rights;
  adm: Notice['adm'];
  transfers: Notice['transfers'];
  complaints?: Notice['complaints'];
  ndoo?: Notice['ndoo'];
  children?: Notice['children'];
  cookies?: Notice['cookies'];
  processors?: Notice['processors'];
  glossary: Term[];
}

export interface FactsInput {
  segments: Segment[];
  sections: { id: Id; heading: string; topic: string }[];
  notes: NoteBook;
  ids: IdPool;
  /** Given on the command line: wins over the name found in the text. */
  organisationName?: string;
  /** Abbreviations and terms the built-in glossary already explains (lower case). */
  knownTerms: Set<string>;
  /** The notice's title, where an organisation is often named. */
  title?: string;
  /** The page furniture dropped before the title (a site's name line), where the organisation may be named. */
  siteName?: string;
  /** The notice's language when known (front matter); detected from the words otherwise. */
  lang?: string;
}
