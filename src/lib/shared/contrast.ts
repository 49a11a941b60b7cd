/**
 * Colour contrast as WCAG 2.1 defines it, and the theme colours the handbook derives from the
 * municipality's two accent colours. Pure functions: the config check and the theme CSS share them.
 */
export type Rgb = [number, number, number];

export const hexToRgb = (hex: string): Rgb => {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
};

export const rgbToHex = (rgb: Rgb) => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

/** Starlight's page backgrounds (`--sl-color-black`) and body text (`--sl-color-gray-2`) in each theme. */
export const THEME = {
  lys: { background: '#ffffff', text: '#353841', label: 'lyst tema' },
  mork: { background: '#17181c', text: '#c0c2c7', label: 'mørkt tema' },
} as const;
export type ThemeName = keyof typeof THEME;

const channel = (c: number) => {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};

export const luminance = ([r, g, b]: Rgb) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);

/** The contrast ratio of two hex colours, from 1 to 21. */
export function contrast(a: string, b: string): number {
  const [la, lb] = [luminance(hexToRgb(a)), luminance(hexToRgb(b))].sort((x, y) => y - x) as [number, number];
  return (la + 0.05) / (lb + 0.05);
}

/** `weight` of `a` mixed with the rest of `b`. */
export const mix = (a: string, b: string, weight: number) => {
  const [ca, cb] = [hexToRgb(a), hexToRgb(b)];
  return rgbToHex(ca.map((c, i) => c * weight + cb[i]! * (1 - weight)) as Rgb);
};

/** The three accent shades Starlight uses, per theme, from the one colour the municipality picks for it. */
export function accentShades(theme: ThemeName, accent: string) {
  const { background } = THEME[theme];
  if (theme === 'lys') return { low: mix(accent, background, 0.14), mid: accent, high: mix(accent, '#000000', 0.7) };
  return { low: mix(accent, background, 0.22), mid: mix(accent, background, 0.6), high: accent };
}

export interface ContrastPair {
  what: string;
  foreground: string;
  background: string;
  ratio: number;
}

/** Every pair of colours the handbook puts together from the accent, with its contrast ratio. */
export function accentPairs(theme: ThemeName, accent: string): ContrastPair[] {
  const { background, text, label } = THEME[theme];
  const shade = accentShades(theme, accent);
  // Links and marks use the accent on the page; buttons put the page colour on the accent.
  const pairs = [
    { what: `lenker mot bakgrunnen i ${label}`, foreground: accent, background },
    { what: `knappetekst på fargen i ${label}`, foreground: theme === 'lys' ? background : shade.low, background: accent },
    { what: `brødtekst på den lyse varianten av fargen i ${label}`, foreground: text, background: shade.low },
  ];
  return pairs.map((p) => ({ ...p, ratio: contrast(p.foreground, p.background) }));
}

/** The nearest colour, darker in the light theme and lighter in the dark one, that passes every pair. */
export function suggestAccent(theme: ThemeName, accent: string, minimum = 4.5): string | undefined {
  const towards = theme === 'lys' ? '#000000' : '#ffffff';
  for (let step = 1; step <= 20; step++) {
    const candidate = mix(towards, accent, step / 20);
    if (accentPairs(theme, candidate).every((p) => p.ratio >= minimum)) return candidate;
  }
  return undefined;
}

/** The CSS that gives Starlight the municipality's colours. */
export function themeCss(colours: { lys: string; mork: string }): string {
  const block = (theme: ThemeName) => {
    const s = accentShades(theme, colours[theme]);
    return `--sl-color-accent-low: ${s.low}; --sl-color-accent: ${s.mid}; --sl-color-accent-high: ${s.high};`;
  };
  return `:root { ${block('mork')} }\n:root[data-theme='light'] { ${block('lys')} }\n`;
}
