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

/**
 * A selector part that matches every element and weighs three ids: rules with it win over a
 * page's own `::highlight(whosaid-…)` rules, important ones included, unless the page writes
 * heavier ones still (see `highlightCss`).
 */
const HEAVY = ':not(#whosaid-0):not(#whosaid-1):not(#whosaid-2)';

/**
 * The page stylesheet for `settings` (only colours and decorations apply to ::highlight).
 * Every declaration is `!important`, so that a page cannot restyle WhoSaid's highlights away:
 * Firefox takes the sheet as a user style sheet, whose important declarations win over any of
 * the page's; Chromium paints no highlight from a user style sheet (measured: Chromium 156), so
 * there it is an author sheet whose rules are made heavier (`heavy`, three ids) than a page's.
 * @param {object} settings
 * @param {{heavy?: boolean}} [options]
 */
export function highlightCss(settings = DEFAULTS, { heavy = false } = {}) {
  const s = normalize(settings);
  const at = heavy ? HEAVY : '';
  const important = (declarations) => declarations.replace(/;/g, ' !important;');
  const rules = CATEGORIES.map((c) => `${at}::highlight(whosaid-${c}) { ${important(declarations(s, c))} }`);
  rules.push(`${at}::highlight(whosaid-focus) { ${important('background-color: rgb(230 159 0 / 0.6);')} }`);
  return `/* WhoSaid highlights */\n${rules.join('\n')}\n`;
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
