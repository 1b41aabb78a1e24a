import { readFile } from 'node:fs/promises';
import { HarnessError } from '../errors.ts';
import { CONVENTIONAL_PREFIXES } from './namespaces.ts';
import { parseXml, type ParsedXml } from './xml-tree.ts';

/** Reads imsmanifest.xml as text (UTF-8, or UTF-16 with a byte order mark) and parses it. */
export async function readManifest(manifestPath: string): Promise<ParsedXml> {
  const bytes = await readFile(manifestPath);
  const parsed = parseXml(decode(bytes), manifestPath, CONVENTIONAL_PREFIXES);
  if (parsed.root.local !== 'manifest') {
    throw new HarnessError({
      code: 'MANIFEST_INVALID',
      file: manifestPath,
      message: `has <${parsed.root.local}> as its root element, not <manifest>`,
      hint: 'imsmanifest.xml must be an IMS content packaging manifest whose root element is <manifest>.',
    });
  }
  return parsed;
}

function decode(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return Buffer.from(bytes.subarray(2)).swap16().toString('utf16le');
  }
  const text = bytes.toString('utf8');
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}
