// The renderer and every other caller are untrusted: each ArchiveApi input is checked here, at the
// door, before the archive sees it. Parsers return a clean value or throw AppError('invalid-input').

import { AppError } from './app-error.js';
import { isArtifactKind, type ArtifactKind } from '../model/artifact.js';

export type RawInput = unknown;

function invalid(message: string): never {
  throw new AppError('invalid-input', message);
}

export function asRecord(raw: RawInput, what: string): Record<string, unknown> {
  if (raw === undefined || raw === null) return {};
  if (typeof raw !== 'object' || Array.isArray(raw)) invalid(`${what} must be an object`);
  return raw as Record<string, unknown>;
}

export function requiredString(record: Record<string, unknown>, key: string, maxLength = 4096): string {
  const value = record[key];
  if (typeof value !== 'string' || value.length === 0) invalid(`"${key}" must be a non-empty string`);
  if (value.length > maxLength) invalid(`"${key}" is longer than ${maxLength} characters`);
  return value;
}

export function optionalString(
  record: Record<string, unknown>,
  key: string,
  maxLength = 4096,
): string | undefined {
  const value = record[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') invalid(`"${key}" must be a string`);
  if (value.length > maxLength) invalid(`"${key}" is longer than ${maxLength} characters`);
  return value;
}

export function optionalCount(
  record: Record<string, unknown>,
  key: string,
  { min, max }: { min: number; max: number },
): number | undefined {
  const value = record[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    invalid(`"${key}" must be a whole number from ${min} to ${max}`);
  }
  return value;
}

export function optionalBoolean(record: Record<string, unknown>, key: string): boolean | undefined {
  const value = record[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') invalid(`"${key}" must be true or false`);
  return value;
}

export function optionalIsoTime(record: Record<string, unknown>, key: string): string | undefined {
  const value = optionalString(record, key, 64);
  if (value === undefined) return undefined;
  if (Number.isNaN(Date.parse(value))) invalid(`"${key}" must be an ISO-8601 date or time, got "${value}"`);
  return value;
}

export function optionalArtifactKind(record: Record<string, unknown>, key: string): ArtifactKind | undefined {
  const value = optionalString(record, key, 64);
  if (value === undefined) return undefined;
  if (!isArtifactKind(value)) invalid(`"${key}" is not an artifact kind: "${value}"`);
  return value;
}
