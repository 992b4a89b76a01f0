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
//    words are everyday nouns («اتو گراف», «صباح واجد»).
//
//   npm run build && node dist/scripts/build-names.js
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../src/rules/paths.js';

const COMMON_MIN = 100_000;
const COMPOUND_MIN = 1_000;
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
  for (const f of [surnameFile, wordsFile])
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
  const functional = new Set<string>();
  for (const line of readFileSync(wordsFile, 'utf8').split('\n')) {
    const [word, freq, tags] = line.split('\t');
    if (!word || !tags || tags === '0') continue;
    if (Number(freq) < (word.includes('\u200c') ? COMPOUND_MIN : COMMON_MIN)) continue;
    const w = tidy(word);
    common.add(w);
    if (tags.split(',').some((tag) => FUNCTION_TAGS.has(tag))) functional.add(w);
    if (w.includes('ئو')) common.add(w.replace(/ئو/g, 'ؤو'));
  }

  const out = {
    sources: {
      surnames:
        'iranian-surname-frequencies.csv (farbodbj/iranian-surname-frequencies via alisadeghiaghili/farsi-faker @ bf4800c), every complete row',
      commonWords: `hazm words.dat (roshan-research/hazm @ d97a5ba, MIT): tagged words with corpus frequency >= ${COMMON_MIN}, tagged ZWNJ compounds >= ${COMPOUND_MIN}, ئو also as ؤو`,
      functionWords: `the commonWords hazm also tags as one of ${[...FUNCTION_TAGS].join(', ')}`,
      script: 'scripts/build-names.ts',
    },
    surnames: [...surnames].sort(),
    commonWords: [...common].sort(),
    functionWords: [...functional].sort(),
  };
  const target = join(root, 'rules', 'person-names.generated.json');
  writeFileSync(target, `${JSON.stringify(out, null, 1)}\n`);
  process.stdout.write(
    `build-names: ${surnames.size} surnames, ${common.size} common words (${functional.size} function words) → ${target}\n`,
  );
}

main();
