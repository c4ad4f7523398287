import { describe, expect, it } from 'vitest';
import { normaliseBase, resolveSiteAddress } from '../../../src/lib/siteAddress.ts';

const none = { configUrl: null, siteUrl: undefined, basePath: undefined };

describe('resolveSiteAddress', () => {
  it('has no address and the root base when neither the config nor SITE_URL names one', () => {
    expect(resolveSiteAddress(none)).toEqual({ home: null, base: '/', from: null });
  });

  it('takes the config url, with a trailing slash, as the home page', () => {
    expect(resolveSiteAddress({ ...none, configUrl: 'https://example.gov.cn' })).toEqual({ home: 'https://example.gov.cn/', base: '/', from: 'site.config.json' });
  });

  it('lets SITE_URL replace the config url for one build', () => {
    expect(resolveSiteAddress({ ...none, configUrl: 'https://a.example/', siteUrl: 'https://b.example/' }).home).toBe('https://b.example/');
  });

  it('reads SITE_URL set but empty as "no address", even when the config names one', () => {
    expect(resolveSiteAddress({ ...none, configUrl: 'https://a.example/', siteUrl: '' })).toEqual({ home: null, base: '/', from: null });
  });

  it('takes the base from the address sub-path when BASE_PATH is unset', () => {
    expect(resolveSiteAddress({ ...none, siteUrl: 'https://example.gov.cn/hengqin' })).toEqual({ home: 'https://example.gov.cn/hengqin/', base: '/hengqin/', from: 'SITE_URL' });
  });

  it('puts a bare host under BASE_PATH: the same site as an address with that sub-path', () => {
    expect(resolveSiteAddress({ ...none, siteUrl: 'https://example.gov.cn/', basePath: 'hengqin' })).toEqual({ home: 'https://example.gov.cn/hengqin/', base: '/hengqin/', from: 'SITE_URL' });
  });

  it('accepts a BASE_PATH that agrees with the address', () => {
    expect(resolveSiteAddress({ ...none, siteUrl: 'https://example.gov.cn/hengqin/', basePath: '/hengqin/' }).base).toBe('/hengqin/');
  });

  it('stops on a BASE_PATH that contradicts the address sub-path, naming both', () => {
    expect(() => resolveSiteAddress({ ...none, siteUrl: 'https://example.gov.cn/hengqin/', basePath: '/' })).toThrow(/but BASE_PATH is \/:/u);
    expect(() => resolveSiteAddress({ ...none, siteUrl: 'https://example.gov.cn/hengqin/', basePath: '/plan/' })).toThrow(
      'SITE_URL https://example.gov.cn/hengqin/ is served under /hengqin/, but BASE_PATH is /plan/',
    );
  });

  it('keeps BASE_PATH without an address, as before', () => {
    expect(resolveSiteAddress({ ...none, basePath: '/hengqin/' })).toEqual({ home: null, base: '/hengqin/', from: null });
  });

  it('refuses what is not an http(s) address, naming the setting', () => {
    expect(() => resolveSiteAddress({ ...none, siteUrl: 'example.gov.cn' })).toThrow(/^SITE_URL: not an http\(s\) address/u);
    expect(() => resolveSiteAddress({ ...none, configUrl: 'ftp://example.gov.cn/' })).toThrow(/^site\.config\.json: url: not an http\(s\) address/u);
    expect(() => resolveSiteAddress({ ...none, siteUrl: 'https://example.gov.cn/?a=1' })).toThrow(/takes no query/u);
  });
});

describe('normaliseBase', () => {
  it('writes a base with one slash on each side, and the root as "/"', () => {
    expect(['hengqin', '/hengqin', 'hengqin/', '//hengqin//', '', '/'].map(normaliseBase)).toEqual(['/hengqin/', '/hengqin/', '/hengqin/', '/hengqin/', '/', '/']);
  });
});
