// The reader's settings (the options page keeps them in storage.sync): a colour
// per category, which categories are painted, and whether highlights are
// backgrounds or underlines. The page's stylesheet is generated from them here,
// for the extension (scripting.insertCSS, which the page's CSP does not govern),
// the options page's preview and the demo. Each category differs by more than
// colour: each has its own underline style.

/** The categories a reader can colour and show, in panel order. */
export const CATEGORIES = ['quote', 'reported', 'speaker', 'cue', 'link', 'claim'];

/** Okabe-Ito colours: told apart with the common forms of colour blindness. */
export const DEFAULTS = Object.freeze({
  colors: Object.freeze({
    quote: '#f0e442',
    reported: '#cc79a7',
    speaker: '#009e73',
    cue: '#d55e00',
    link: '#0072b2',
    claim: '#999999',
  }),
  // Unbacked claims are shown only when the reader asks, in the panel.
  show: Object.freeze({ quote: true, reported: true, speaker: true, cue: true, link: true, claim: false }),
  style: 'background',
});

/** Each category's underline, the same in both styles: colour is never the only difference. */
export const LINES = {
  quote: 'underline solid',
  reported: 'underline dashed',
  speaker: 'underline overline solid',
  cue: 'underline dotted',
  link: 'underline double',
  claim: 'underline wavy',
};

const HEX = /^#[0-9a-f]{6}$/i;

/** Settings from storage made whole and safe: unknown keys dropped, bad colours replaced. */
export function normalize(raw) {
  const s = raw && typeof raw === 'object' ? raw : {};
  const colors = {};
  const show = {};
  for (const c of CATEGORIES) {
    const color = s.colors?.[c];
    colors[c] = typeof color === 'string' && HEX.test(color) ? color.toLowerCase() : DEFAULTS.colors[c];
    show[c] = typeof s.show?.[c] === 'boolean' ? s.show[c] : DEFAULTS.show[c];
  }
  return { colors, show, style: s.style === 'underline' ? 'underline' : 'background' };
}

const rgb = (hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(' ');

/** The CSS declarations for one category's highlight. */
export function declarations(settings, category) {
  const color = settings.colors[category];
  const line = `text-decoration: ${LINES[category]} ${color} 2px;`;
  if (settings.style === 'underline' || category === 'reported' || category === 'cue' || category === 'claim') {
    return category === 'quote' && settings.style === 'underline' ? `text-decoration: ${LINES.quote} ${color} 3px;` : line;
  }
  const alpha = category === 'quote' ? 0.45 : 0.25;
  const background = `background-color: rgb(${rgb(color)} / ${alpha});`;
  return category === 'quote' ? background : `${background} ${line}`;
}

/** The cascade layer that holds WhoSaid's rules in Chromium (see `highlightCss`). */
const LAYER = 'whosaid';

/**
 * The page stylesheet for `settings` (only colours and decorations apply to ::highlight).
 * Every declaration is `!important`, so that a page cannot restyle WhoSaid's highlights away:
 * Firefox takes the sheet as a user style sheet, whose important declarations win over any of
 * the page's; Chromium paints no highlight from a user style sheet (measured: Chromium 156), so
 * there it is an author sheet whose rules sit in a cascade layer (`layered`): an important
 * declaration in a layer wins over every important one outside layers, whatever its selector,
 * so a page's own `::highlight(whosaid-…)` rules lose unless the page puts them in a layer of
 * its own. The selectors stay bare `::highlight(…)`: a highlight rule with anything more (the
 * three ids this sheet used to weigh its rules with) makes Chromium work out every element's
 * highlight style when the sheet goes in, 4–5 s on a page of 180,000 paragraphs against
 * ~0.9 s (docs/performance.md, "The stylesheet on a huge page").
 * @param {object} settings
 * @param {{layered?: boolean}} [options]
 */
export function highlightCss(settings = DEFAULTS, { layered = false } = {}) {
  const s = normalize(settings);
  const important = (declarations) => declarations.replace(/;/g, ' !important;');
  const rules = CATEGORIES.map((c) => `::highlight(whosaid-${c}) { ${important(declarations(s, c))} }`);
  rules.push(`::highlight(whosaid-focus) { ${important('background-color: rgb(230 159 0 / 0.6);')} }`);
  const body = rules.join('\n');
  return `/* WhoSaid highlights */\n${layered ? `@layer ${LAYER} {\n${body}\n}` : body}\n`;
}

/** What each category is called in exports (English, stable). */
export const CATEGORY_NAMES = {
  quote: 'quotation',
  reported: 'reported speech',
  speaker: 'speaker',
  cue: 'cue',
  link: 'source link',
  claim: 'unbacked claim',
};

/** The style a reader chose, as exports record it: name, colour, decoration, shown. */
export function styleRecord(settings, shown = settings.show) {
  const s = normalize(settings);
  return Object.fromEntries(
    CATEGORIES.map((c) => [c, { label: CATEGORY_NAMES[c], color: s.colors[c], decoration: LINES[c], style: s.style, shown: Boolean(shown[c]) }]),
  );
}

/** Reads the settings (storage.sync); the defaults when storage cannot be read. */
export async function loadSettings(api) {
  try {
    const { settings } = await api.storage.sync.get('settings');
    return normalize(settings);
  } catch {
    return normalize(null);
  }
}
