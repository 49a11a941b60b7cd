/** A readable id from a name: «Søgne kommune» → «sogne-kommune». Lower-case a–z, digits and hyphens, as ids and URLs use. */
export const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
