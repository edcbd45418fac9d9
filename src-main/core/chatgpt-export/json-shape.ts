// Every field of an export is optional and every enum open: these readers take whatever is there
// and answer with a value of the wanted type or null, never throwing.

export type JsonObject = Record<string, unknown>;

export function asObject(value: unknown): JsonObject | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : null;
}

export function asArray(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

export function asString(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

export function asNumber(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
    return Number(value);
  return null;
}

/** Epoch seconds from a float, or from an ISO string as some nested 2025+ fields carry. */
export function asEpochSeconds(value: unknown): number | null {
  const number = asNumber(value);
  if (number !== null) return number > 1e11 ? number / 1000 : number;
  if (typeof value === 'string') {
    const parsed = Date.parse(value.replace(' ', 'T'));
    return Number.isNaN(parsed) ? null : parsed / 1000;
  }
  return null;
}

/** Every string leaf of a value, depth first, for content nobody has described yet. */
export function stringLeaves(
  value: unknown,
  skipKeys: ReadonlySet<string> = new Set(),
  out: string[] = [],
): string[] {
  if (typeof value === 'string') {
    if (value.trim() !== '') out.push(value);
  } else if (Array.isArray(value)) {
    for (const item of value) stringLeaves(item, skipKeys, out);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (!skipKeys.has(key)) stringLeaves(item, skipKeys, out);
    }
  }
  return out;
}
