// The text layer's contract. Every offset a later stage reports is an ORIGINAL offset; normalised
// offsets exist only inside the text layer and the recognisers that read `norm.text`.

export interface NormalizeOptions {
  /** Digits written in the normalised text: Persian (hazm's default) or Latin. */
  digits?: 'fa' | 'latin';
}

export interface NormalizedText {
  original: string;
  /** The canonical text. */
  text: string;
  /**
   * map[i] = original offset of normalised offset i, for i in 0..text.length (inclusive: the last
   * entry maps the end). Monotone non-decreasing.
   */
  map: Int32Array;
  /**
   * ends[i] = original end offset of normalised character i (for i < text.length). Spans end here, so
   * a span covers whole original characters (a letter with its diacritics) and not the invisible
   * characters dropped after it. Absent on hand-built values; toOriginalSpan then falls back to map.
   */
  ends?: Int32Array;
}

/** Half-open span [start, end) in ORIGINAL offsets. */
export interface Span {
  start: number;
  end: number;
}

export type TokenKind =
  | 'word'
  | 'number'
  | 'punct'
  | 'email'
  | 'url'
  | 'date'
  | 'time'
  | 'phone'
  | 'hashtag'
  | 'mention';

export interface Token extends Span {
  /** original.slice(start, end) */
  text: string;
  /** The token as it reads in the normalised text. */
  normalized: string;
  /** Span of the token in the normalised text. */
  nStart: number;
  nEnd: number;
  kind: TokenKind;
  /** Index of the sentence the token belongs to. */
  sentence: number;
}

export interface Sentence extends Span {
  /** original.slice(start, end) */
  text: string;
  nStart: number;
  nEnd: number;
  /** Indexes into TextDoc.tokens: [firstToken, endToken). */
  firstToken: number;
  endToken: number;
}

/** What every recogniser reads: the original, its normalised copy, sentences and words. */
export interface TextDoc {
  original: string;
  norm: NormalizedText;
  sentences: Sentence[];
  tokens: Token[];
}
