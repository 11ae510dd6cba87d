/**
 * A small, safe reader and writer for the flat XML WeChat speaks (`<xml><ToUserName><![CDATA[…]]>…`).
 * No DTDs, no custom entities, no attributes, no processing instructions past the declaration,
 * a size limit and a depth limit: anything else is refused as a value, never thrown.
 *
 *   parseWeChatXml('<xml><MsgType><![CDATA[text]]></MsgType></xml>')
 *   // { ok: true, value: { MsgType: 'text' } }
 *   buildWeChatXml({ Encrypt: 'abc', TimeStamp: 1409304348 }) // '<xml><Encrypt><![CDATA[abc]]></Encrypt>…'
 */

export type XmlValue = string | XmlElement;
export interface XmlElement {
  [name: string]: XmlValue;
}

export type XmlParseOutcome =
  | { ok: true; value: XmlElement }
  | { ok: false; reason: 'too_large' | 'dtd_forbidden' | 'entity_forbidden' | 'too_deep' | 'malformed'; at: number };

export interface XmlLimits {
  /** Largest accepted document, in UTF-8 bytes. */
  maxBytes: number;
  /** Deepest element nesting below the root. */
  maxDepth: number;
}

export const DEFAULT_XML_LIMITS: XmlLimits = { maxBytes: 32 * 1024, maxDepth: 4 };

const NAME = /[A-Za-z_][\w.-]*/y;
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

class XmlError extends Error {
  constructor(
    readonly reason: Exclude<XmlParseOutcome, { ok: true }>['reason'],
    readonly at: number,
  ) {
    super(reason);
  }
}

class Reader {
  pos = 0;
  constructor(
    readonly src: string,
    readonly maxDepth: number,
  ) {}

  fail(reason: XmlError['reason']): never {
    throw new XmlError(reason, this.pos);
  }

  skipSpace(): void {
    while (this.pos < this.src.length && /\s/.test(this.src[this.pos] ?? '')) this.pos++;
  }

  expect(literal: string): void {
    if (!this.src.startsWith(literal, this.pos)) this.fail('malformed');
    this.pos += literal.length;
  }

  name(): string {
    NAME.lastIndex = this.pos;
    const m = NAME.exec(this.src);
    if (!m) this.fail('malformed');
    this.pos += m[0].length;
    return m[0];
  }

  /** Reads `<Name>…</Name>` (or `<Name/>`) starting at '<'. */
  element(depth: number): [string, XmlValue] {
    if (depth > this.maxDepth) this.fail('too_deep');
    this.expect('<');
    const name = this.name();
    this.skipSpace();
    if (this.src.startsWith('/>', this.pos)) {
      this.pos += 2;
      return [name, ''];
    }
    this.expect('>');
    const value = this.content(depth);
    this.expect('</');
    if (this.name() !== name) this.fail('malformed');
    this.skipSpace();
    this.expect('>');
    return [name, value];
  }

  content(depth: number): XmlValue {
    let text = '';
    let children: XmlElement | undefined;
    for (;;) {
      if (this.pos >= this.src.length) this.fail('malformed');
      if (this.src.startsWith('<![CDATA[', this.pos)) {
        const end = this.src.indexOf(']]>', this.pos + 9);
        if (end < 0) this.fail('malformed');
        text += this.src.slice(this.pos + 9, end);
        this.pos = end + 3;
      } else if (this.src.startsWith('</', this.pos)) {
        break;
      } else if (this.src.startsWith('<!', this.pos)) {
        this.fail(/^<!(DOCTYPE|ENTITY|ELEMENT|ATTLIST)/i.test(this.src.slice(this.pos, this.pos + 10)) ? 'dtd_forbidden' : 'malformed');
      } else if (this.src.startsWith('<?', this.pos)) {
        this.fail('malformed');
      } else if (this.src[this.pos] === '<') {
        const [childName, childValue] = this.element(depth + 1);
        children ??= {};
        // The first occurrence wins; WeChat's inbound messages never repeat a tag that matters here.
        // defineProperty, so a tag named __proto__ is data, never a prototype change.
        if (!Object.hasOwn(children, childName)) {
          Object.defineProperty(children, childName, { value: childValue, enumerable: true, writable: true, configurable: true });
        }
      } else {
        const next = this.src.indexOf('<', this.pos);
        if (next < 0) this.fail('malformed');
        text += this.decode(this.src.slice(this.pos, next));
        this.pos = next;
      }
    }
    if (children === undefined) return text;
    if (text.trim() !== '') this.fail('malformed');
    return children;
  }

  decode(raw: string): string {
    return raw.replace(/&([^;&\s]{0,10});?/g, (match, ref: string) => {
      if (!match.endsWith(';')) this.fail('entity_forbidden');
      const predefined = PREDEFINED[ref];
      if (predefined !== undefined) return predefined;
      const numeric = /^#(x[0-9a-fA-F]{1,6}|[0-9]{1,7})$/.exec(ref);
      const code = numeric ? Number.parseInt(ref.startsWith('#x') ? ref.slice(2) : ref.slice(1), ref.startsWith('#x') ? 16 : 10) : NaN;
      if (!Number.isFinite(code) || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) this.fail('entity_forbidden');
      return String.fromCodePoint(code);
    });
  }
}

/** Parses a WeChat XML document (root element of any name, usually `xml`) into its children. */
export function parseWeChatXml(input: string | Buffer, limits: XmlLimits = DEFAULT_XML_LIMITS): XmlParseOutcome {
  const bytes = typeof input === 'string' ? Buffer.byteLength(input, 'utf8') : input.length;
  if (bytes > limits.maxBytes) return { ok: false, reason: 'too_large', at: 0 };
  const src = (typeof input === 'string' ? input : input.toString('utf8')).replace(/^\uFEFF/, '');
  const reader = new Reader(src, limits.maxDepth);
  try {
    reader.skipSpace();
    if (src.startsWith('<?xml', reader.pos)) {
      const end = src.indexOf('?>', reader.pos);
      if (end < 0) reader.fail('malformed');
      reader.pos = end + 2;
      reader.skipSpace();
    }
    if (src.startsWith('<!', reader.pos)) reader.fail('dtd_forbidden');
    const [, value] = reader.element(0);
    reader.skipSpace();
    if (reader.pos !== src.length) reader.fail('malformed');
    return { ok: true, value: typeof value === 'string' ? {} : value };
  } catch (error) {
    if (error instanceof XmlError) return { ok: false, reason: error.reason, at: error.at };
    throw error;
  }
}

/** A child's text, or undefined when it is missing or is itself an element. */
export function xmlText(element: XmlElement, name: string): string | undefined {
  const value = element[name];
  return typeof value === 'string' ? value : undefined;
}

export type XmlBuildValue = string | number | { [name: string]: XmlBuildValue };

function cdata(text: string): string {
  return `<![CDATA[${text.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
}

function buildChildren(fields: { [name: string]: XmlBuildValue }): string {
  let out = '';
  for (const [name, value] of Object.entries(fields)) {
    if (!/^[A-Za-z_][\w.-]*$/.test(name)) throw new Error(`not an XML element name: ${name}`);
    const inner = typeof value === 'number' ? String(value) : typeof value === 'string' ? cdata(value) : buildChildren(value);
    out += `<${name}>${inner}</${name}>`;
  }
  return out;
}

/** Builds `<xml>…</xml>`: strings as CDATA, numbers bare, objects as nested elements. */
export function buildWeChatXml(fields: { [name: string]: XmlBuildValue }): string {
  return `<xml>${buildChildren(fields)}</xml>`;
}
