/**
 * Saves text as a file through a Blob URL and a temporary link: no "downloads" permission and no
 * network. The URL is revoked a little later, once the browser has started the download.
 * @example downloadText('backup.json', '{}', 'application/json');
 */
export function downloadText(filename: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
