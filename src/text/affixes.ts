// Where a Persian editor writes a ZWNJ: after the verb prefix می/نمی, before the plural ها and the
// comparative تر, and between a final ه and a personal ending. Decisions here are string tests on
// short words; the normaliser calls them only for candidate words.
import { PAST_STEMS, PRESENT_STEMS } from './verbs.js';

/** Personal endings of the present tense and of the past (the past 3rd singular has none). */
const ENDINGS = ['م', 'ی', 'د', 'یم', 'ید', 'ند'];
/** After a present stem ending in a vowel (گو، رو، آ، نما) the endings take a glide ی. */
const GLIDE_ENDINGS = ['یم', 'یی', 'ید', 'ییم', 'یید', 'یند'];

/**
 * Is `rest` what follows می/نمی in a verb: a present stem + ending (کنند، گوید) or a past stem with
 * an optional ending (کرد، کردند)? «می‌توان» (one can) is the one bare present stem in use.
 */
export function isVerbAfterMi(rest: string): boolean {
  if (rest.length < 2) return false;
  if (rest === 'توان') return true;
  if (PAST_STEMS.has(rest)) return true;
  for (const e of ENDINGS) {
    if (rest.length > e.length && rest.endsWith(e)) {
      const stem = rest.slice(0, rest.length - e.length);
      if (PRESENT_STEMS.has(stem) || PAST_STEMS.has(stem)) return true;
    }
  }
  for (const e of GLIDE_ENDINGS) {
    if (rest.length > e.length && rest.endsWith(e)) {
      const stem = rest.slice(0, rest.length - e.length);
      const last = stem.charCodeAt(stem.length - 1);
      if ((last === 0x627 || last === 0x648 || last === 0x622) && PRESENT_STEMS.has(stem)) return true;
    }
  }
  return false;
}

/** Words that read as می + verb but are common nouns and adjectives (میدانی: «field», as in بازدید میدانی). */
export const MI_NOT_VERB = new Set(['میدانی', 'میانجی', 'میگساری', 'میمونی', 'میتاخت']);

/** Written apart after any word, joined with ZWNJ: the plural and comparative suffixes. */
export const WORD_SUFFIXES = new Set([
  'ها',
  'های',
  'هایی',
  'هایم',
  'هایت',
  'هایش',
  'هایمان',
  'هایتان',
  'هایشان',
  'تر',
  'تری',
  'ترین',
]);

/** Written apart after a word ending in ه: ezafe/indefinite ی and the personal endings (کرده‌ایم، نامه‌ای). */
export const HEH_SUFFIXES = new Set(['ی', 'ای', 'ام', 'ایم', 'ات', 'اید', 'اش', 'اند']);

/** What may follow ها inside a word for «دانشگاههای» to be read as دانشگاه + های. */
export const AFTER_HA = new Set(['', 'ی', 'یی', 'یم', 'یت', 'یش', 'یمان', 'یتان', 'یشان']);

/** Personal endings glued to a past participle: کردهایم → کرده‌ایم. Longest first. */
export const PARTICIPLE_ENDINGS = ['ایم', 'اید', 'اند', 'ام', 'ای'];

/** Is `stem + ه` a past participle (کرد، نکرد، گفت)? */
export function isParticipleStem(stem: string): boolean {
  if (stem.length < 2) return false;
  if (PAST_STEMS.has(stem)) return true;
  return stem.charCodeAt(0) === 0x646 && stem.length > 2 && PAST_STEMS.has(stem.slice(1));
}
