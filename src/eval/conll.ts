// Readers for the third-party NER corpora (one token per line, tag in the last column, blank line
// between sentences). Each sentence is rebuilt as its tokens joined by single spaces, and every
// gold entity becomes a character span into that text, so it can be compared with khabar's spans.

export interface NerToken {
  text: string;
  start: number;
  end: number;
  /** "O" or "B-XXX" / "I-XXX" with an upper-case class. */
  tag: string;
}

export interface NerSpan {
  label: string;
  start: number;
  end: number;
  text: string;
}

export interface NerSentence {
  text: string;
  tokens: NerToken[];
  spans: NerSpan[];
}

export interface ConllFile {
  sentences: NerSentence[];
  /** Lines with no separator or a tag that is not well formed (skipped, counted). */
  skippedLines: number;
}

/** The column separator of each corpus (see ../shared/data/ner/README.md). */
export const CONLL_SEPARATOR = {
  peyma: '|',
  parstwiner: '\t',
  arman: ' ',
  hengam: '\t',
} as const;
export type ConllFormat = keyof typeof CONLL_SEPARATOR;

// Class spellings differ between corpora; one name per class here.
const CLASS_ALIAS: Record<string, string> = { PERS: 'PER', EVENT: 'EVE' };

/** "B_ORG", "b-pers", "I-event" → "B-ORG", "B-PER", "I-EVE"; null when not a BIO tag. */
export function normalizeTag(raw: string): string | null {
  const t = raw.trim();
  if (t === 'O') return 'O';
  const m = /^([BIbi])[-_]([A-Za-z]+)$/.exec(t);
  if (!m) return null;
  const cls = m[2]!.toUpperCase();
  return `${m[1]!.toUpperCase()}-${CLASS_ALIAS[cls] ?? cls}`;
}

/**
 * Parse one corpus file. A BOM and \r are dropped, runs of blank lines are one sentence break, each
 * line splits at the LAST separator (PEYMA has "|" as a token). An I- tag that does not continue an
 * entity of its class starts a new one, as conlleval does.
 */
export function parseConll(content: string, separator: string): ConllFile {
  const sentences: NerSentence[] = [];
  let skippedLines = 0;
  let rows: { token: string; tag: string }[] = [];
  const flush = () => {
    if (rows.length) sentences.push(buildSentence(rows));
    rows = [];
  };
  for (const rawLine of content.replace(/^\uFEFF/, '').split('\n')) {
    const line = rawLine.replace(/\r$/, '');
    if (line.trim() === '') {
      flush();
      continue;
    }
    const cut = line.lastIndexOf(separator);
    const tag = cut > 0 ? normalizeTag(line.slice(cut + separator.length)) : null;
    const token = cut > 0 ? line.slice(0, cut) : '';
    if (tag === null || token === '') {
      skippedLines++;
      continue;
    }
    rows.push({ token, tag });
  }
  flush();
  return { sentences, skippedLines };
}

function buildSentence(rows: { token: string; tag: string }[]): NerSentence {
  const tokens: NerToken[] = [];
  let offset = 0;
  for (const r of rows) {
    if (tokens.length) offset += 1;
    tokens.push({ text: r.token, start: offset, end: offset + r.token.length, tag: r.tag });
    offset += r.token.length;
  }
  const text = tokens.map((t) => t.text).join(' ');
  const spans: NerSpan[] = [];
  let open: { label: string; start: number; end: number } | undefined;
  for (const t of tokens) {
    const label = t.tag === 'O' ? null : t.tag.slice(2);
    if (open && t.tag.startsWith('I-') && label === open.label) {
      open.end = t.end;
      continue;
    }
    if (open) spans.push({ ...open, text: text.slice(open.start, open.end) });
    open = label === null ? undefined : { label, start: t.start, end: t.end };
  }
  if (open) spans.push({ ...open, text: text.slice(open.start, open.end) });
  return { text, tokens, spans };
}

/** Every k-th sentence so that at most `max` remain (deterministic; the whole list when it fits). */
export function sampleEvenly<T>(items: readonly T[], max: number): T[] {
  if (items.length <= max) return [...items];
  const step = Math.ceil(items.length / max);
  return items.filter((_, i) => i % step === 0);
}
