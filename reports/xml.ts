/**
 * XML text and attribute escaping. Content can put any string in a trace (a SetValue of "\u0001"),
 * and XML 1.0 cannot carry control characters even as references, so those become visible
 * `\uXXXX` text instead of an unparseable report.
 */

function isXmlChar(cp: number): boolean {
  return (
    cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    cp >= 0x10000
  );
}

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // Attribute values are whitespace-normalized by parsers; references keep line breaks and tabs.
  '\n': '&#10;',
  '\r': '&#13;',
  '\t': '&#9;',
};

function escape(value: string, special: RegExp): string {
  let out = '';
  for (const ch of value) {
    const cp = ch.codePointAt(0)!;
    if (!isXmlChar(cp)) out += `\\u${cp.toString(16).padStart(4, '0')}`;
    else if (special.test(ch)) out += entities[ch];
    else out += ch;
  }
  return out;
}

export function xmlText(value: string): string {
  // \r would be normalized away by a parser; keep it as a reference.
  return escape(value, /[&<>\r]/);
}

export function xmlAttr(value: string): string {
  return escape(value, /[&<>"'\n\r\t]/);
}

/** An element with escaped attributes (undefined ones left out) and already-escaped content. */
export function element(
  name: string,
  attrs: Record<string, string | number | undefined>,
  content?: string,
): string {
  const attributes = Object.entries(attrs)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([k, v]) => ` ${k}="${xmlAttr(String(v))}"`)
    .join('');
  return content === undefined
    ? `<${name}${attributes}/>`
    : `<${name}${attributes}>${content}</${name}>`;
}
