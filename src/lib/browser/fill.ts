/**
 * Fills `{{name}}` placeholders in an interface string, the way Starlight's i18next does on the
 * server. For the in-page scripts, which get their strings as templates in a JSON block.
 */
export function fill(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
