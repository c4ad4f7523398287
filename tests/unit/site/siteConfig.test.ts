import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSiteConfig, placeholderFields, readerContact, readerPublisherUrl } from '../../../src/lib/site/siteConfig.ts';

const config = parseSiteConfig(JSON.parse(readFileSync('site.config.json', 'utf8')));
const withEmail = (email: string) => ({ ...config, contact: { ...config.contact, email } });

describe('placeholders in the site config', () => {
  it('finds an address in a domain reserved for examples and shows readers no contact for it', () => {
    for (const email of ['someone@example.org', 'a@example.com', 'a@mail.example', 'a@host.test', 'a@x.invalid']) {
      expect(placeholderFields(withEmail(email))).toEqual([`contact.email: ${email}`]);
      expect(readerContact(withEmail(email))).toBeNull();
    }
  });

  it('shows a real address as it is', () => {
    const real = withEmail('office@hengqin.gov.cn');
    expect(placeholderFields(real)).toEqual([]);
    expect(readerContact(real)?.email).toBe('office@hengqin.gov.cn');
  });

  it('treats a publisher site in an example domain the same way', () => {
    const placeholder = { ...config, publisher: { ...config.publisher, url: 'https://www.example.org/' } };
    expect(placeholderFields(placeholder)).toContain('publisher.url: https://www.example.org/');
    expect(readerPublisherUrl(placeholder)).toBeNull();
    expect(readerPublisherUrl({ ...config, publisher: { ...config.publisher, url: 'https://www.hengqin.gov.cn/' } })).toBe('https://www.hengqin.gov.cn/');
  });
});
