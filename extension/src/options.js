// The options page: colours per category (a colour-blind-safe palette by
// default), which categories are painted, background or underline, and the
// keyboard shortcut with the way to change it in this browser. Settings are kept
// in storage.sync; the preview paints each category's name with the very
// stylesheet the background will insert into pages.

import { api } from './lib/browser.js';
import { extensionTranslator } from './lib/i18n.js';
import { CATEGORIES, DEFAULTS, highlightCss, loadSettings, normalize } from './lib/settings.js';

const t = extensionTranslator(api);
const $ = (id) => document.getElementById(id);

document.documentElement.lang = t.lang;
for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);

let settings = await loadSettings(api);
const sheet = new CSSStyleSheet();
document.adoptedStyleSheets = [sheet];

function render() {
  const body = $('categories').tBodies[0];
  body.replaceChildren();
  for (const c of CATEGORIES) {
    const row = document.createElement('tr');
    row.dataset.category = c;
    const show = document.createElement('input');
    show.type = 'checkbox';
    show.dataset.show = c;
    show.checked = settings.show[c];
    show.disabled = c === 'claim';
    const label = document.createElement('label');
    label.append(show, t(`category_${c}`));
    const color = document.createElement('input');
    color.type = 'color';
    color.dataset.color = c;
    color.value = settings.colors[c];
    color.setAttribute('aria-label', `${t('optionsColour')}: ${t(`category_${c}`)}`);
    const sample = document.createElement('span');
    sample.className = 'sample';
    sample.textContent = t(`category_${c}`);
    const cells = [label, color, sample].map((child) => {
      const cell = document.createElement('td');
      cell.append(child);
      return cell;
    });
    row.append(...cells);
    body.append(row);
  }
  for (const radio of document.querySelectorAll('input[name="style"]')) radio.checked = radio.value === settings.style;
  preview();
}

/** Paints each sample with its category's highlight, as pages will show it. */
function preview() {
  sheet.replaceSync(highlightCss(settings));
  for (const c of CATEGORIES) {
    const text = document.querySelector(`tr[data-category="${c}"] .sample`).firstChild;
    const range = document.createRange();
    range.selectNodeContents(text);
    const highlight = new Highlight(range);
    if (settings.show[c] || c === 'claim') CSS.highlights.set(`whosaid-${c}`, highlight);
    else CSS.highlights.delete(`whosaid-${c}`);
  }
}

async function save() {
  settings = normalize(settings);
  await api.storage.sync.set({ settings });
  preview();
  $('status').textContent = t('optionsSaved');
  document.body.dataset.saved = String(Date.now());
}

document.addEventListener('change', (e) => {
  const input = e.target;
  if (input.dataset.show) settings.show[input.dataset.show] = input.checked;
  else if (input.dataset.color) settings.colors[input.dataset.color] = input.value;
  else if (input.name === 'style') settings.style = input.value;
  else return;
  save();
});
document.addEventListener('input', (e) => {
  if (!e.target.dataset.color) return;
  settings.colors[e.target.dataset.color] = e.target.value;
  preview();
});
$('reset').addEventListener('click', async () => {
  settings = normalize(DEFAULTS);
  render();
  await save();
});

// The shortcut. Firefox opens its shortcut settings itself (commands.openShortcutSettings);
// Chrome lets an extension open chrome://extensions/shortcuts in a tab.
const commands = await api.commands.getAll();
const key = commands.find((c) => c.name === '_execute_action')?.shortcut;
// (A browser may leave the suggested key unassigned: taken by another extension, or
// an extension loaded from the command line in Chromium.)
const suggested = api.runtime.getManifest().commands?._execute_action?.suggested_key?.default;
$('shortcut').replaceChildren();
if (key || suggested) {
  const [before, after] = t(key ? 'optionsShortcutIs' : 'optionsShortcutSuggested', '{KEY}').split('{KEY}');
  const kbd = document.createElement('kbd');
  kbd.textContent = key || suggested;
  $('shortcut').append(before, kbd, after ?? '');
  $('shortcut').dataset.assigned = String(Boolean(key));
} else $('shortcut').textContent = t('optionsShortcutNone');
const firefox = typeof api.commands.openShortcutSettings === 'function';
$('shortcut-how').textContent = t(firefox ? 'optionsShortcutFirefox' : 'optionsShortcutChrome');
$('shortcut-open').addEventListener('click', () => {
  if (firefox) api.commands.openShortcutSettings();
  else api.tabs.create({ url: 'chrome://extensions/shortcuts' });
});

render();
document.body.dataset.ready = 'true';
