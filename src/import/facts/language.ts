/**
 * The notice's language, from its words: Welsh (`cy`) or English (`en-GB`). A notice is one
 * language (a Welsh copy goes in `translations`), so the common function words of each language
 * are counted and the larger count wins. Words both languages write the same ("a", "i", "data")
 * are left out; an English page that names "Cyngor Gwynedd" stays English.
 */

// Frequent Welsh function words and forms that English text does not use.
const WELSH = new Set(('y yr ac yn ar am gyda eich ein ni chi mae yw ydym ydych bydd byddwn fydd fyddwn gan hefyd neu hwn hon hyn hynny sy sydd ' +
  'wedi gallwch gallwn rydym drwy trwy fel os nad nid pan ei eu wybodaeth gwybodaeth ddim amdanoch ynghylch ' +
  'mewn gennym gennych arnom hawl hawliau diogelu preifatrwydd cyngor sut pam beth pwy lle rhaid ddefnyddio defnyddio ' +
  // And the words of a notice English never writes, so that a short Welsh page ("Hysbysiad Preifatrwydd" / "Diweddarwyd
  // ddiwethaf: …") has enough to be read: a notice's and a cookie page's nouns and verbs, in their common mutations.
  'hysbysiad datganiad polisi cwcis cwci gwefan wefan personol bersonol diweddarwyd ddiwethaf sail gyfreithiol cyfreithiol ' +
  'gwasanaeth wasanaeth cysylltu prosesu brosesu casglu gasglu rhannu cadw gadw darparu gwybod wybod caniatâd ganiatâd ' +
  'cydsyniad gydsyniad rheolydd rheolwr swyddog swyddfa comisiynydd gwarchod manylion ymholiadau cyfeiriad').split(' '));
const WELSH_ELIDED = /^(?:i’r|i'r|o’r|o'r|a’r|a'r|â’r|â'r|i’w|i'w|’r|'r|â|ag|dy|’n|'n|n’|n')$/;
const ENGLISH = new Set(('the and of to you your we our is are for with this that will be in it by on or as may not have has from can if ' +
  'which about they their us any what how who when where there been was were would should do does').split(' '));

/** A page's link to its copy in the other language, standing alone on a line. */
const SWITCH_TO_ENGLISH = /^(?:Read (?:this )?in English|English(?: version)?|Darllenwch yn Saesneg|Saesneg)$/i;
const SWITCH_TO_WELSH = /^(?:Read (?:this )?in Welsh|Welsh(?: version)?|Darllenwch yn Gymraeg|Darllen yn Gymraeg|Cymraeg|Fersiwn Gymraeg)$/i;

/** How many of each language's function words a text holds. */
function counts(text: string): { cy: number; en: number } {
  let cy = 0;
  let en = 0;
  for (const raw of text.toLowerCase().split(/[\s,.;:!?()"“”‘]+/)) {
    const word = raw.replace(/^[’']+/, '');
    if (!word) continue;
    if (WELSH.has(word) || WELSH_ELIDED.test(word)) cy++;
    else if (ENGLISH.has(word)) en++;
  }
  return { cy, en };
}

/**
 * BCP 47 tag of the text's language: `cy` when Welsh words outnumber English ones, else `en-GB`.
 * `opening` is the notice's first lines of running text, where a link to its copy in the other language stands.
 * `tables` is the text of table rows, counted only when the running text says too little to decide
 * (fewer than 20 function words): a Welsh cookie page may list its cookies with the English
 * descriptions its cookie tool writes, and the page's own wording says what it is.
 */
export function detectLanguage(text: string, tables = '', opening = ''): 'cy' | 'en-GB' {
  const words = counts(text);
  // A page in both languages, one after the other, that opens with a link to the other one ("Read in English" / the Welsh / the
  // English): the page is in the language it links away from. (Each language a quarter of the words or more, and 20 or more of
  // each: never an English page quoting a Welsh name.)
  const total = words.cy + words.en;
  if (words.cy >= 20 && words.en >= 20 && Math.min(words.cy, words.en) >= total / 4) {
    const toggle = [...text.split('\n').slice(0, 6), ...opening.split('\n')].map((line) => line.trim()).find((line) => SWITCH_TO_ENGLISH.test(line) || SWITCH_TO_WELSH.test(line));
    if (toggle) return SWITCH_TO_ENGLISH.test(toggle) ? 'cy' : 'en-GB';
  }
  const rows = words.cy + words.en >= 20 ? { cy: 0, en: 0 } : counts(tables);
  const cy = words.cy + rows.cy;
  const en = words.en + rows.en;
  return cy >= 5 && cy > en ? 'cy' : 'en-GB';
}
