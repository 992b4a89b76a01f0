// Formal Persian writes the light verbs of a phrase in their formal forms: «دیدار نمود» for «دیدار
// کرد», «برگزار گردید» for «برگزار شد», «برگزار گردیده است» for «برگزار شده است». Trigger lists
// (triggers.json) give each phrase once, in the plain form; the formal forms are derived here from
// the list of pairs `formalVerbs`, so a list never has to spell every variant.

/**
 * `list` and, for each phrase, every phrase with one or more of its words (split at spaces) replaced
 * by a formal form from `forms` (plain word → its formal forms). Order is kept, duplicates dropped.
 */
export function withFormalVerbs(
  list: readonly string[],
  forms: Readonly<Record<string, readonly string[]>>,
): string[] {
  const out = new Set<string>();
  for (const phrase of list) {
    let variants = [''];
    for (const word of phrase.split(' ')) {
      const choices = [word, ...(forms[word] ?? [])];
      variants = variants.flatMap((v) => choices.map((c) => (v ? `${v} ${c}` : c)));
    }
    for (const v of variants) out.add(v);
  }
  return [...out];
}
