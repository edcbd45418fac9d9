// What a finished ChatGPT export download looks like by name alone, and what a download still in
// progress looks like, for every major browser.

// `<64 hex>-YYYY-MM-DD-HH-MM-SS-<hex>.zip`, also as browsers rename a second copy: `… (1).zip`.
const EXPORT_ZIP = /^[0-9a-f]{64}-\d{4}-\d{2}-\d{2}-\d{2}-\d{2}-\d{2}-[0-9a-f]+(?: ?\(\d+\))?\.zip$/i;
// Chrome/Edge .crdownload, Firefox .part, Safari .download, others .tmp / .partial.
const PARTIAL_DOWNLOAD = /\.(?:crdownload|part|download|tmp|partial)$/i;

export function hasExportFileName(fileName: string): boolean {
  return EXPORT_ZIP.test(fileName);
}

export function isPartialDownload(fileName: string): boolean {
  return PARTIAL_DOWNLOAD.test(fileName);
}

export function isZipFileName(fileName: string): boolean {
  return /\.zip$/i.test(fileName);
}
