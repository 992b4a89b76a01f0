// «دکتر X، مدیریت همکاری‌های علمی بین‌المللی دانشگاه»، «دکتر Y معاونت پژوهشی وزارت علوم»: releases
// often name a person's office by its abstract noun (the directorate, the deputyship). Right after
// a name it is that person's office; elsewhere the noun names a unit or an activity, and stays so.
import { mentionOf, type RecognizerContext } from '../recognize/context.js';
import type { Mention } from '../recognize/types.js';

const APPOSITION = new Set(['،', ',', '(', '–', '-']);

/** Offices written as an abstract noun right after a person's name, as title mentions. */
export function officeNounsAfterNames(
  ctx: RecognizerContext,
  persons: readonly Mention[],
  titles: readonly Mention[],
): Mention[] {
  const titleAt = new Set(titles.map((m) => m.tFirst));
  const out: Mention[] = [];
  for (const p of persons) {
    let at = p.tEnd;
    if (APPOSITION.has(ctx.doc.tokens[at]?.normalized ?? '')) at++;
    const entry = ctx.lex.officeNouns.get(ctx.keys[at] ?? '');
    if (!entry || titleAt.has(at)) continue;
    out.push(
      mentionOf(ctx, at, at + 1, {
        type: 'title',
        rule: 'title.office-noun',
        name: entry.fa,
        titleKind: entry.kind,
        titleId: entry.id,
      }),
    );
  }
  return out;
}
