/** Saves a file the page made (a CSV, a chart's PNG) through a temporary link. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; the URL can go.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
