// Character tables, built once at load. Every per-character decision in the text layer is a table
// lookup on a UTF-16 code unit, so normalising and tokenising never allocate per character.

/** FOLD[c]: 0 = keep c; otherwise a replacement code unit or one of the actions below. */
export const FOLD = new Uint16Array(65536);
export const F_DELETE = 0xffff;
/** Deleted, and the previous kept character grows to cover it (a diacritic belongs to its letter). */
export const F_ATTACH = 0xfffe;
/** Replaced by the string in EXPAND (ligatures such as ﷽ or lam-alef). */
export const F_EXPAND = 0xfffd;
/** CR: dropped before LF, a line break on its own. */
export const F_CR = 0xfffc;
/** ZWJ: kept only inside emoji sequences. */
export const F_ZWJ = 0xfffb;
export const EXPAND = new Map<number, string>();

export const ZWNJ = 0x200c;
export const SPACE = 0x20;
export const LF = 0x0a;

/** Character classes of the (already folded) text. */
export const C_OTHER = 0;
export const C_SPACE = 1;
export const C_LF = 2;
/** Letters of any script but Latin. */
export const C_LETTER = 3;
export const C_LATIN = 4;
/** Digits: ASCII, Arabic-Indic and Persian (the three a Persian text mixes). */
export const C_DIGIT = 5;
export const C_MARK = 6;
export const C_ZWNJ = 7;
export const CLS = new Uint8Array(65536);

/** DIGIT_VAL[c] = 0..9 for the three digit systems, -1 otherwise. */
export const DIGIT_VAL = new Int8Array(65536).fill(-1);

/** Letters that never join the next letter: a ZWNJ after them is invisible, so affixes join directly. */
export const NON_JOINING = new Uint8Array(65536);

/** The 33 letters of the Persian alphabet (hazm's L33), for the repeated-letter rule. */
export const PERSIAN_LETTER = new Uint8Array(65536);

/** KEY[c]: the matching-key fold on top of FOLD (0 = keep, F_DELETE = drop). */
export const KEY = new Uint16Array(65536);

function ranges(spec: string): number[] {
  const out: number[] = [];
  for (const part of spec.split(' ')) {
    const [a, b] = part.split('-');
    const lo = Number.parseInt(a!, 16);
    const hi = b === undefined ? lo : Number.parseInt(b, 16);
    for (let c = lo; c <= hi; c++) out.push(c);
  }
  return out;
}

// hazm's always-on character map (spec Appendix A), minus the presentation forms of آ أ ؤ إ, which
// NFKC below maps to the right letter instead of hazm's inconsistent bare alef.
const BASE_MAP: Array<[number, string]> = [
  [0x0627, '0675 0773-0774 FB50-FB51 FE8D-FE8E'],
  [0x0628, '066E 067B 0680 0750-0756 08A0-08A1 08B6 FB52-FB55 FB5A-FB5D FE8F-FE92'],
  [0x062a, '0679-067A 067C-067D 067F 08B8 FB5E-FB69 FE95-FE98'],
  [0x062b, 'FE99-FE9C'],
  [0x062c, '08A2 FE9D-FEA0'],
  [0x062d, '0681-0682 0685 0757-0758 076E-076F 0772 077C FB72-FB79 FEA1-FEA4'],
  [0x062e, 'FEA5-FEA8'],
  [0x062f, '0688-0690 06EE 0759-075A 08AE FB82-FB89 FEA9-FEAA'],
  [0x0630, 'FEAB-FEAC'],
  [0x0631, '0691-0697 0699 06EF 075B 076B-076C 0771 08AA 08B9 FB8C-FB8D FEAD-FEAE'],
  [0x0632, '08B2 FEAF-FEB0'],
  [0x0633, '069A-069C 075C 076D 0770 077D-077E FEB1-FEB4'],
  [0x0634, '06FA FEB5-FEB8'],
  [0x0635, '069D-069E 08AF FEB9-FEBC'],
  [0x0636, '06FB FEBD-FEC0'],
  [0x0637, '069F 08A3 FEC1-FEC4'],
  [0x0638, 'FEC5-FEC8'],
  [0x0639, '06A0 075D-075F 08B3 FEC9-FECC'],
  [0x063a, '06FC FECD-FED0'],
  [0x0641, '06A1-06A6 0760-0761 08A4 08BB FB6E-FB71 FED1-FED4'],
  [0x0642, '066F 06A7-06A8 08A5 08BC FED5-FED8'],
  [0x0644, '06B5-06B8 076A 08A6 FEDD-FEE0'],
  [0x0645, '0765-0766 08A7 FEE1-FEE4'],
  [0x0646, '06B9-06BD 0767-0769 08BD FB9E-FBA3 FEE5-FEE8'],
  // ۀ and ة fold to ه too (hazm keeps them; see DIFFERENCES.md).
  [0x0647, '06BE 06C1-06C3 06D5 06FF FBA4-FBAD FEE9-FEEC 06C0 0629'],
  [0x0648, '0676-0677 06C4-06CB 06CF 0778-0779 08AB 08B1 FEED-FEEE'],
  [0x067e, '08B7 FB56-FB59'],
  [0x0686, '0687 06BF FB7A-FB81'],
  [0x0698, 'FB8A-FB8B'],
  [0x06a9, '063B 0643 06AA-06AE 0762-0764 077F 08B4 FB8E-FB91 FED9-FEDC'],
  [0x06af, '06B0-06B4 08B0 FB92-FB9D'],
  [
    0x06cc,
    '0620 063D-063F 0649-064A 0678 06CD-06CE 06D0-06D3 0775-0777 077A-077B 08A8-08A9 08AC 08BA FBAE-FBB1 FE89-FE8C FEEF-FEF4 FBFC-FBFF',
  ],
  [0x0621, 'FE80'],
  [0x0020, '0009 00A0 1680 2000-200A 202F 205F 3000'],
  [0x000a, '000B 000C 0085 2028 2029'],
  [0x0022, '201C-201F'],
  // Arabic full stop: a full stop (hazm deletes it).
  [0x002e, '06D4'],
];

// Diacritics, kashida and hazm's "special characters": they belong to the letter before them.
const ATTACHED =
  '064B-065F 0640 0605 0610-0616 0618-061A 061E 0670 06D6-06ED 06FD-06FE 08AD 08D4-08FF FBB2-FBC1 FC5E-FC63 FCF2-FCF4 FD3E-FD3F FDFA-FDFB FE70-FE7F';
// Invisible format characters and C0/C1 controls: no text, no width.
const DELETED =
  '0000-0008 000E-001F 007F 0080-0084 0086-009F 00AD 061C 200B 200E-200F 202A-202E 2060-2064 2066-2069 FEFF';

const NON_JOINING_LETTERS = 'ا آ أ إ ٱ د ذ ر ز ژ و ؤ ء ة';
const L33 = 'آ ا ب پ ت ث ج چ ح خ د ذ ر ز ژ س ش ص ض ط ظ ع غ ف ق ک گ ل م ن و ه ی';

function foldString(s: string): string {
  // Fold a decomposition (NFKC output) with the tables built so far; drop what would be deleted.
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const f = FOLD[c]!;
    if (f === 0) out += s[i];
    else if (f < 0xfff0) out += String.fromCharCode(f);
    else if (f === F_EXPAND) out += EXPAND.get(c) ?? '';
  }
  return out;
}

function build(): void {
  for (const c of ranges(ATTACHED)) FOLD[c] = F_ATTACH;
  for (const c of ranges(DELETED)) FOLD[c] = F_DELETE;
  for (const [target, spec] of BASE_MAP) for (const c of ranges(spec)) FOLD[c] = target;
  FOLD[0x0d] = F_CR;
  // ﷽ has no Unicode decomposition; hazm spells it out.
  FOLD[0xfdfd] = F_EXPAND;
  EXPAND.set(0xfdfd, 'بسم الله الرحمن الرحیم');
  FOLD[0x200d] = F_ZWJ;
  // The remaining Arabic presentation forms: NFKC gives their letters (ligatures give several).
  for (const c of ranges('FB50-FDFF FE70-FEFF')) {
    if (FOLD[c] !== 0) continue;
    const ch = String.fromCharCode(c);
    const nf = ch.normalize('NFKC');
    if (nf === ch) continue;
    const folded = foldString(nf).trim();
    if (folded.length === 0) FOLD[c] = F_ATTACH;
    else if (folded.length === 1) FOLD[c] = folded.charCodeAt(0);
    else {
      FOLD[c] = F_EXPAND;
      EXPAND.set(c, folded);
    }
  }

  const letter = /\p{L}/u;
  const latin = /\p{Script=Latin}/u;
  const mark = /\p{M}/u;
  for (let c = 0; c < 65536; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    if (letter.test(ch)) CLS[c] = latin.test(ch) ? C_LATIN : C_LETTER;
    else if (mark.test(ch)) CLS[c] = C_MARK;
  }
  for (let d = 0; d < 10; d++) {
    for (const base of [0x30, 0x660, 0x6f0]) {
      CLS[base + d] = C_DIGIT;
      DIGIT_VAL[base + d] = d;
    }
  }
  CLS[SPACE] = C_SPACE;
  CLS[0x09] = C_SPACE;
  CLS[LF] = C_LF;
  CLS[ZWNJ] = C_ZWNJ;
  for (const ch of NON_JOINING_LETTERS.split(' ')) NON_JOINING[ch.charCodeAt(0)] = 1;
  for (const ch of L33.split(' ')) PERSIAN_LETTER[ch.charCodeAt(0)] = 1;

  // The key fold: FOLD, then hamza carriers to their bare letters, digits to Latin, Latin to lower
  // case, and every kind of space or ZWNJ removed (so keys of token sequences concatenate).
  for (let c = 0; c < 65536; c++) {
    const f = FOLD[c]!;
    if (f === F_DELETE || f === F_ATTACH || f === F_ZWJ) KEY[c] = F_DELETE;
    else if (f === F_EXPAND || f === F_CR) KEY[c] = f === F_CR ? F_DELETE : F_EXPAND;
    else if (f !== 0) KEY[c] = f;
  }
  const keyExtra = new Map<number, number>();
  for (const [target, spec] of [
    [0x0627, '0622 0623 0625 0671 0672 0673'],
    [0x0648, '0624'],
    [0x06cc, '0626'],
  ] as Array<[number, string]>) {
    for (const c of ranges(spec)) keyExtra.set(c, target);
  }
  for (let c = 0; c < 65536; c++) {
    const f = KEY[c]!;
    if (f === F_DELETE || f === F_EXPAND) continue;
    const base = keyExtra.get(f === 0 ? c : f) ?? (f === 0 ? c : f);
    if (base === SPACE || base === LF || base === ZWNJ || base === 0x09 || base === 0x0621) KEY[c] = F_DELETE;
    else if (DIGIT_VAL[base]! >= 0) KEY[c] = 0x30 + DIGIT_VAL[base]!;
    else if (base >= 0x41 && base <= 0x5a) KEY[c] = base + 32;
    else KEY[c] = base === c ? 0 : base;
  }
}

build();
