// ChatGPT stores times as float epoch seconds; the archive's public face speaks ISO-8601 in UTC.

export function epochSecondsToIso(seconds: number | null | undefined): string | null {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds)) return null;
  const date = new Date(Math.round(seconds * 1000));
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

export function isoToEpochSeconds(iso: string): number {
  return Date.parse(iso) / 1000;
}
