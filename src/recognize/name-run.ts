// The name after an organisation head («دانشگاه X», «پژوهشگاه X»): a run of words stopping at
// punctuation, a name stop, a verb, an inflected ordinary word, an office or honorific, a known
// organisation or a country (which is kept, and scopes the match). Generic words («صنعتی», «علوم
// پزشکی») belong to the name; «و» joins two of them; «ابن»/«بن» join the parts of an Arabic name.
import { key } from '../text/key.js';
import { PAST_STEMS as PAST_WORDS, PRESENT_STEMS as PRESENT_WORDS } from '../text/verbs.js';
import { isPunct, type RecognizerContext } from './context.js';
import type { KeySet } from './gazetteer-pack.js';

const MAX_NAME_WORDS = 5;

export interface CountryMention {
  code: string;
  tFirst: number;
  tEnd: number;
  sentence: number;
}

/** Length of the generic phrase («علوم پزشکی») starting at token u, or 0. */
export function conceptAt(ctx: RecognizerContext, u: number, end: number): number {
  // Punctuation has an empty key: a phrase never runs over it («دانشگاه اسلامی» بکار»).
  let words = 0;
  while (words < 3 && u + words < end && ctx.keys[u + words]) words++;
  for (let n = words; n > 0; n--) if (ctx.lex.concepts.fa.has(ctx.keys.slice(u, u + n).join(''))) return n;
  return 0;
}

export interface NameRun {
  end: number;
  /** matching keys of the name words (generic words included), country excluded */
  words: string[];
  /** a word that is not generic */
  hasName: boolean;
  /** a word that is not an ordinary Persian word either */
  hasStrange: boolean;
  country: CountryMention | null;
  /** The name was set off by guillemets: «دانشگاه «کایست»». */
  quoted: boolean;
  /** A person's name joined by «ابن»/«بن» («جابر ابن حیان»): specific even in ordinary words. */
  personal: boolean;
}

const OPEN_QUOTE = '«';
const COUNTRY_WORD = key('کشور');
const AND = key('و');
const CLOSE_QUOTE = '»';

// Names are compared by matching key («آمد» is «امد»), so the stems are too.
const PAST_STEMS = new Set([...PAST_WORDS].map(key));
const PRESENT_STEMS = new Set([...PRESENT_WORDS].map(key));
const PERSONAL_ENDINGS = ['', 'ه', 'ند', 'یم', 'ید', 'م', 'ی', 'ن', 'ه‌اند', 'هاند'];
const NOUN_ENDINGS = ['ی', 'ای', 'ها', 'های', 'هایی', 'ان', 'تر', 'ترین', 'ش'];
const MI = [key('می'), key('نمی')];
const GLUED = ['در', 'که', 'را', 'با', 'از', 'به', 'و'];

const PRESENT_ENDINGS = ['', 'م', 'ی', 'د', 'یم', 'ید', 'ند'];
/** «ابن», «بن», «بنت» join the parts of an Arabic name: «دانشگاه جابر ابن حیان», «امام محمد بن سعود». */
const NAME_JOINERS = new Set(['ابن', 'بن', 'بنت'].map(key));
/** Ordinary words a name may run over when a country follows them: «دانشگاه ملک سعود عربستان». */
const MAX_WORDS_TO_COUNTRY = 2;

/**
 * What follows «می»/«نمی» in a verb: a present stem with its ending («شود», «کنند») or a past one
 * («رفتند», «کرده»). «مینسک», «میلان», «میشیگان» start with the same letters and are names.
 */
function verbAfterMi(rest: string): boolean {
  for (const e of PRESENT_ENDINGS)
    if (rest.endsWith(e) && PRESENT_STEMS.has(rest.slice(0, rest.length - e.length))) return true;
  for (const e of PERSONAL_ENDINGS)
    if (rest.endsWith(e) && PAST_STEMS.has(rest.slice(0, rest.length - e.length))) return true;
  return false;
}

/**
 * A verb form («رسید», «بوده», «شود», «می‌شود», glued «خبرداد»), an ordinary word with an ending
 * («گزارشی», «زبانها»), or one glued to a small word («کاشاندر», «ومعاونین»).
 */
function ordinaryForm(k: string, known: KeySet): boolean {
  if (verbForm(k, known)) return true;
  for (const e of NOUN_ENDINGS) if (k.endsWith(e) && known.has(k.slice(0, k.length - e.length))) return true;
  for (const w of GLUED) if (k.endsWith(w) && known.has(k.slice(0, k.length - w.length))) return true;
  // «ومعاونین»: «و» glued to the next word
  return k.startsWith('و') && known.has(k.slice(1));
}

/** A verb form: «رسید», «بوده», «شود», «می‌شود», a noun glued to a light verb («خبرداد»). */
function verbForm(k: string, known: KeySet): boolean {
  for (const p of MI)
    if (k.startsWith(p) && k.length > p.length + 1 && verbAfterMi(k.slice(p.length))) return true;
  for (const e of PERSONAL_ENDINGS) {
    if (!k.endsWith(e)) continue;
    const stem = k.slice(0, k.length - e.length);
    if (PAST_STEMS.has(stem) || (e && e !== 'ه' && PRESENT_STEMS.has(stem))) return true;
    // a noun glued to a light verb: «خبرداد», «انجامشد»
    for (let i = 2; i < stem.length - 1; i++)
      if (PAST_STEMS.has(stem.slice(i)) && known.has(stem.slice(0, i))) return true;
  }
  return false;
}

export function nameAfter(ctx: RecognizerContext, head: number, covered: Uint8Array): NameRun {
  const { tokens } = ctx.doc;
  const lex = ctx.lex;
  const sentence = tokens[head]!.sentence;
  const run: NameRun = {
    end: head + 1,
    words: [],
    hasName: false,
    hasStrange: false,
    country: null,
    quoted: false,
    personal: false,
  };
  // «دانشگاه «کایست» کره»: the name inside guillemets right after the head, closed within the sentence.
  let open = false;
  /** Whether the last words taken were a generic phrase. */
  let generic = 0;
  if (tokens[head + 1]?.normalized === OPEN_QUOTE && tokens[head + 1]!.sentence === sentence) open = true;
  for (let u = head + 1 + (open ? 1 : 0); u < tokens.length && run.words.length < MAX_NAME_WORDS; ) {
    const tok = tokens[u]!;
    if (open) {
      if (tok.normalized === CLOSE_QUOTE && run.words.length && tok.sentence === sentence) {
        open = false;
        run.quoted = true;
        u++;
        run.end = u;
        continue;
      }
      if (isPunct(tok) || tok.kind !== 'word' || tok.sentence !== sentence || covered[u]) break;
      const k = ctx.keys[u]!;
      if (!/^\p{Script=Arabic}+$/u.test(k)) break;
      run.words.push(k);
      run.hasName = true;
      if (!lex.knownWords.has(k)) run.hasStrange = true;
      u++;
      continue;
    }
    if (isPunct(tok) || tok.kind !== 'word' || tok.sentence !== sentence || covered[u]) break;
    // «دانشگاه المستقبل کشور عراق»: «کشور» (country) before the country's name.
    const country =
      lex.countries.longestAt(ctx.keys, u) ??
      (ctx.keys[u] === COUNTRY_WORD && run.words.length ? lex.countries.longestAt(ctx.keys, u + 1) : null);
    if (country) {
      if (run.words.length)
        run.country = { code: country.values[0]!, tFirst: u, tEnd: country.end, sentence };
      if (run.words.length) run.end = country.end;
      break;
    }
    const k = ctx.keys[u]!;
    // «دانشگاه مهندسی و فناوری», «زبان و فرهنگ»: «و» between two generic words joins them.
    if (k === AND && generic && conceptAt(ctx, u + 1, tokens.length)) {
      u++;
      continue;
    }
    if (lex.unknownHeads.has(k) || lex.orgHeads.has(k) || lex.nameStops.has(k)) break;
    if (lex.titles.longestAt(ctx.keys, u) || lex.honorifics.longestAt(ctx.keys, u)) break;
    generic = conceptAt(ctx, u, tokens.length);
    if (generic) {
      for (let i = 0; i < generic; i++) run.words.push(ctx.keys[u + i]!);
      u += generic;
      run.end = u;
      continue;
    }
    if (!/^\p{Script=Arabic}+$/u.test(k) || lex.events.longestAt(ctx.keys, u)) break;
    // «جابر ابن حیان»: a joiner between two name words keeps both in the name.
    if (run.hasName && NAME_JOINERS.has(k) && plainWordAt(ctx, u + 1, sentence, covered, true)) {
      run.words.push(k, ctx.keys[u + 1]!);
      run.personal = true;
      u += 2;
      run.end = u;
      continue;
    }
    // The name is one ordinary word («کربلا») or a run of words the lexicon does not know. An
    // ordinary word right before a country still belongs to the name: «تسینگ هوای چین» is
    // «تسینگ‌هوای چین» written with a space; so do a few plain words that run into a country
    // («دانشگاه ملک سعود عربستان»).
    const known = lex.knownWords.has(k);
    const ordinary = ordinaryForm(k, lex.knownWords) || (run.hasName && (known || !run.hasStrange));
    // «دانشگاه تکنولوژی مارا مالزی»: after generic words, the one word before a country is the
    // name even when it reads as an inflected ordinary word («ما را»).
    const beforeCountry =
      ctx.doc.tokens[u + 1]?.sentence === sentence && !!lex.countries.longestAt(ctx.keys, u + 1);
    if (
      ordinary &&
      !(
        beforeCountry &&
        (run.hasStrange || (!run.hasName && run.words.length > 0 && !verbForm(k, lex.knownWords)))
      ) &&
      !(run.hasName && runsIntoCountry(ctx, u, sentence, covered, MAX_NAME_WORDS - run.words.length))
    )
      break;
    run.words.push(k);
    run.hasName = true;
    if (!known) run.hasStrange = true;
    u++;
    run.end = u;
  }
  // An unclosed quote is not a name.
  if (open)
    return {
      ...run,
      end: head + 1,
      words: [],
      hasName: false,
      hasStrange: false,
      country: null,
      personal: false,
    };
  return run;
}

/**
 * A plain name word at u: in the sentence, not a stop, office, head or event; nor a verb or an
 * inflected ordinary word unless `inflected` (after «ابن», «حیان» is a name, not «حی» + «ان»).
 */
function plainWordAt(
  ctx: RecognizerContext,
  u: number,
  sentence: number,
  covered: Uint8Array,
  inflected = false,
): boolean {
  const tok = ctx.doc.tokens[u];
  if (!tok || isPunct(tok) || tok.kind !== 'word' || tok.sentence !== sentence || covered[u]) return false;
  const k = ctx.keys[u]!;
  const lex = ctx.lex;
  if (!/^\p{Script=Arabic}+$/u.test(k) || NAME_JOINERS.has(k)) return false;
  if (
    lex.unknownHeads.has(k) ||
    lex.orgHeads.has(k) ||
    lex.nameStops.has(k) ||
    lex.countries.longestAt(ctx.keys, u)
  )
    return false;
  if (
    lex.titles.longestAt(ctx.keys, u) ||
    lex.honorifics.longestAt(ctx.keys, u) ||
    lex.events.longestAt(ctx.keys, u)
  )
    return false;
  return inflected || !ordinaryForm(k, lex.knownWords);
}

/** Whether plain words from u (at most `room`, up to MAX_WORDS_TO_COUNTRY) end right before a country. */
function runsIntoCountry(
  ctx: RecognizerContext,
  u: number,
  sentence: number,
  covered: Uint8Array,
  room: number,
): boolean {
  for (let n = 0; n < Math.min(room, MAX_WORDS_TO_COUNTRY); n++) {
    if (!plainWordAt(ctx, u + n, sentence, covered)) return false;
    if (ctx.doc.tokens[u + n + 1]?.sentence === sentence && ctx.lex.countries.longestAt(ctx.keys, u + n + 1))
      return true;
  }
  return false;
}
