/**
 * Release bookkeeping that must stay in step: the manifest version is package.json's (WXT copies
 * it; wxt.config.ts must not set its own), the changelog's newest entry is that version, the
 * listing's short description is the shipped one and fits the stores' 132 characters, and the
 * privacy policy matches the README and the Firefox manifest's data declaration.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const pkg = JSON.parse(read('package.json')) as { version: string };

describe('release', () => {
  it('takes the manifest version from package.json (wxt.config.ts sets none)', () => {
    expect(read('wxt.config.ts')).not.toMatch(/\bversion(?:_name)?\s*:/);
    for (const dir of ['.output/chrome-mv3', '.output/firefox-mv2']) {
      const manifest = join(ROOT, dir, 'manifest.json');
      if (existsSync(manifest)) expect(JSON.parse(readFileSync(manifest, 'utf8')).version).toBe(pkg.version);
    }
  });

  it('has a changelog entry for the current version on top', () => {
    const first = /^## (\d+\.\d+\.\d+)/m.exec(read('CHANGELOG.md'));
    expect(first?.[1]).toBe(pkg.version);
  });

  it('lists the shipped short description, within 132 characters', () => {
    const short = /<!-- short:start -->\n([\s\S]*?)\n<!-- short:end -->/.exec(read('store/listing.md'))?.[1]?.trim() ?? '';
    const en = JSON.parse(read('locales/en.json')) as { ext: { description: string } };
    expect(short).toBe(en.ext.description);
    expect(short.length).toBeLessThanOrEqual(132);
  });

  it('keeps every shipped description within the stores’ 132 characters', () => {
    for (const file of ['es', 'pt_BR', 'fr', 'de', 'it', 'pl', 'tr', 'ru', 'uk', 'ar', 'ur', 'hi', 'bn', 'id', 'fil', 'vi', 'zh_CN']) {
      const locale = JSON.parse(read(`locales/${file}.json`)) as { ext: { description: string } };
      expect(locale.ext.description.length, file).toBeLessThanOrEqual(132);
    }
  });

  it('states in PRIVACY.md what the README and the Firefox manifest say', () => {
    const privacy = read('PRIVACY.md');
    expect(read('wxt.config.ts')).toMatch(/data_collection_permissions:\s*\{\s*required:\s*\['none'\]\s*\}/);
    expect(privacy).toContain("data_collection_permissions: { required: ['none'] }");
    const readme = read('README.md');
    expect(readme).toContain('PRIVACY.md');
    for (const phrase of ['no network requests of any kind', 'loads no remote code', 'never stored or sent anywhere', '`storage.local`', 'welcome page was shown']) {
      expect(privacy, phrase).toContain(phrase);
      expect(readme, phrase).toContain(phrase);
    }
  });
});
