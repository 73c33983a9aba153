/** A LIKE pattern matching `text` anywhere, with LIKE's wildcards (`%`, `_`) taken literally (`ESCAPE '\'`). */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}
