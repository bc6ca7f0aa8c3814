// Offer a file the page made (an export, a citation) as a download.

export interface DownloadFile {
  name: string;
  text: string | Blob;
  type: string;
}

/** Offer `file` as a download: a Blob behind an object URL, clicked through a temporary link. */
export function saveDownload(file: DownloadFile): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
