// The per-document function: text layer → recognisers → extractors → record. Pure: the same
// input and rules give the same record; no I/O here (src/io and src/cli do that).

import { processEnglish } from './english/index.js';
import { link, mainOrganization, resolveReferences } from './extract/link.js';
import { extractMeetings } from './extract/meetings.js';
import { describeSentences } from './extract/sentences.js';
import { yearAnchor } from './extract/year-anchor.js';
import { recognizeContacts } from './recognize/contacts.js';
import { asMention, createContext } from './recognize/context.js';
import { findRawDates } from './recognize/dates/grammar.js';
import { type DateAnnotation, recognizeDatesAndGaps } from './recognize/dates/index.js';
import { findPublishedAt, findPublishedAtIn } from './recognize/dates/published.js';
import { compileLexicon, type Lexicon } from './recognize/lexicon.js';
import { recognizeTitles, recognizeUnitsAndPlaces } from './recognize/offices.js';
import { recognizeOrganizations, recognizeThisOrganization } from './recognize/organizations.js';
import { resolveOverlaps } from './recognize/overlap.js';
import { recognizePersons } from './recognize/persons.js';
import type { Mention } from './recognize/types.js';
import { type ListSink, RecordBuilder, type WindowParts } from './records/build.js';
import { detectLanguage } from './records/language.js';
import type { DateValue, DocumentRecord } from './records/schema.js';
import { loadRules, type RuleSet } from './rules/load.js';
import { analyze } from './text/index.js';
import type { TextDoc } from './text/types.js';
import { analyzeWindow, LONG_DOCUMENT_CHARS, WINDOW_CHARS, windowsOf } from './text/windows.js';

export { LONG_DOCUMENT_CHARS, WINDOW_CHARS };

export interface InputDocument {
  /** Path relative to the input root ("2019/iust.txt", "feed.jsonl#12"). */
  source: string;
  docId: string;
  /** sha256 hex of the raw input bytes. */
  sha256: string;
  /** The decoded (for HTML: extracted article) text; every offset in the record is into it. */
  text: string;
  /** Page title (HTML <title>/<h1>, JSONL `title`), kept out of `text`. */
  title?: string | null;
  url?: string | null;
  /** A publication date given outside the text (JSONL `date`, HTML meta), e.g. "1397/11/03" or ISO. */
  date?: string | null;
}

export interface Pipeline {
  rules: RuleSet;
  lexicon: Lexicon;
}

/** Loads and compiles the rules once; reuse the result for every document. */
export function createPipeline(rules: RuleSet = loadRules()): Pipeline {
  return { rules, lexicon: compileLexicon(rules) };
}

export interface ProcessOptions {
  /** Documents longer than this are processed in windows (default LONG_DOCUMENT_CHARS). */
  longDocumentChars?: number;
  /** The windows' target size (default WINDOW_CHARS). */
  windowChars?: number;
  /**
   * Where a windowed document's entities and meetings go, a window at a time, instead of into its
   * record (whose two lists are then empty); a document processed whole keeps its lists.
   */
  lists?: ListSink;
}

export function processDocument(
  input: InputDocument,
  pipeline: Pipeline,
  opts: ProcessOptions = {},
): DocumentRecord {
  const language = detectLanguage(input.text);
  // English goes through compromise (src/english), loaded on the first English document only.
  if (language === 'en') return processEnglish(input, pipeline);
  const head = {
    docId: input.docId,
    source: input.source,
    sha256: input.sha256,
    language,
    title: input.title ?? null,
    url: input.url ?? null,
  };
  if (input.text.length <= (opts.longDocumentChars ?? LONG_DOCUMENT_CHARS)) {
    const builder = new RecordBuilder();
    const doc = analyze(input.text);
    const publishedAt = findPublishedAt(doc, input.date ?? null);
    builder.add(recognizeDocument(doc, pipeline, publishedAt));
    return builder.finish({ ...head, publishedAt });
  }
  const builder = new RecordBuilder(opts.lists ?? null);
  // The release's date is the document's: read once, from its first and last lines. Each window
  // is then a document of its own whose offsets are the original's; only the window's tokens,
  // maps and mentions are alive at a time, and the record grows by its entities and meetings.
  const publishedAt = findPublishedAtIn(input.text, input.date ?? null);
  for (const w of windowsOf(input.text, opts.windowChars ?? WINDOW_CHARS))
    builder.add(recognizeDocument(analyzeWindow(input.text, w.start, w.end), pipeline, publishedAt));
  return builder.finish({ ...head, publishedAt });
}

/** The dates a second pass found (years from an anchor) added where no mention stands. */
function withDates(
  mentions: Mention[],
  dates: readonly DateAnnotation[],
  ctx: ReturnType<typeof createContext>,
): Mention[] {
  const extra = dates
    .filter((d) => d.date.yearFrom && !mentions.some((m) => m.start < d.end && d.start < m.end))
    .map((d) => asMention(ctx, d));
  if (extra.length === 0) return mentions;
  return [...mentions, ...extra].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Recognisers and extractors over one analysed text: what the record is built from. */
function recognizeDocument(doc: TextDoc, pipeline: Pipeline, publishedAt: DateValue | null): WindowParts {
  const ctx = createContext(doc, pipeline.lexicon);
  const raws = findRawDates(doc.norm.text);
  const dated = recognizeDatesAndGaps(doc, { publishedAt }, raws);
  const dates = dated.dates.map((d) => asMention(ctx, d));
  const contacts = recognizeContacts(doc);
  const found = resolveOverlaps([
    ...recognizeOrganizations(ctx),
    ...recognizeUnitsAndPlaces(ctx),
    ...recognizeTitles(ctx),
    ...recognizePersons(ctx),
    ...dates,
  ]);
  const main = mainOrganization(
    ctx,
    found.filter((m) => m.type === 'university' || m.type === 'organization'),
  );
  const orgs = found.filter((m) => m.type === 'university' || m.type === 'organization');
  const linkedMentions = resolveOverlaps([...found, ...recognizeThisOrganization(ctx, main, orgs)]);
  const linked = link(ctx, linkedMentions, main);
  resolveReferences(ctx, linked);
  // Days left without a year (no publication date, no dated phrase): the officeholders the text
  // names may leave one year for them.
  const anchor = publishedAt === null && dated.yearless > 0 ? yearAnchor(ctx, linked, pipeline.rules) : null;
  const mentions = anchor
    ? withDates(linkedMentions, recognizeDatesAndGaps(doc, { publishedAt, anchor }, raws).dates, ctx)
    : linkedMentions;
  const named = new Uint8Array(doc.tokens.length);
  for (const m of mentions)
    if (m.type !== 'date' && m.type !== 'title' && m.type !== 'person') named.fill(1, m.tFirst, m.tEnd);
  const facts = describeSentences(ctx, named);
  const meetings = extractMeetings(
    ctx,
    linked,
    // The dateline is when the release was published, not when the event happened.
    mentions.filter(
      (m) =>
        m.type === 'date' &&
        !(
          publishedAt &&
          publishedAt.end > publishedAt.start &&
          m.start < publishedAt.end &&
          publishedAt.start < m.end
        ),
    ),
    facts,
  );
  // Offices as entities: a plural office only with the organisations it names, an academic rank
  // only when it describes a named person («تبادل استاد» is not a title).
  const held = new Set(linked.offices.filter((o) => o.person !== null).map((o) => o.mention.start));
  const entityMentions = mentions.filter(
    (m) =>
      m.type !== 'title' || (m.plural ? !!m.organizationId : m.titleKind !== 'academic' || held.has(m.start)),
  );
  return { doc, contacts, mentions: entityMentions, linked, meetings };
}
