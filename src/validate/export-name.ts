/** `data-items.schema.json` → `dataItems`: the export name of its generated validator. */
export function exportName(schema: string): string {
  return schema.replace('.schema.json', '').replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}
