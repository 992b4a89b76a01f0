// A decision looks forward: a month named without a year («در بهمن‌ماه») after a meeting held in
// Aban is the coming Bahman. The date recogniser infers years looking back from publication, so
// decisions move an inferred date that falls before its meeting one year on.
import { iso, jalaliMonthLength, jalaliToGregorian, parseIso } from '../recognize/dates/calendar.js';
import type { DateValue } from '../records/schema.js';

function nextYear(isoJalali: string): { jalali: string; gregorian: string } {
  const { y, m, d } = parseIso(isoJalali);
  const j = { y: y + 1, m, d: Math.min(d, jalaliMonthLength(y + 1, m)) };
  return { jalali: iso(j), gregorian: iso(jalaliToGregorian(j)) };
}

export function forwardOf(date: DateValue, meeting: DateValue | null): DateValue {
  if (!meeting || !date.yearInferred || date.calendar !== 'jalali' || date.jalali.to >= meeting.jalali.from)
    return date;
  const from = nextYear(date.jalali.from);
  const to = nextYear(date.jalali.to);
  return {
    ...date,
    jalali: { from: from.jalali, to: to.jalali },
    gregorian: { from: from.gregorian, to: to.gregorian },
  };
}
