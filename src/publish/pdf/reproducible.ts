/**
 * Makes Chromium's PDF depend on the content only, so the same version printed on any machine, at
 * any time, gives the same bytes:
 * - /CreationDate and /ModDate (the time of printing) become the version's update date, midnight;
 * - structure element ids of the tagged PDF (`node00000227`, from the browser's DOM node counter,
 *   which can shift between prints) are renumbered in order of first appearance, the same way at
 *   every reference.
 * Every replacement keeps its byte count: the cross-reference table holds byte offsets.
 */
export function reproduciblePdf(pdf: Buffer, date: string): Buffer {
  const stamp = `D:${date.replaceAll('-', '')}000000`;
  const ids = new Map<string, string>();
  const text = pdf
    .toString('latin1')
    .replace(/\/(CreationDate|ModDate) \(D:\d{14}/g, (_, key: string) => `/${key} (${stamp}`)
    .replace(/\(node(\d{8})\)/g, (_, id: string) => {
      let renumbered = ids.get(id);
      if (!renumbered) ids.set(id, (renumbered = String(ids.size + 1).padStart(8, '0')));
      return `(node${renumbered})`;
    });
  return Buffer.from(text, 'latin1');
}
