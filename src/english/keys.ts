// English matching keys. A word's key is lower case without dots, apostrophes, hyphens or a
// possessive «'s», so «K.N. Toosi», «Vice-President», «ATU's» and «Tabataba'i» match the
// gazetteer's «K. N. Toosi», «Vice President», «ATU», «Tabatabai». A phrase's key is its words'
// keys joined, so it matches whatever the tokeniser did with hyphens and spaces.

export function wordKey(word: string): string {
  return word
    .toLowerCase()
    .replace(/['’‘`]s$/u, '')
    .replace(/&/g, 'and')
    .replace(/[.'’‘`\-‐–]/gu, '');
}

export function phraseKey(phrase: string): string {
  return phrase
    .split(/[\s\-‐–]+|(?=,)|(?<=,)/u)
    .filter(Boolean)
    .map((w) => (w === ',' ? ',' : wordKey(w)))
    .join('');
}

/** A word written with a capital (or digit) first: names, offices and organisations are. */
export function isCapitalized(word: string | undefined): boolean {
  return !!word && /^[\p{Lu}\p{N}]/u.test(word);
}
