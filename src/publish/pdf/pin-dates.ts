/**
 * Chromium stamps a PDF with the time it was printed (/CreationDate, /ModDate), so the same version
 * printed twice differs in those bytes. Pins both to the version's update date, at midnight UTC,
 * keeping every byte count (the cross-reference table holds byte offsets), so the same sources give
 * the same PDF on any machine, at any time.
 */
export function pinPdfDates(pdf: Buffer, date: string): Buffer {
  const stamp = `D:${date.replaceAll('-', '')}000000`;
  const text = pdf.toString('latin1');
  const pinned = text.replace(/\/(CreationDate|ModDate) \(D:\d{14}/g, (_, key: string) => `/${key} (${stamp}`);
  return Buffer.from(pinned, 'latin1');
}
