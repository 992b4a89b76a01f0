// The verdict contract: one JSON object a line, written by the review page (report.html) and read by
// `khabar review apply|stats`. Documented in the README (Review → Verdict format). A verdict names
// its item by khabar's id and carries the document's sha256, so a verdict on a document that changed
// since it was given is detected instead of landing on the wrong item.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { DECISION_KINDS, ENTITY_TYPES, MEETING_KINDS } from '../records/schema.js';

export const VERDICT_TARGETS = ['meeting', 'attendee', 'decision', 'entity', 'missed'] as const;
export const VERDICTS = ['correct', 'wrong', 'fixed'] as const;

const offset = z.number().int().nonnegative();
const jalaliDay = z
  .string()
  .regex(/^1[2-4]\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'a Jalali day YYYY-MM-DD (e.g. 1402-08-16)');
const value = z.string().trim().min(1).nullable();

/** The fields an editor can judge; which ones each target takes is checked below. */
export const FixSchema = z
  .object({
    kind: z.string().optional(),
    title: value.optional(),
    name: value.optional(),
    organization: value.optional(),
    date: jalaliDay.nullable().optional(),
    type: z.enum(ENTITY_TYPES).optional(),
  })
  .strict();

/** Fields a fix may hold, per target (and per kind of missed item). */
export const FIX_FIELDS = {
  meeting: ['kind', 'title', 'date', 'organization'],
  attendee: ['name', 'title', 'organization'],
  decision: ['kind', 'date'],
  entity: ['organization', 'name', 'type'],
  'missed-attendee': ['name', 'title', 'organization'],
  'missed-decision': ['kind', 'date'],
  'missed-entity': ['type', 'organization', 'name'],
} as const;

/**
 * Ids: khabar's own for the items it found (`m1`, `m1/a2`, `m1/d1`, `e7`); for a missed item, where
 * it belongs: `m1/a` (an attendee of meeting m1), `m1/d` (a decision of m1), `e` (an entity).
 */
const ID_PATTERNS = {
  meeting: /^m\d+$/,
  attendee: /^m\d+\/a\d+$/,
  decision: /^m\d+\/d\d+$/,
  entity: /^e\d+$/,
  missed: /^(m\d+\/[ad]|e)$/,
} as const;
const ID_HELP = {
  meeting: 'a meeting id such as "m1"',
  attendee: 'an attendee id such as "m1/a2"',
  decision: 'a decision id such as "m1/d1"',
  entity: 'an entity id such as "e7"',
  missed: '"m1/a" (an attendee of m1), "m1/d" (a decision of m1) or "e" (an entity)',
} as const;

export type MissedKind = 'missed-attendee' | 'missed-decision' | 'missed-entity';
export function missedKind(id: string): MissedKind {
  return id === 'e' ? 'missed-entity' : id.endsWith('/a') ? 'missed-attendee' : 'missed-decision';
}

export const VerdictSchema = z
  .object({
    docId: z.string().min(1),
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'the document’s sha256 (64 lower-case hex digits)'),
    target: z.enum(VERDICT_TARGETS),
    id: z.string().min(1),
    verdict: z.enum(VERDICTS),
    fix: FixSchema.optional(),
    /** The words the verdict is about (a missed item's, or the judged item's first span). */
    text: z.string().optional(),
    start: offset.optional(),
    end: offset.optional(),
    /** When the verdict was given (ISO 8601 with time zone). */
    at: z.iso.datetime({ offset: true }),
  })
  .strict()
  .superRefine((v, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (!ID_PATTERNS[v.target].test(v.id))
      issue('id', `for target "${v.target}" expected ${ID_HELP[v.target]}`);
    if ((v.start === undefined) !== (v.end === undefined)) issue('end', 'start and end go together');
    if (v.start !== undefined && v.end !== undefined && v.end <= v.start)
      issue('end', 'end must be after start');
    if (v.verdict === 'fixed' && v.target !== 'missed' && (!v.fix || Object.keys(v.fix).length === 0))
      issue('fix', 'a "fixed" verdict needs a fix with at least one field');
    if (v.verdict !== 'fixed' && v.fix)
      issue('fix', `only a "fixed" verdict carries a fix (this one is "${v.verdict}")`);
    if (v.target === 'missed') {
      if (v.verdict !== 'fixed') issue('verdict', 'a missed item is always "fixed" (the editor adds it)');
      if (v.start === undefined || v.text === undefined)
        issue('start', 'a missed item needs its words: text, start, end');
      if (v.id === 'e' && !v.fix?.type) issue('fix', 'a missed entity needs fix.type');
    }
    const kind = v.target === 'missed' ? missedKind(v.id) : v.target;
    const allowed: readonly string[] = FIX_FIELDS[kind];
    for (const f of Object.keys(v.fix ?? {}))
      if (!allowed.includes(f))
        issue('fix', `fix.${f} cannot be set on ${kind} (allowed: ${allowed.join(', ')})`);
    const k = v.fix?.kind;
    if (k !== undefined) {
      const kinds: readonly string[] = kind === 'meeting' ? MEETING_KINDS : DECISION_KINDS;
      if (!kinds.includes(k)) issue('fix', `fix.kind "${k}" is not one of ${kinds.join(', ')}`);
    }
  });

export type Verdict = z.infer<typeof VerdictSchema>;
export type Fix = z.infer<typeof FixSchema>;

export class VerdictFileError extends Error {
  constructor(
    readonly file: string,
    readonly issues: { line: number; field: string; message: string }[],
  ) {
    super(
      `${file}: ${issues.length} invalid verdict ${issues.length === 1 ? 'line' : 'lines'}\n` +
        issues
          .slice(0, 50)
          .map((i) => `  ${file}, line ${i.line}, field ${i.field}: ${i.message}`)
          .join('\n') +
        (issues.length > 50 ? `\n  … and ${issues.length - 50} more` : ''),
    );
    this.name = 'VerdictFileError';
  }
}

/** Parses verdict lines; every bad line is reported (file, 1-based line, field), none is skipped. */
export function parseVerdicts(text: string, file: string): Verdict[] {
  const out: Verdict[] = [];
  const issues: { line: number; field: string; message: string }[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (!raw.trim()) return;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (err) {
      issues.push({ line, field: '(line)', message: `not JSON: ${(err as Error).message}` });
      return;
    }
    const parsed = VerdictSchema.safeParse(json);
    if (parsed.success) out.push(parsed.data);
    else
      for (const e of parsed.error.issues)
        issues.push({ line, field: e.path.length ? e.path.join('.') : '(verdict)', message: e.message });
  });
  if (issues.length) throw new VerdictFileError(file, issues);
  return out;
}

export function readVerdicts(path: string): Verdict[] {
  return parseVerdicts(readFileSync(path, 'utf8'), path);
}

/** What a verdict is about: a later verdict on the same thing replaces an earlier one. */
export function verdictKey(v: Verdict): string {
  const where = v.target === 'missed' ? `@${v.start}-${v.end}` : '';
  return `${v.docId}\u0000${v.target}\u0000${v.id}${where}`;
}

/** The latest verdict on each item (by `at`; files may be concatenated), in the order last given. */
export function latestVerdicts(verdicts: readonly Verdict[]): Verdict[] {
  const byKey = new Map<string, Verdict>();
  for (const v of verdicts) {
    const k = verdictKey(v);
    const old = byKey.get(k);
    if (!old || old.at <= v.at) {
      byKey.delete(k);
      byKey.set(k, v);
    }
  }
  return [...byKey.values()];
}
