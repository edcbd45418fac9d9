// Dates as a person reads them, in their own locale and time zone; day headings use the UTC day the
// archive groups by, so a day's heading and its bar on the density strip agree.

const dayFormat = new Intl.DateTimeFormat(undefined, {
  weekday: 'long',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  timeZone: 'UTC',
});
const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const monthFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', timeZone: 'UTC' });
const longMonthFormat = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: 'long',
  timeZone: 'UTC',
});
const shortMonthFormat = new Intl.DateTimeFormat(undefined, { month: 'short', timeZone: 'UTC' });
const shortDayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });

export function formatDayHeading(day: string): string {
  return dayFormat.format(new Date(`${day}T00:00:00Z`));
}

export function formatTime(iso: string | null): string {
  return iso ? timeFormat.format(new Date(iso)) : '';
}

export function formatDateTime(iso: string | null): string {
  return iso ? dateTimeFormat.format(new Date(iso)) : '';
}

/** "Apr 19, 2023, 11:25 AM – 12:00 PM": what the two ends share is said once. */
export function formatDateTimeRange(from: string | null, to: string | null): string {
  if (!from || !to || formatDateTime(from) === formatDateTime(to)) return formatDateTime(from ?? to);
  return dateTimeFormat.formatRange(new Date(from), new Date(to));
}

export function formatMonth(day: string): string {
  return monthFormat.format(new Date(`${day}T00:00:00Z`));
}

/** "March 2024" */
export function formatLongMonth(day: string): string {
  return longMonthFormat.format(new Date(`${day}T00:00:00Z`));
}

/** "Mar", for an axis. */
export function formatMonthAbbreviation(day: string): string {
  return shortMonthFormat.format(new Date(`${day}T00:00:00Z`));
}

/** "Mar 4, 2024" */
export function formatShortDay(day: string): string {
  return shortDayFormat.format(new Date(`${day}T00:00:00Z`));
}

export function formatBytes(bytes: number | null): string {
  if (bytes === null) return '';
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}
