/**
 * Keys that could poison objects once a workbook is merged or spread into others.
 * JSON.parse makes them plain own properties, which is harmless here, but code downstream
 * (spreads, merges, other readers of the file) is not obliged to be careful, so they are refused.
 */
import { pointer } from '../model';
import type { Fault } from './faults';

const UNSAFE = new Set(['__proto__', 'constructor', 'prototype']);

interface Visit { readonly v: unknown; readonly parent: number; readonly key: string | number }

/**
 * Walks the whole parsed document without recursion (arbitrary JSON may nest deeper than the
 * call stack) and without copying paths (a 1 MB workbook has ~100,000 values): each visit
 * remembers its parent, and a path is only rebuilt for a fault.
 */
export function findUnsafeKeys(value: unknown): Fault[] {
  const faults: Fault[] = [];
  const visits: Visit[] = [{ v: value, parent: -1, key: '' }];
  const pending: number[] = [0];
  while (pending.length > 0) {
    const at = pending.pop()!;
    const v = visits[at]!.v;
    if (v === null || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        if (v[i] !== null && typeof v[i] === 'object') pending.push(visits.push({ v: v[i], parent: at, key: i }) - 1);
      }
      continue;
    }
    for (const k of Object.keys(v)) {
      const child = (v as Record<string, unknown>)[k];
      if (UNSAFE.has(k)) {
        faults.push({ path: pointer(...pathOf(visits, at), k), message: `The key "${k}" is not allowed: it could poison objects in the programs that read this file` });
      } else if (child !== null && typeof child === 'object') {
        pending.push(visits.push({ v: child, parent: at, key: k }) - 1);
      }
    }
  }
  return faults.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function pathOf(visits: readonly Visit[], at: number): (string | number)[] {
  const path: (string | number)[] = [];
  for (let i = at; i > 0; i = visits[i]!.parent) path.push(visits[i]!.key);
  return path.reverse();
}
