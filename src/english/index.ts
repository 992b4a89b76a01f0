// The English path, in the Persian path's shape: text layer (compromise) → recognisers → linking
// and events → the same DocumentRecord. Chosen per document by language detection; compromise is
// loaded on the first English document only.
import type { InputDocument, Pipeline } from '../pipeline.js';
import { recognizeContacts } from '../recognize/contacts.js';
import { findPublishedAt } from '../recognize/dates/published.js';
import { resolveOverlaps } from '../recognize/overlap.js';
import type { Mention } from '../recognize/types.js';
import { buildRecord } from '../records/build.js';
import type { DocumentRecord } from '../records/schema.js';
import { englishContext, tokenFrom } from './context.js';
import { linkEnglish, mainOrg } from './extract/link.js';
import { extractEnglishMeetings } from './extract/meetings.js';
import { englishLexicon } from './lexicon.js';
import { recognizeDates } from './recognize/dates.js';
import { ministersOf, recognizeOrganizations } from './recognize/organizations.js';
import { recognizePersons } from './recognize/persons.js';
import { recognizeTitles } from './recognize/titles.js';
import { englishText } from './text.js';

export function processEnglish(input: InputDocument, pipeline: Pipeline): DocumentRecord {
  const text = englishText(input.text);
  const { doc } = text;
  const c = englishContext(doc, englishLexicon(pipeline.rules, pipeline.lexicon), text);
  const publishedAt = findPublishedAt(doc, input.date ?? null);
  const contacts = recognizeContacts(doc);
  const orgs = recognizeOrganizations(c);
  const blocked = new Uint8Array(doc.tokens.length);
  for (const o of orgs) blocked.fill(1, o.tFirst, o.tEnd);
  // An office phrase stops where a name compromise found begins («Minister of Health … Seyyed Hasan …»).
  const stops = blocked.slice();
  for (const p of text.people) {
    let t = tokenFrom(c, p.offset.start);
    // compromise reads «Director General,» or «Minister Gholami» as a person: the name, if any,
    // begins after the office.
    const office = c.en.titles.longestAt(c.keys, t);
    if (office) t = office.end;
    if (t > 0 && t < stops.length && doc.tokens[t]!.start < p.offset.start + p.offset.length) stops[t] = 1;
  }
  const titles = recognizeTitles(c, stops);
  for (const t of titles) blocked.fill(1, t.tFirst, t.tEnd);
  const persons = recognizePersons(c, titles, blocked);
  const dates = recognizeDates(c, publishedAt);
  const mentions: Mention[] = resolveOverlaps([...orgs, ...titles, ...persons, ...dates]);
  const kept = (type: Mention['type']) => mentions.filter((m) => m.type === type);
  const orgMentions = mentions.filter((m) => m.type === 'university' || m.type === 'organization');
  const main = mainOrg(c, orgMentions);
  const linked = linkEnglish(c, orgMentions, kept('title'), kept('person'), main);
  const named = new Uint8Array(doc.tokens.length);
  for (const o of orgMentions) named.fill(1, o.tFirst, o.tEnd);
  const meetings = extractEnglishMeetings(c, linked, kept('date'), named, publishedAt);
  // Offices as entities: a plural office only with the organisations it names, an academic rank
  // only when it describes a named person.
  const held = new Set(linked.offices.filter((o) => o.person !== null).map((o) => o.mention.start));
  const entityMentions = mentions.filter((m) => {
    if (m.type !== 'title') return true;
    const office = linked.offices.find((o) => o.mention === m);
    return m.plural ? !!office?.organizationIds.length : m.titleKind !== 'academic' || held.has(m.start);
  });
  entityMentions.push(...ministersOf(c, named));
  entityMentions.sort((a, b) => a.start - b.start || a.end - b.end);
  return buildRecord({
    doc,
    docId: input.docId,
    source: input.source,
    sha256: input.sha256,
    language: 'en',
    title: input.title ?? null,
    publishedAt,
    contacts,
    mentions: entityMentions,
    linked,
    meetings,
  });
}
