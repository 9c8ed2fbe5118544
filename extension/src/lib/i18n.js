// The panel's and options page's words in the reader's language: the
// extension's `_locales` (through i18n.getMessage) with English as the fallback,
// which the demo uses as is. Plurals: a key has `_one` and `_other` forms, chosen
// with Intl.PluralRules; substitutions are `$1`…`$9` in the message.

import en from '../../_locales/en/messages.json' with { type: 'json' };

const fill = (message, subs) => message.replace(/\$(\d)/g, (_, i) => String(subs[i - 1] ?? ''));

/**
 * A translation function `t(key, ...subs)` with `t.n(key, count, ...subs)` for plurals.
 * @param {{getMessage?: (key: string, subs: string[]) => string, lang?: string}} [source]
 */
export function translator({ getMessage, lang = 'en' } = {}) {
  const rules = new Intl.PluralRules(lang);
  // Messages without substitutions, once looked up (a panel lists thousands of items).
  const plain = new Map();
  const t = (key, ...subs) => {
    if (!subs.length && plain.has(key)) return plain.get(key);
    const strings = subs.map(String);
    const own = getMessage?.(key, strings);
    const message = own || fill(en[key]?.message ?? key, strings);
    if (!subs.length) plain.set(key, message);
    return message;
  };
  t.n = (key, count, ...subs) => {
    const form = rules.select(count) === 'one' ? 'one' : 'other';
    return t(`${key}_${form}`, count, ...subs);
  };
  t.lang = lang;
  return t;
}

/** The extension's translator (browser UI language). */
export function extensionTranslator(api) {
  return translator({ getMessage: (key, subs) => api.i18n.getMessage(key, subs), lang: api.i18n.getUILanguage?.() ?? 'en' });
}
