// Sentences over the tokens: they end at . ! ? ؟ … and at line breaks, but not at the dot of an initial
// (م. رضایی), a Latin abbreviation (Dr.), inside «…» quotations, or inside numbers, dates, e-mails and
// URLs (those are single tokens already).
import { toOriginalSpan } from './normalize.js';
import type { NormalizedText, Sentence, Token } from './types.js';

const LATIN_ABBREVIATIONS = new Set(
  'dr mr mrs ms prof inc ltd co corp etc vs no nos st jr sr fig figs vol vols pp ed eds eng univ dept approx jan feb mar apr jun jul aug sep sept oct nov dec'.split(
    ' ',
  ),
);
const CLOSERS = new Set([')', ']', '}', '»', '"', "'"]);

function isStop(t: Token): boolean {
  if (t.kind !== 'punct') return false;
  const s = t.normalized;
  for (let i = 0; i < s.length; i++) {
    const x = s[i];
    if (x !== '.' && x !== '!' && x !== '?' && x !== '؟' && x !== '…') return false;
  }
  return true;
}

/** Is the dot at tokens[i] part of an abbreviation or a glued Latin/number name rather than a stop? */
function isAbbreviationDot(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.normalized !== '.' || i === 0) return false;
  const prev = tokens[i - 1]!;
  if (prev.nEnd !== t.nStart) return false;
  if (prev.kind === 'word' && prev.normalized.length === 1) return true;
  if (prev.kind === 'word' && LATIN_ABBREVIATIONS.has(prev.normalized.toLowerCase())) return true;
  const next = tokens[i + 1];
  return (
    next !== undefined &&
    next.nStart === t.nEnd &&
    /^[A-Za-z0-9]/.test(next.normalized) &&
    /[A-Za-z0-9]$/.test(prev.normalized)
  );
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 0x0a) return true;
  return false;
}

/** Split tokens into sentences; sets each token's `sentence`. */
export function sentences(norm: NormalizedText, tokens: Token[]): Sentence[] {
  const out: Sentence[] = [];
  let first = 0;
  let depth = 0;
  const close = (endToken: number): void => {
    if (endToken <= first) return;
    const a = tokens[first]!;
    const b = tokens[endToken - 1]!;
    const span = toOriginalSpan(norm, a.nStart, b.nEnd);
    const index = out.length;
    for (let k = first; k < endToken; k++) tokens[k]!.sentence = index;
    out.push({
      start: span.start,
      end: span.end,
      text: norm.original.slice(span.start, span.end),
      nStart: a.nStart,
      nEnd: b.nEnd,
      firstToken: first,
      endToken,
    });
    first = endToken;
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (i > first && hasLineBreak(norm.text, tokens[i - 1]!.nEnd, t.nStart)) {
      close(i);
      depth = 0;
    }
    const s = t.normalized;
    if (s === '«') depth++;
    else if (s === '»' && depth > 0) {
      depth--;
      // A quotation that ends its sentence: «… رفتیم.» ends after the closing mark.
      if (depth === 0 && i > 0 && isStop(tokens[i - 1]!) && tokens[i - 1]!.nEnd === t.nStart) {
        close(i + 1);
        continue;
      }
    }
    if (depth > 0 || !isStop(t) || isAbbreviationDot(tokens, i)) continue;
    let end = i + 1;
    while (end < tokens.length && tokens[end]!.nStart === tokens[end - 1]!.nEnd) {
      const next = tokens[end]!;
      if (!(isStop(next) || CLOSERS.has(next.normalized))) break;
      end++;
    }
    close(end);
    i = end - 1;
  }
  close(tokens.length);
  return out;
}
