import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Entry = { message: string; description?: string; placeholders?: Record<string, { content: string }> };
type Messages = Record<string, Entry>;
const dir = 'public/_locales';
const load = (locale: string): Messages => JSON.parse(readFileSync(`${dir}/${locale}/messages.json`, 'utf8'));
const en = load('en');

// The UI languages the extension ships (issue: the major Binance languages, one right-to-left).
const SHIPPED = ['en', 'ru', 'es', 'pt_BR', 'tr', 'uk', 'vi', 'zh_CN', 'ar'];
// Strings that may stay as in English: names, not words.
const SAME_AS_ENGLISH = new Set<string>([]);

const FORMS = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
const pluralBases = Object.keys(en)
  .filter((k) => k.endsWith('_other'))
  .map((k) => k.slice(0, -'_other'.length));
const isPluralForm = (key: string) => pluralBases.some((b) => FORMS.some((f) => key === `${b}_${f}`));
const baseOf = (key: string) => pluralBases.find((b) => key.startsWith(`${b}_`));
const englishFor = (key: string) => (isPluralForm(key) ? `${baseOf(key)}_other` : key);

/** The plural forms a language uses for the counts the UI shows (whole numbers). */
function formsFor(lang: string): Set<string> {
  const rules = new Intl.PluralRules(lang);
  return new Set(Array.from({ length: 1001 }, (_, n) => rules.select(n)));
}

describe('_locales', () => {
  it('ships English, Russian, Spanish, Portuguese (Brazil), Turkish, Ukrainian, Vietnamese, Simplified Chinese and Arabic', () => {
    expect(readdirSync(dir).sort()).toEqual([...SHIPPED].sort());
  });

  describe.each(SHIPPED)('%s', (locale) => {
    const messages = load(locale);
    const lang = messages.lang?.message ?? '';

    it('names its own language for plural rules', () => {
      expect(lang.replace('-', '_')).toBe(locale);
      expect(new Intl.PluralRules(lang).resolvedOptions().locale.split('-')[0]).toBe(lang.split('-')[0]);
    });

    it('has every key English has, and a key Chrome accepts for each', () => {
      for (const key of Object.keys(messages)) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
      const own = Object.keys(messages).filter((k) => !isPluralForm(k));
      expect(own.sort()).toEqual(Object.keys(en).filter((k) => !isPluralForm(k)).sort());
    });

    it('has each counted string in exactly the plural forms its language needs', () => {
      const needed = formsFor(lang);
      for (const base of pluralBases) {
        const have = new Set(FORMS.filter((f) => messages[`${base}_${f}`]));
        expect(have, `${locale}: ${base}`).toEqual(needed);
      }
    });

    it('uses and declares exactly the placeholders English has, in every message', () => {
      for (const [key, value] of Object.entries(messages)) {
        const english = en[englishFor(key)]!;
        const used = [...value.message.matchAll(/\$([A-Z_]+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();
        expect(used, `${locale}.${key}`).toEqual(Object.keys(english.placeholders ?? {}).sort());
        expect(value.placeholders ?? {}, `${locale}.${key}`).toEqual(english.placeholders ?? {});
        expect(value.message.trim().length, `${locale}.${key}`).toBeGreaterThan(0);
      }
    });

    it('has a store listing of its own', () => {
      const listing = `store/listing/${locale}.md`;
      expect(existsSync(listing), listing).toBe(true);
      if (locale !== 'en') expect(readFileSync(listing, 'utf8')).not.toBe(readFileSync('store/listing/en.md', 'utf8'));
    });

    it.skipIf(locale === 'en')('leaves no English where a translation is due', () => {
      const english = new Set(Object.values(en).map((e) => e.message));
      const left = Object.entries(messages).filter(([key, value]) => key !== 'lang' && !SAME_AS_ENGLISH.has(key) && english.has(value.message));
      expect(left.map(([key]) => key)).toEqual([]);
    });
  });

  it('every key the code asks for exists', () => {
    const sources = ['entrypoints', 'components', 'lib'].flatMap((d) =>
      readdirSync(d, { recursive: true, withFileTypes: true })
        .filter((f) => f.isFile() && /\.(ts|tsx)$/.test(f.name))
        .map((f) => readFileSync(`${f.parentPath}/${f.name}`, 'utf8')),
    );
    const asked = new Set(sources.flatMap((src) => [...src.matchAll(/\bt\('([A-Za-z0-9_]+)'/g)].map((m) => m[1]!)));
    const counted = new Set(sources.flatMap((src) => [...src.matchAll(/\btn\('([A-Za-z0-9_]+)'/g)].map((m) => m[1]!)));
    expect(asked.size).toBeGreaterThan(5);
    for (const key of asked) expect(en, key).toHaveProperty(key);
    for (const key of counted) expect(en, key).toHaveProperty(`${key}_other`);
  });
});

describe('tn: counted strings by the catalogue’s own plural rules', () => {
  /** getMessage over one real catalogue, substituting $1… as Chrome does through placeholders. */
  function useCatalogue(locale: string) {
    const messages = load(locale);
    Object.assign(fakeBrowser.i18n, {
      getMessage: (key: string, subs?: string | string[]) => {
        const entry = messages[key];
        if (!entry) return '';
        const args = [subs ?? []].flat();
        return entry.message.replace(/\$([A-Z_]+)\$/g, (_, name: string) => {
          const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
          return content.replace(/\$(\d)/g, (_m, i: string) => args[Number(i) - 1] ?? '');
        });
      },
    });
  }

  it.each([
    ['ru', 1, 'Вставить 1 доверенный IP'],
    ['ru', 3, 'Вставить 3 доверенных IP'],
    ['ru', 21, 'Вставить 21 доверенный IP'],
    ['uk', 2, 'Вставити 2 довірені IP'],
    ['uk', 5, 'Вставити 5 довірених IP'],
    ['en', 1, 'Paste 1 trusted IP'],
    ['en', 4, 'Paste 4 trusted IPs'],
    ['ar', 2, 'لصق 2 عنواني IP موثوقين'],
    ['ar', 11, 'لصق 11 عنوانًا موثوقًا'],
  ])('%s, %i', async (locale, count, expected) => {
    vi.resetModules();
    useCatalogue(locale);
    const { tn } = await import('@/lib/i18n');
    expect(tn('guidePasteButton', count)).toBe(expected);
  });
});
