// Derives rules/person-names.generated.json from public facts in ../shared (re-runnable; the product reads
// only the result):
//  - surnames: the 5,886 most frequent Iranian surnames (farbodbj/iranian-surname-frequencies via
//    farsi-faker, Apache-2.0/MIT; ../shared/data/gazetteer/names/iranian-surname-frequencies.csv,
//    whose header is mislabelled: surname, share, romanisation; its last line is cut off);
//  - commonWords: hazm's everyday vocabulary (words.dat, MIT): words with a part-of-speech tag and a
//    corpus frequency of at least COMMON_MIN, and compounds written with ZWNJ (دانش‌آموخته،
//    بین‌الملل) from COMPOUND_MIN, so a compound is known whether the text glues, spaces or
//    half-spaces it. A word after a surname that is none of these is read as a further part of
//    the name («نیلی احمدآبادی», «صادقی سمرجانی»). «مسئول» is also written «مسؤول»: both kept;
//  - functionWords: the common words hazm also tags as adverb, conjunction, preposition, pronoun,
//    determiner or verb («سپس», «همچنین», «هنوز»): never inside a name, even a foreign one whose
//    words are everyday nouns («اتو گراف», «صباح واجد»);
//  - givenNames: the first names of Iranian registrations (names_1.csv, 4,055 with their share);
//    a name written in two words («روح اله», «علی اکبر») is kept as written and matched by its key,
//    so «روح اله»/«روح‌الله»/«روحاله» are one name. A name that is also an everyday word is weighed
//    by how often hazm's corpus has the word per 1% of people bearing it: «مجتبی», «احسان», «لیلا»
//    are there about as often as people bear them (names); «دولت», «ستاره», «اصلی» far more often
//    (words: left out, as are names almost nobody bears that are words — «ماهه», «اصلی», share
//    0.00% — function words and countries). Given names that are also words and that the context
//    must confirm («امید», «بهار») are the hand-curated `ambiguous` list of person-names.json.
//
//   npm run build && node dist/scripts/build-names.js
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../src/rules/paths.js';
import { key } from '../src/text/key.js';

const COMMON_MIN = 100_000;
const COMPOUND_MIN = 1_000;
/** hazm corpus frequency per 1% of registrations above which a given name is read as a word. */
const WORD_PER_SHARE = 20_000_000;
/** hazm's tags for words that are not nouns or adjectives (its tag set: N, AJ, ADV, P, CONJ, …). */
const FUNCTION_TAGS = new Set([
  'ADV',
  'P',
  'POSTP',
  'CONJ',
  'PRO',
  'DET',
  'V',
  'PR',
  'PS',
  'INT',
  'COMP',
  'NIN',
]);
/** Arabic letter forms the sources mix in; the lexicon keys them anyway, this keeps the file tidy. */
const tidy = (s: string) => s.normalize('NFC').replace(/ي/g, 'ی').replace(/ك/g, 'ک').trim();

function main(): void {
  const root = packageRoot();
  const shared = join(root, '..', 'shared', 'data');
  const surnameFile = join(shared, 'gazetteer', 'names', 'iranian-surname-frequencies.csv');
  const wordsFile = join(shared, 'lexicon', 'hazm', 'words.dat');
  const givenFile = join(shared, 'gazetteer', 'names', 'names_1.csv');
  for (const f of [surnameFile, wordsFile, givenFile])
    if (!existsSync(f)) {
      process.stderr.write(`build-names: ${f} is missing (needs ../shared next to the repository)\n`);
      process.exit(2);
    }

  const lines = readFileSync(surnameFile, 'utf8').split(/\r?\n/).slice(1);
  const surnames = new Set<string>();
  for (const line of lines) {
    const [name, share] = line.split(',');
    // The cut-off last line has no romanisation; a row without a numeric share is not a row.
    if (!name || !share || Number.isNaN(Number(share)) || line.split(',').length < 3) continue;
    const s = tidy(name);
    if (s.length >= 2) surnames.add(s);
  }

  const common = new Set<string>();
  /** Every word hazm tags (by matching key), with its corpus frequency. */
  const frequency = new Map<string, number>();
  const commonKeys = new Set<string>();
  const functional = new Set<string>();
  for (const line of readFileSync(wordsFile, 'utf8').split('\n')) {
    const [word, freq, tags] = line.split('\t');
    if (!word || !tags || tags === '0') continue;
    const w = tidy(word);
    frequency.set(key(w), Number(freq));
    if (Number(freq) < (word.includes('\u200c') ? COMPOUND_MIN : COMMON_MIN)) continue;
    common.add(w);
    commonKeys.add(key(w));
    if (tags.split(',').some((tag) => FUNCTION_TAGS.has(tag))) functional.add(w);
    if (w.includes('ئو')) common.add(w.replace(/ئو/g, 'ؤو'));
  }

  // names_1.csv: «first_name,share» rows with a BOM; the name may be two words.
  const given = new Set<string>();
  const countries = new Set(
    (JSON.parse(readFileSync(join(root, 'rules', 'countries.json'), 'utf8')) as { fa: string[] }[]).flatMap(
      (c) => c.fa.map(tidy),
    ),
  );
  for (const line of readFileSync(givenFile, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .slice(1)) {
    const [raw, shareText] = line.split(',');
    const name = tidy(raw ?? '');
    const share = Number.parseFloat(shareText ?? '');
    if (name.length < 2 || Number.isNaN(share) || functional.has(name) || countries.has(name)) continue;
    const k = key(name);
    const wordFrequency = frequency.get(k);
    // «اصلی», «روزی», «طرحی»: a rare "name" that is an everyday word with its suffix «ی».
    const word = wordFrequency !== undefined || (k.endsWith('ی') && commonKeys.has(k.slice(0, -1)));
    if (share === 0 ? word : commonKeys.has(k) && wordFrequency! / share > WORD_PER_SHARE) continue;
    given.add(name);
  }

  const out = {
    sources: {
      surnames:
        'iranian-surname-frequencies.csv (farbodbj/iranian-surname-frequencies via alisadeghiaghili/farsi-faker @ bf4800c), every complete row',
      commonWords: `hazm words.dat (roshan-research/hazm @ d97a5ba, MIT): tagged words with corpus frequency >= ${COMMON_MIN}, tagged ZWNJ compounds >= ${COMPOUND_MIN}, ئو also as ؤو`,
      functionWords: `the commonWords hazm also tags as one of ${[...FUNCTION_TAGS].join(', ')}`,
      givenNames: `names_1.csv (first names of Iranian registrations with their share, ../shared/data/gazetteer/names): every row except function words, countries, hazm words with share 0.00% and commonWords with a hazm frequency above ${WORD_PER_SHARE} per 1% share`,
      script: 'scripts/build-names.ts',
    },
    surnames: [...surnames].sort(),
    commonWords: [...common].sort(),
    functionWords: [...functional].sort(),
    givenNames: [...given].sort(),
  };
  const target = join(root, 'rules', 'person-names.generated.json');
  writeFileSync(target, `${JSON.stringify(out, null, 1)}\n`);
  process.stdout.write(
    `build-names: ${surnames.size} surnames, ${common.size} common words (${functional.size} function words), ${given.size} given names → ${target}\n`,
  );
}

main();
