/**
 * A publication date as YYYY-MM-DD from what pages and feeds write: ISO 8601 (the calendar day as
 * written, whatever the offset: "2020-10-22T23:30:00-05:00" was published on the 22nd where it was written),
 * RFC 822 ("Thu, 22 Oct 2020 08:00:00 GMT") and other forms Date can read. Null when none can be read.
 */
export function toDay(value: string | null | undefined): string | null {
  if (!value) return null;
  const text = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(text) ?? /^(\d{4})(\d{2})(\d{2})(?:$|T)/.exec(text);
  if (iso) return validDay(`${iso[1]}-${iso[2]}-${iso[3]}`);
  // Read the calendar day as written (RFC 822 carries its own offset; ignore it for the same reason as ISO).
  const rfc = /^(?:\w{3},?\s+)?(\d{1,2})\s+(\w{3})\w*\s+(\d{4})/.exec(text);
  if (rfc) {
    const month = monthNumber(rfc[2]!);
    if (month > 0) return calendarDay(Number(rfc[3]), month, Number(rfc[1]));
  }
  const parsed = new Date(text);
  return Number.isNaN(parsed.getTime()) ? null : parsed.toISOString().slice(0, 10);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A month's number (1–12) from its name or abbreviation ("Oct", "Sept."), 0 when it is none. */
export function monthNumber(name: string): number {
  const word = name.toLowerCase().replace(/\.$/, '');
  const index = MONTHS.indexOf(word.slice(0, 3));
  const full = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'][index];
  return index >= 0 && (full!.startsWith(word) || word === 'sept') ? index + 1 : 0;
}

/** YYYY-MM-DD of a year, month and day, or null when that day does not exist (February 30). */
export function calendarDay(year: number, month: number, day: number): string | null {
  return validDay(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
}

function validDay(day: string): string | null {
  const d = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(day) ? day : null;
}
