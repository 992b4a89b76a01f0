// Persian renderings of foreign organisation names («دانشگاه سالنتو» = Università del Salento,
// «دانشگاه صنتعی شمالی» = Northern Technical University) matched to the Latin names of the
// gazetteer. Each side is split into generic words, compared by meaning through the concepts of
// rules/transliteration.json, and name words, compared by a consonant skeleton of their sound
// (vowels are mostly unwritten in Persian, so both sides drop them). A candidate is accepted only
// when it is clearly better than the runner-up: a wrong id is worse than none.
import type { Transliteration } from '../rules/schema.js';
import { key } from '../text/key.js';
import { latinFold } from './world.js';

/** Persian letters → sound classes; '' for letters that are vowels or glides (ا و ی ه ع …). */
const FA: Record<string, string> = {
  ب: 'B',
  پ: 'P',
  ت: 'T',
  ط: 'T',
  ث: 'S',
  س: 'S',
  ص: 'S',
  ج: 'J',
  چ: 'C',
  خ: 'K',
  د: 'D',
  ذ: 'Z',
  ز: 'Z',
  ض: 'Z',
  ظ: 'Z',
  ر: 'R',
  ژ: 'J',
  ش: 'X',
  غ: 'G',
  ف: 'F',
  ق: 'K',
  ک: 'K',
  گ: 'G',
  ل: 'L',
  م: 'M',
  ن: 'N',
};

// Doubled letters (Latin «mm», Persian tashdid unwritten) are one sound; the same consonant on both
// sides of a vowel («Inönü» N-N) is two.
export function persianSkeleton(word: string): string {
  let out = '';
  let vowel = true;
  for (const ch of key(word)) {
    const c = FA[ch] ?? '';
    if (!c) vowel = true;
    else {
      if (vowel || !out.endsWith(c)) out += c;
      vowel = false;
    }
  }
  return out;
}

/** Latin spellings → the same classes (sch/sh → X, ch → C, kh/q/ck → K, c before e/i → S …). */
export function latinSkeleton(word: string): string {
  const w = latinFold(word);
  let out = '';
  let vowel = true;
  const push = (c: string) => {
    if (vowel || !out.endsWith(c)) out += c;
    vowel = false;
  };
  for (let i = 0; i < w.length; i++) {
    const a = w[i]!;
    const b = w[i + 1] ?? '';
    const two = a + b;
    if (w.startsWith('sch', i)) {
      push('X');
      i += 2;
    } else if (two === 'sh') {
      push('X');
      i++;
    } else if (two === 'ch') {
      push('C');
      i++;
    } else if (two === 'kh' || two === 'ck' || two === 'qu') {
      push('K');
      i++;
    } else if (two === 'gh') {
      push('G');
      i++;
    } else if (two === 'ph') {
      push('F');
      i++;
    } else if (two === 'th') {
      push('T');
      i++;
    } else if (two === 'dj' || two === 'dz') {
      push('J');
      i++;
    } else if (a === 'c') push('eiy'.includes(b) && b ? 'S' : 'K');
    else if (a === 'x') {
      push('K');
      push('S');
    } else if (a === 'q') push('K');
    else if ('bptdsjzrfklmng'.includes(a)) push(a.toUpperCase());
    // vowels, h, v, w, y: unwritten or written as vowels in Persian
    else vowel = true;
  }
  return out;
}

// Persian writes long vowels (ا و ی) and leaves short ones out, so two names with one consonant
// skeleton («تورنتو» Toronto / Trent, «توکیو» Tokyo / Tohoku) are told apart by the vowels the
// Persian does write. Vowel shapes keep consonant classes and add A (ا آ / a), U (و / o u w v) and
// I (ی / e i y); they are compared only between candidates the skeletons cannot separate.
const FA_VOWELS: Record<string, string> = { ا: 'A', و: 'U', ی: 'I' };

export function persianVowelShape(word: string): string {
  const k = key(word);
  let out = '';
  for (let i = 0; i < k.length; i++) {
    const ch = k[i]!;
    // a final «ه» is a vowel («ترکیه», «کره»)
    const c = FA[ch] ?? FA_VOWELS[ch] ?? (ch === 'ه' && i === k.length - 1 && i > 0 ? 'A' : '');
    if (c && !out.endsWith(c)) out += c;
  }
  return out;
}

export function latinVowelShape(word: string): string {
  // The consonants as the skeleton reads them, with each run of vowels as one vowel class.
  const w = latinFold(word);
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const ch = w[i]!;
    const v = 'a'.includes(ch) ? 'A' : 'ouwv'.includes(ch) ? 'U' : 'eiy'.includes(ch) ? 'I' : '';
    const c = v || latinSkeleton(w.slice(i, i + 1 + (w[i + 1] === 'h' ? 1 : 0)))[0] || '';
    if (c && !out.endsWith(c)) out += c;
  }
  return out;
}

const LATIN_VOWEL_DROP = 0.3;
const PERSIAN_VOWEL_ADD = 0.8;
const VOWEL_MISMATCH = 0.8;
const isVowel = (c: string) => c === 'A' || c === 'U' || c === 'I';

/**
 * 1 − cost / Latin length. A Latin vowel inside the word that the Persian leaves unwritten costs
 * little; a vowel the Persian writes, or a Latin vowel at either end of the word (which Persian
 * writes), must be matched.
 */
export function vowelSimilarity(fa: string, en: string): number {
  if (!fa.length || !en.length) return 0;
  const drop = (j: number) =>
    !isVowel(en[j]!) ? 1 : j === 0 || j === en.length - 1 ? PERSIAN_VOWEL_ADD : LATIN_VOWEL_DROP;
  const row = new Float64Array(en.length + 1);
  for (let j = 1; j <= en.length; j++) row[j] = row[j - 1]! + drop(j - 1);
  for (let i = 1; i <= fa.length; i++) {
    const a = fa[i - 1]!;
    let diag = row[0]!;
    row[0] = diag + (isVowel(a) ? PERSIAN_VOWEL_ADD : 1);
    for (let j = 1; j <= en.length; j++) {
      const b = en[j - 1]!;
      const sub =
        a === b
          ? 0
          : isVowel(a) && isVowel(b)
            ? VOWEL_MISMATCH
            : isVowel(a) || isVowel(b)
              ? 1
              : COST[(a.charCodeAt(0) - 65) * 26 + b.charCodeAt(0) - 65]!;
      const next = Math.min(
        diag + sub,
        row[j]! + (isVowel(a) ? PERSIAN_VOWEL_ADD : 1),
        row[j - 1]! + drop(j - 1),
      );
      diag = row[j]!;
      row[j] = next;
    }
  }
  return Math.max(0, 1 - row[en.length]! / en.length);
}

/** Name words must sound this much alike (1 − weighted edit distance / length). */
const MIN_NAME_SCORE = 0.8;

// Sounds that transliteration confuses cost half a substitution. Latin «ch» is /k/ in Italian and
// /x/ in German (K); Persian «ش» often renders a Latin «s». Skeletons use the letters A–Z only.
const NEAR = ['BP', 'TD', 'SZ', 'CJ', 'JG', 'KG', 'CX', 'FB', 'KC', 'SX'];
const COST = new Float64Array(26 * 26).fill(1);
for (let i = 0; i < 26; i++) COST[i * 27] = 0;
for (const [a, b] of NEAR) {
  const x = a!.charCodeAt(0) - 65;
  const y = b!.charCodeAt(0) - 65;
  COST[x * 26 + y] = 0.5;
  COST[y * 26 + x] = 0.5;
}

let prevRow = new Float64Array(64);
let curRow = new Float64Array(64);

/** 1 − weighted edit distance / longer length. */
export function similarity(a: string, b: string): number {
  if (!a.length || !b.length) return a === b ? 1 : 0;
  if (a === b) return 1;
  const longer = Math.max(a.length, b.length);
  // The distance is at least the difference in length.
  if (1 - Math.abs(a.length - b.length) / longer < MIN_NAME_SCORE) return 0;
  if (prevRow.length <= b.length) {
    prevRow = new Float64Array(b.length + 1);
    curRow = new Float64Array(b.length + 1);
  }
  for (let j = 0; j <= b.length; j++) prevRow[j] = j;
  for (let i = 1; i <= a.length; i++) {
    curRow[0] = i;
    const x = (a.charCodeAt(i - 1) - 65) * 26;
    for (let j = 1; j <= b.length; j++) {
      const sub = prevRow[j - 1]! + COST[x + b.charCodeAt(j - 1) - 65]!;
      curRow[j] = Math.min(prevRow[j]! + 1, curRow[j - 1]! + 1, sub);
    }
    [prevRow, curRow] = [curRow, prevRow];
  }
  return 1 - prevRow[b.length]! / longer;
}

/** A name seen as its concepts (generic words) and the sound skeletons of its other words. */
export interface NameShape {
  concepts: Set<string>;
  skeletons: string[];
  /** Persian only: the skeleton without the Arabic article («المستقبل» → Mustaqbal), or null. */
  bare?: (string | null)[];
  /** The name words' vowel shapes (see vowelSimilarity), in the order of `skeletons`. */
  vowels: string[];
}

const ARTICLE = key('ال');

export interface Concepts {
  /** key(Persian phrase) → concept; phrases up to 3 words */
  fa: Map<string, string>;
  /** folded Latin phrase → concept; phrases up to 2 words */
  en: Map<string, string>;
  functionWords: Set<string>;
  /** key(Persian exonym) → the Latin name's skeleton and vowel shape */
  exonyms: Map<string, { skeleton: string; vowels: string }>;
  accept: Transliteration['accept'];
  /** accept.distinctive as a set */
  distinctive: ReadonlySet<string>;
}

export function compileConcepts(t: Transliteration): Concepts {
  const fa = new Map<string, string>();
  const en = new Map<string, string>();
  for (const c of t.concepts) {
    for (const w of c.fa) fa.set(key(w), c.id);
    for (const w of c.en) en.set(w.split(/\s+/).map(latinFold).join(' '), c.id);
  }
  const exonyms = new Map<string, { skeleton: string; vowels: string }>();
  for (const x of t.exonyms)
    for (const w of x.fa)
      exonyms.set(key(w), { skeleton: latinSkeleton(x.en), vowels: latinVowelShape(x.en) });
  return {
    fa,
    en,
    functionWords: new Set(t.latinFunctionWords.map(latinFold)),
    exonyms,
    accept: t.accept,
    distinctive: new Set(t.accept.distinctive),
  };
}

/** The shape of a Persian name given as the matching keys of its words. */
export function persianShape(words: readonly string[], concepts: Concepts): NameShape {
  const shape: NameShape = { concepts: new Set(), skeletons: [], vowels: [] };
  for (let i = 0; i < words.length; ) {
    let n = Math.min(3, words.length - i);
    for (; n > 0; n--) {
      const c = concepts.fa.get(words.slice(i, i + n).join(''));
      if (c) {
        shape.concepts.add(c);
        break;
      }
    }
    if (n > 0) {
      i += n;
      continue;
    }
    const w = words[i]!;
    const s = persianSkeleton(w);
    // «دانشگاه پکن»: compared as Beijing sounds; its own sound (Peking) stays the bare form.
    const exonym = concepts.exonyms.get(w);
    if (exonym) {
      shape.skeletons.push(exonym.skeleton);
      shape.vowels.push(exonym.vowels);
      shape.bare ??= [];
      shape.bare.push(s || null);
    } else if (s) {
      shape.skeletons.push(s);
      shape.vowels.push(persianVowelShape(w.startsWith(ARTICLE) && w.length > 4 ? w.slice(2) : w));
      shape.bare ??= [];
      shape.bare.push(w.startsWith(ARTICLE) && w.length > 4 ? persianSkeleton(w.slice(2)) : null);
    }
    i++;
  }
  return shape;
}

export function latinShape(name: string, concepts: Concepts): NameShape {
  const words = name
    .split(/[\s\-–/,().]+/)
    .map(latinFold)
    .filter(Boolean);
  const shape: NameShape = { concepts: new Set(), skeletons: [], vowels: [] };
  for (let i = 0; i < words.length; i++) {
    const two = concepts.en.get(`${words[i]} ${words[i + 1] ?? ''}`);
    if (two) {
      shape.concepts.add(two);
      i++;
      continue;
    }
    const one = concepts.en.get(words[i]!);
    if (one) shape.concepts.add(one);
    else if (!concepts.functionWords.has(words[i]!)) {
      const s = latinSkeleton(words[i]!);
      if (s) {
        shape.skeletons.push(s);
        shape.vowels.push(latinVowelShape(words[i]!));
      }
    }
  }
  return shape;
}

const NONE: ReadonlySet<string> = new Set();

/**
 * How well a Persian shape fits a Latin one, 0..1. Name words pair off greedily by skeleton
 * similarity; words left unpaired on either side count as misses. Every concept of the Persian
 * name must be in the Latin one («دانشگاه فنی X» is not «University of X»); concepts only the Latin
 * name has lower the score (Jaccard overlap, weight 0.3).
 */
export function shapeFit(
  fa: NameShape,
  en: NameShape,
  head: string,
  distinctive: ReadonlySet<string> = NONE,
): number {
  if (!en.concepts.has(head)) return 0;
  for (const c of fa.concepts) if (!en.concepts.has(c)) return 0;
  // A name of three words or more («جابر ابن حیان») is specific enough on its own: a distinctive
  // word it leaves out («Jabir Ibn Hayyan Medical University») only lowers the concept score.
  if (fa.skeletons.length < SPECIFIC_NAME_WORDS)
    for (const c of en.concepts) if (distinctive.has(c) && !fa.concepts.has(c)) return 0;
  const union = new Set([...fa.concepts, ...en.concepts]);
  const conceptScore = union.size ? fa.concepts.size / union.size : 1;
  if (!fa.skeletons.length && !en.skeletons.length) return conceptScore;
  if (!fa.skeletons.length || !en.skeletons.length) return 0;
  // Unpaired words cap the name score: 2 words against 3 can reach at most 2/3.
  const nf = fa.skeletons.length;
  const ne = en.skeletons.length;
  if (Math.min(nf, ne) / Math.max(nf, ne) < MIN_NAME_SCORE) return 0;
  // Latin words not yet paired, by index (their vowel shapes are en.vowels[j]).
  const free = en.skeletons.map((_, j) => j);
  let sum = 0;
  for (const [i, s] of fa.skeletons.entries()) {
    const bare = fa.bare?.[i];
    let best = -1;
    let bestSim = 0;
    free.forEach((j, at) => {
      const e = en.skeletons[j]!;
      const sim = Math.max(
        similarity(s, e),
        bare ? similarity(bare, e) : 0,
        adjectiveOf(e, en.vowels[j]) && !s.endsWith('N') ? similarity(s, e.slice(0, -1)) : 0,
      );
      if (sim > bestSim) {
        bestSim = sim;
        best = at;
      }
    });
    if (best >= 0) {
      sum += bestSim;
      free.splice(best, 1);
    }
  }
  const nameScore = sum / Math.max(fa.skeletons.length, en.skeletons.length);
  // The names must sound alike on their own: agreeing generic words do not make up for them.
  if (nameScore < MIN_NAME_SCORE) return 0;
  return 0.7 * nameScore + 0.3 * conceptScore;
}

/** Persian names of this many words or more may leave out a distinctive word of the Latin name. */
const SPECIFIC_NAME_WORDS = 3;

/**
 * «Siberian», «Caucasian»: a Latin adjective of a place (vowel shape ending in -ian/-ean) against
 * the place's name, which is what Persian writes («دانشگاه فدرال سیبری»): its skeleton without the
 * final N is compared too.
 */
function adjectiveOf(skeleton: string, vowels: string | undefined): boolean {
  return skeleton.length > 2 && !!vowels && vowels.endsWith('IAN');
}

/** How well the written vowels of a Persian name fit a Latin name, 0..1 (words paired greedily). */
export function vowelFit(fa: NameShape, en: NameShape): number {
  if (!fa.vowels.length || !en.vowels.length) return 0;
  const free = [...en.vowels];
  let sum = 0;
  for (const v of fa.vowels) {
    let best = -1;
    let bestSim = 0;
    free.forEach((e, j) => {
      const sim = vowelSimilarity(v, e);
      if (sim > bestSim) {
        bestSim = sim;
        best = j;
      }
    });
    if (best >= 0) {
      sum += bestSim;
      free.splice(best, 1);
    }
  }
  return sum / Math.max(fa.vowels.length, en.vowels.length);
}

export interface Candidate<T> {
  value: T;
  /** Latin names of the candidate */
  names: readonly string[];
}

export interface Ranked<T> {
  value: T;
  score: number;
  runnerUp: number;
}

/**
 * The best candidate for a Persian name, when it is clearly the one: score ≥ minScore and at least
 * minMargin above the best candidate with another id. When the skeletons tie («تورنتو»: Toronto,
 * Trent), skeleton score plus written vowels decide, by minVowelMargin; and the written vowels of
 * the one accepted must fit (minVowelFit). `shapes` caches each candidate's shapes.
 */
export function rank<T extends { id: string | null }>(
  fa: NameShape,
  head: string,
  candidates: readonly T[],
  shapesOf: (c: T) => readonly NameShape[],
  accept: Transliteration['accept'],
): Ranked<T> | null {
  const distinctive = new Set(accept.distinctive);
  const vowelsOf = (c: T) => {
    let score = 0;
    let vowels = 0;
    for (const s of shapesOf(c)) {
      const f = shapeFit(fa, s, head, distinctive);
      score = Math.max(score, f);
      if (f > 0) vowels = Math.max(vowels, vowelFit(fa, s));
    }
    return { score, vowels };
  };
  let best: { value: T; score: number } | null = null;
  let second = 0;
  const near: { value: T; score: number }[] = [];
  for (const c of candidates) {
    let score = 0;
    for (const s of shapesOf(c)) score = Math.max(score, shapeFit(fa, s, head, distinctive));
    if (score >= accept.minScore - accept.minMargin) near.push({ value: c, score });
    if (!best || score > best.score) {
      if (best && best.value.id !== c.id) second = Math.max(second, best.score);
      best = { value: c, score };
    } else if (c.id !== best.value.id) second = Math.max(second, score);
  }
  if (!best || best.score < accept.minScore) return null;
  const chosen =
    best.score - second >= accept.minMargin
      ? { value: best.value, score: best.score, runnerUp: second }
      : byVowels(best.score, near, vowelsOf, accept);
  if (!chosen) return null;
  // A name made only of generic words («دانشگاه فنی الوسطی») has no vowels to check.
  if (fa.vowels.length && vowelsOf(chosen.value).vowels < accept.minVowelFit) return null;
  return { ...chosen, score: Math.round(chosen.score * 1000) / 1000 };
}

function byVowels<T extends { id: string | null }>(
  top: number,
  near: readonly { value: T; score: number }[],
  vowelsOf: (c: T) => { vowels: number },
  accept: Transliteration['accept'],
): Ranked<T> | null {
  // Sound and written vowels together: the skeleton score plus the vowel fit.
  let best: { value: T; score: number; both: number } | null = null;
  let second = 0;
  for (const c of near) {
    if (c.score <= top - accept.minMargin) continue;
    const both = c.score + vowelsOf(c.value).vowels;
    if (!best || both > best.both) {
      if (best && best.value.id !== c.value.id) second = Math.max(second, best.both);
      best = { ...c, both };
    } else if (c.value.id !== best.value.id) second = Math.max(second, both);
  }
  if (!best || best.score < accept.minScore || best.both - second < accept.minVowelMargin) return null;
  return { value: best.value, score: best.score, runnerUp: second };
}
