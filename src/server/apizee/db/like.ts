/** A LIKE pattern matching `text` anywhere, with LIKE's wildcards (`%`, `_`) taken literally (`ESCAPE '\'`). */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

/** A condition true when any of `columns` contains `text` (wildcards taken literally), and its arguments. */
export function anyColumnContains(columns: readonly string[], text: string): { sql: string; args: string[] } {
  const pattern = containsPattern(text);
  return {
    sql: `(${columns.map((column) => `${column} LIKE ? ESCAPE '\\'`).join(' OR ')})`,
    args: columns.map(() => pattern),
  };
}
