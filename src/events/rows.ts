// The rows of events.csv and its companions. The union of attendees and decisions keeps every
// source; where the reports disagree (dates, places, kinds) every value is listed with the documents
// that give it, never resolved: a researcher sees the disagreement and decides.
import type { Row } from '../write/rows.js';
import type { LinkedEvent } from './link.js';
import { normalizeWords, type ReportedMeeting } from './reports.js';

export interface EventRows {
  events: Row[];
  event_documents: Row[];
  event_attendees: Row[];
  event_decisions: Row[];
  event_conflicts: Row[];
}

const sorted = (xs: Iterable<string>) => [...new Set(xs)].sort();

/** Distinct values of a field, each with its documents; one value means no conflict. */
function valuesOf(
  reports: readonly ReportedMeeting[],
  value: (r: ReportedMeeting) => string | null,
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const r of reports) {
    const v = value(r);
    if (v === null) continue;
    const docs = out.get(v);
    if (docs) docs.push(r.docId);
    else out.set(v, [r.docId]);
  }
  return out;
}

function attendeeKey(a: ReportedMeeting['attendees'][number]): string {
  if (a.name) return `n:${normalizeWords(a.name).join(' ')}`;
  return `o:${normalizeWords(a.office ?? '').join(' ')}\u0000${a.orgId ?? ''}`;
}

function unionAttendees(ev: LinkedEvent): Row[] {
  const byKey = new Map<string, Row & { doc_ids: string[]; attendee_refs: string[] }>();
  for (const r of ev.reports) {
    for (const a of r.attendees) {
      const k = attendeeKey(a);
      const row = byKey.get(k);
      const ref = `${r.docId}/${a.id}`;
      if (!row) {
        byKey.set(k, {
          event_id: ev.eventId,
          person_name: a.name,
          office: a.office,
          org_id: a.orgId,
          doc_ids: [r.docId],
          attendee_refs: [ref],
        });
        continue;
      }
      row.office ??= a.office;
      row.org_id ??= a.orgId;
      if (!row.doc_ids.includes(r.docId)) row.doc_ids.push(r.docId);
      row.attendee_refs.push(ref);
    }
  }
  return [...byKey.values()];
}

function unionDecisions(ev: LinkedEvent): Row[] {
  const byKey = new Map<string, Row & { doc_ids: string[]; decision_refs: string[] }>();
  for (const r of ev.reports) {
    for (const d of r.decisions) {
      const k = `${d.kind}\u0000${normalizeWords(d.text).join(' ')}`;
      const ref = `${r.docId}/${d.id}`;
      const row = byKey.get(k);
      if (!row) {
        byKey.set(k, {
          event_id: ev.eventId,
          decision_kind: d.kind,
          decision_text: d.text,
          doc_ids: [r.docId],
          decision_refs: [ref],
        });
        continue;
      }
      if (!row.doc_ids.includes(r.docId)) row.doc_ids.push(r.docId);
      row.decision_refs.push(ref);
    }
  }
  return [...byKey.values()];
}

const emptyRows = (): EventRows => ({
  events: [],
  event_documents: [],
  event_attendees: [],
  event_decisions: [],
  event_conflicts: [],
});

/** Every table's rows, all events at once: eventRowsOf's rows concatenated in event order. */
export function eventRows(events: readonly LinkedEvent[]): EventRows {
  const out = emptyRows();
  for (const ev of events) {
    const rows = eventRowsOf(ev);
    for (const t of Object.keys(out) as (keyof EventRows)[]) for (const r of rows[t]) out[t].push(r);
  }
  return out;
}

/** One event's rows in every table: a run writes them event by event and never holds a whole table. */
export function eventRowsOf(ev: LinkedEvent): EventRows {
  const out = emptyRows();
  const { reports } = ev;
  const conflicts = {
    date: valuesOf(reports, (r) => (r.date ? `${r.date.gFrom}..${r.date.gTo}` : null)),
    location: valuesOf(reports, (r) => r.location?.orgId ?? null),
    kind: valuesOf(reports, (r) => r.kind),
  };
  let conflictCount = 0;
  for (const [field, values] of Object.entries(conflicts)) {
    if (values.size < 2) continue;
    conflictCount++;
    for (const [value, docs] of [...values].sort((a, b) => (a[0] < b[0] ? -1 : 1)))
      out.event_conflicts.push({ event_id: ev.eventId, field, value, doc_ids: sorted(docs) });
  }
  const dated = reports.filter((r) => r.date);
  const min = (xs: string[]) => (xs.length ? (xs.sort()[0] ?? null) : null);
  const max = (xs: string[]) => (xs.length ? (xs.sort().at(-1) ?? null) : null);
  const attendees = unionAttendees(ev);
  const decisions = unionDecisions(ev);
  out.events.push({
    event_id: ev.eventId,
    event_kind: [...conflicts.kind.keys()].sort().join('|'),
    event_title: reports.find((r) => r.title)?.title ?? null,
    event_date_jalali_from: min(dated.map((r) => r.date?.jFrom ?? '')),
    event_date_jalali_to: max(dated.map((r) => r.date?.jTo ?? '')),
    event_date_gregorian_from: min(dated.map((r) => r.date?.gFrom ?? '')),
    event_date_gregorian_to: max(dated.map((r) => r.date?.gTo ?? '')),
    org_ids: sorted(reports.flatMap((r) => r.orgs)),
    doc_ids: sorted(reports.map((r) => r.docId)),
    report_count: reports.length,
    attendee_count: attendees.length,
    decision_count: decisions.length,
    conflict_count: conflictCount,
  });
  for (const r of reports)
    out.event_documents.push({
      event_id: ev.eventId,
      doc_id: r.docId,
      meeting_id: r.meetingId,
      source: r.source,
    });
  out.event_attendees.push(...attendees);
  out.event_decisions.push(...decisions);
  return out;
}
