/**
 * The PDF's bytes. jsPDF's own Flate filter compresses each stream with fflate and then builds
 * the compressed string a character at a time, by far the slowest way; this filter compresses
 * with the same fflate call (so the bytes are the same) and builds the string in chunks. jsPDF
 * looks its filter up on its shared API object at output, so ours is swapped in for this one
 * synchronous call only. (node:zlib would compress three times faster, but the app, which has
 * no zlib, and the command line must write the same bytes.)
 */
import { jsPDF } from 'jspdf';
import { zlibSync } from 'fflate';

interface Filters {
  processDataByFilters(data: string, filters: string | readonly string[] | undefined): { data: string; reverseChain: string };
}

const CHUNK = 0x4000;

function bytesOf(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

function binaryString(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += CHUNK) parts.push(String.fromCharCode(...bytes.subarray(i, i + CHUNK)));
  return parts.join('');
}

const isFlate = (f: string): boolean => f === 'FlateEncode' || f === '/FlateEncode';

export function pdfBytes(doc: jsPDF): Uint8Array {
  const api = jsPDF.API as unknown as Filters;
  const own = api.processDataByFilters;
  api.processDataByFilters = (data, filters) => {
    const list = typeof filters === 'string' ? [filters] : filters ?? [];
    if (list.length !== 1 || !isFlate(list[0]!)) return own(data, filters);
    return { data: binaryString(zlibSync(bytesOf(data))), reverseChain: '/FlateDecode' };
  };
  try {
    return new Uint8Array(doc.output('arraybuffer'));
  } finally {
    api.processDataByFilters = own;
  }
}
