/** Turns zod's issues into faults a facilitator can act on: what is wrong, and where. */
import type { z } from 'zod';
import { pointer } from '../model';
import type { Fault } from './faults';

export function faultsFromIssues(issues: readonly z.core.$ZodIssue[], base: readonly (string | number)[] = []): Fault[] {
  return issues.map((issue) => {
    const path = [...base, ...(issue.path as (string | number)[])];
    return { path: pointer(...path), message: describeIssue(issue, path) };
  });
}

function describeIssue(issue: z.core.$ZodIssue, path: readonly (string | number)[]): string {
  const field = fieldName(path);
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return `${field} is required but missing`;
      if (issue.expected === 'number' && typeof input === 'number') return `${field} must be a finite number`;
      if (issue.expected === 'int' && typeof input === 'number') {
        return issue.message.startsWith('Invalid') ? `${field} must be a whole number` : `${field} ${issue.message}`;
      }
      return `${field} must be ${article(issue.expected)}, not ${describeValue(input)}`;
    case 'invalid_value': {
      const options = issue.values.map((v) => JSON.stringify(v)).join(', ');
      return issue.values.length === 1
        ? `${field} must be ${options}, not ${describeValue(input)}`
        : `${field} must be one of ${options}, not ${describeValue(input)}`;
    }
    default:
      // Our own refinements and bounds carry their full message ("is not a real calendar date …").
      return `${field} ${issue.message}`;
  }
}

function fieldName(path: readonly (string | number)[]): string {
  const last = path[path.length - 1];
  if (last === undefined) return 'The document';
  if (typeof last === 'number') return `Item ${last} of "${String(path[path.length - 2] ?? '')}"`;
  return `"${last}"`;
}

function article(type: string): string {
  if (type === 'array') return 'a list';
  if (type === 'object') return 'an object';
  if (type === 'boolean') return 'true or false';
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

export function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') return v.length > 40 ? `the text "${v.slice(0, 40)}…"` : `the text ${JSON.stringify(v)}`;
  if (typeof v === 'number') return Number.isFinite(v) ? `the number ${v}` : 'a number too large to represent';
  return String(v);
}
