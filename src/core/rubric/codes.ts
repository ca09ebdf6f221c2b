/** Dotted criterion codes ("3", "3.2", "3.2.1"): the tree is in the codes themselves. */

/** The code one level up ("3.2" for "3.2.1"), or undefined for an area's code. */
export function parentCode(code: string): string | undefined {
  const dot = code.lastIndexOf(".");
  return dot === -1 ? undefined : code.slice(0, dot);
}

/** True when `code` lies below `ancestor` at any depth ("3.2.1" below "3" and "3.2", not "3.20"). */
export function isDescendantCode(code: string, ancestor: string): boolean {
  return code.length > ancestor.length && code.charCodeAt(ancestor.length) === 46 /* "." */ && code.startsWith(ancestor);
}
