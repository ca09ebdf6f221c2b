/**
 * A small, strict XML parser for tests (Node has no DOMParser and we add no dependencies).
 *
 * Supports what add-in manifests use: the XML declaration and other processing instructions,
 * comments, CDATA, elements with single- or double-quoted attributes, self-closing tags,
 * text, the five predefined entities and numeric character references.
 * Rejects DOCTYPE (and so custom entities), mismatched or unclosed tags, duplicate attributes,
 * stray markup characters and content outside the single root element, with a line:column.
 * Namespaces are not resolved: names keep their prefix ("bt:Image"), xmlns* stay attributes.
 */

export interface XmlElement {
  type: "element";
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  line: number;
  column: number;
}

export interface XmlText {
  type: "text";
  value: string;
}

export interface XmlComment {
  type: "comment";
  value: string;
}

export type XmlNode = XmlElement | XmlText | XmlComment;

export interface XmlDocument {
  declaration?: Record<string, string>;
  root: XmlElement;
  /** Comments found before or after the root element. */
  comments: string[];
}

export class XmlParseError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`${message} at ${line}:${column}`);
    this.name = "XmlParseError";
  }
}

const NAME_START = /[A-Za-z_:\u00C0-\uFFFF]/;
const NAME_CHAR = /[A-Za-z0-9_:.\-\u00B7\u00C0-\uFFFF]/;
const PREDEFINED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function parseXml(source: string): XmlDocument {
  let pos = 0;
  const text = source.startsWith("\uFEFF") ? source.slice(1) : source;

  const where = (at = pos): { line: number; column: number } => {
    let line = 1;
    let column = 1;
    for (let i = 0; i < at && i < text.length; i++) {
      if (text[i] === "\n") {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return { line, column };
  };
  const fail = (message: string, at = pos): never => {
    const { line, column } = where(at);
    throw new XmlParseError(message, line, column);
  };
  const startsWith = (s: string) => text.startsWith(s, pos);
  const expect = (s: string) => {
    if (!startsWith(s)) fail(`expected "${s}"`);
    pos += s.length;
  };
  const skipSpace = () => {
    while (pos < text.length && /\s/.test(text[pos])) pos++;
  };
  const readName = (): string => {
    const start = pos;
    if (pos >= text.length || !NAME_START.test(text[pos])) fail("expected a name");
    pos++;
    while (pos < text.length && NAME_CHAR.test(text[pos])) pos++;
    return text.slice(start, pos);
  };
  const decode = (raw: string, at: number): string =>
    raw.replace(/&([^;&\s]*);?/g, (match, body: string, offset: number) => {
      if (!match.endsWith(";")) fail("unterminated entity reference", at + offset);
      if (body in PREDEFINED) return PREDEFINED[body];
      const numeric = /^#(?:x([0-9A-Fa-f]+)|([0-9]+))$/.exec(body);
      if (numeric) {
        const code = numeric[1] !== undefined ? parseInt(numeric[1], 16) : parseInt(numeric[2], 10);
        if (code === 0 || code > 0x10ffff) fail(`invalid character reference &${body};`, at + offset);
        return String.fromCodePoint(code);
      }
      return fail(`unknown entity &${body};`, at + offset);
    });

  const readAttributes = (): Record<string, string> => {
    const attributes: Record<string, string> = {};
    for (;;) {
      const hadSpace = /\s/.test(text[pos] ?? "");
      skipSpace();
      if (pos >= text.length) fail("unexpected end of input inside a tag");
      if (startsWith("/>") || startsWith(">") || startsWith("?>")) return attributes;
      if (!hadSpace) fail("expected whitespace before attribute");
      const nameAt = pos;
      const name = readName();
      skipSpace();
      expect("=");
      skipSpace();
      const quote = text[pos];
      if (quote !== '"' && quote !== "'") fail("expected a quoted attribute value");
      const end = text.indexOf(quote, pos + 1);
      if (end < 0) fail("unterminated attribute value");
      const raw = text.slice(pos + 1, end);
      if (raw.includes("<")) fail(`"<" in value of attribute ${name}`, pos + 1 + raw.indexOf("<"));
      if (Object.prototype.hasOwnProperty.call(attributes, name)) fail(`duplicate attribute ${name}`, nameAt);
      // Attribute-value normalisation: literal whitespace characters become spaces.
      attributes[name] = decode(raw, pos + 1).replace(/[\t\n\r]/g, " ");
      pos = end + 1;
    }
  };

  const readComment = (): string => {
    expect("<!--");
    const end = text.indexOf("-->", pos);
    if (end < 0) fail("unterminated comment");
    const value = text.slice(pos, end);
    if (value.includes("--")) fail('"--" inside a comment', pos + value.indexOf("--"));
    pos = end + 3;
    return value;
  };

  const readProcessingInstruction = (): { target: string; attributes: Record<string, string> } => {
    const at = pos;
    expect("<?");
    const target = readName();
    if (target.toLowerCase() === "xml") {
      const attributes = readAttributes();
      expect("?>");
      if (at !== 0) fail("XML declaration must come first", at);
      return { target, attributes };
    }
    const end = text.indexOf("?>", pos);
    if (end < 0) fail("unterminated processing instruction");
    pos = end + 2;
    return { target, attributes: {} };
  };

  // Misc* (comments, PIs, whitespace) before or after the root.
  const readMisc = (comments: string[], onDeclaration?: (d: Record<string, string>) => void) => {
    for (;;) {
      skipSpace();
      if (startsWith("<!--")) comments.push(readComment());
      else if (startsWith("<?")) {
        const pi = readProcessingInstruction();
        if (pi.target.toLowerCase() === "xml" && onDeclaration) onDeclaration(pi.attributes);
      } else if (startsWith("<!DOCTYPE") || startsWith("<!doctype")) fail("DOCTYPE is not supported");
      else return;
    }
  };

  const readElement = (): XmlElement => {
    const at = pos;
    expect("<");
    const name = readName();
    const attributes = readAttributes();
    const { line, column } = where(at);
    const element: XmlElement = { type: "element", name, attributes, children: [], line, column };
    if (startsWith("/>")) {
      pos += 2;
      return element;
    }
    expect(">");
    for (;;) {
      if (pos >= text.length) fail(`unclosed element <${name}>`, at);
      if (startsWith("</")) {
        pos += 2;
        const closeAt = pos;
        const closing = readName();
        if (closing !== name) fail(`</${closing}> does not close <${name}> (opened at ${line}:${column})`, closeAt);
        skipSpace();
        expect(">");
        return element;
      }
      if (startsWith("<!--")) {
        element.children.push({ type: "comment", value: readComment() });
      } else if (startsWith("<![CDATA[")) {
        pos += 9;
        const end = text.indexOf("]]>", pos);
        if (end < 0) fail("unterminated CDATA section");
        pushText(element, text.slice(pos, end));
        pos = end + 3;
      } else if (startsWith("<?")) {
        readProcessingInstruction();
      } else if (startsWith("<!")) {
        fail("unsupported markup declaration");
      } else if (startsWith("<")) {
        element.children.push(readElement());
      } else {
        const start = pos;
        const next = text.indexOf("<", pos);
        const end = next < 0 ? text.length : next;
        const raw = text.slice(start, end);
        if (raw.includes("]]>")) fail('"]]>" in text', start + raw.indexOf("]]>"));
        pushText(element, decode(raw, start));
        pos = end;
      }
    }
  };

  const pushText = (element: XmlElement, value: string) => {
    const last = element.children[element.children.length - 1];
    if (last && last.type === "text") last.value += value;
    else element.children.push({ type: "text", value });
  };

  const comments: string[] = [];
  let declaration: Record<string, string> | undefined;
  readMisc(comments, (d) => (declaration = d));
  if (!startsWith("<") || startsWith("</")) fail("expected the root element");
  const root = readElement();
  readMisc(comments);
  if (pos < text.length) fail("content after the root element");
  return { declaration, root, comments };
}

/** Child elements, optionally only those with the given (prefixed) name. */
export function childElements(element: XmlElement, name?: string): XmlElement[] {
  return element.children.filter((c): c is XmlElement => c.type === "element" && (name === undefined || c.name === name));
}

/** The single child element with this name; throws if there is none or more than one. */
export function child(element: XmlElement, name: string): XmlElement {
  const found = childElements(element, name);
  if (found.length !== 1) {
    throw new Error(`<${element.name}> at ${element.line}:${element.column} has ${found.length} <${name}> children, expected 1`);
  }
  return found[0];
}

/** Follows a path of child names, e.g. path(root, "VersionOverrides", "Resources"). */
export function path(element: XmlElement, ...names: string[]): XmlElement {
  return names.reduce(child, element);
}

/** All descendant elements in document order (not including the element itself). */
export function descendants(element: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    for (const c of childElements(e)) {
      out.push(c);
      walk(c);
    }
  };
  walk(element);
  return out;
}

/** Concatenated text content of the element and its descendants (comments excluded). */
export function textContent(element: XmlElement): string {
  return element.children.map((c) => (c.type === "text" ? c.value : c.type === "element" ? textContent(c) : "")).join("");
}
