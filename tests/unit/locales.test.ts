import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const dir = 'public/_locales';
const locales = readdirSync(dir);
const load = (locale: string): Messages => JSON.parse(readFileSync(`${dir}/${locale}/messages.json`, 'utf8'));
const en = load('en');

describe('_locales', () => {
  it('has English and Russian', () => {
    expect(locales).toEqual(expect.arrayContaining(['en', 'ru']));
  });

  it.each(locales)('%s: key names Chrome accepts, the same keys as English, the same placeholders', (locale) => {
    const messages = load(locale);
    for (const key of Object.keys(messages)) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of Object.entries(messages)) {
      const used = [...value.message.matchAll(/\$([A-Z_]+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();
      expect(used, `${locale}.${key}`).toEqual(Object.keys(en[key]!.placeholders ?? {}).sort());
      expect(value.message.trim().length, `${locale}.${key}`).toBeGreaterThan(0);
    }
  });

  it('every key the code asks for exists', () => {
    const sources = ['entrypoints', 'components', 'lib'].flatMap((d) =>
      readdirSync(d, { recursive: true, withFileTypes: true })
        .filter((f) => f.isFile() && /\.(ts|tsx)$/.test(f.name))
        .map((f) => readFileSync(`${f.parentPath}/${f.name}`, 'utf8')),
    );
    const asked = new Set(sources.flatMap((src) => [...src.matchAll(/\bt\('([A-Za-z0-9_]+)'/g)].map((m) => m[1]!)));
    expect(asked.size).toBeGreaterThan(5);
    for (const key of asked) expect(en, key).toHaveProperty(key);
  });
});
