import { describe, expect, it } from 'vitest';
import { fill } from '../../src/lib/i18n/template.ts';

describe('fill', () => {
  it('puts each value into its named slot', () => {
    expect(fill('第{id}项措施', { id: 12 })).toBe('第12项措施');
    expect(fill('{name}还有{n}项', { name: '市工商局', n: 3 })).toBe('市工商局还有3项');
  });

  it('refuses a template whose slot has no value', () => {
    expect(() => fill('第{id}项' as string, {} as Record<string, string>)).toThrow(/\{id\}/u);
  });
});
