import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { displayText } from '../../../src/lib/i18n/displayText.ts';
import { createEdition } from '../../../src/lib/i18n/edition.ts';
import { parseAliasTable } from '../../../src/lib/seed/index.ts';
import { realPlan } from '../../support/realPlan.ts';

const decisions = parseAliasTable(readFileSync('seeds/aliases.yaml', 'utf8'), 'seeds/aliases.yaml');
const rules = decisions.punctuation;
const shown = (text: string) => displayText(text, rules);
/** Every ASCII mark the decisions file sets full-width, from the file itself. */
const ascii = new Set([...(rules?.marks ?? []).map((m) => m.ascii), ...(rules?.brackets ?? []).flatMap((b) => [b.open, b.close])]);
const hasAsciiMark = (text: string) => [...text].some((ch) => ascii.has(ch));
/** An ASCII mark of the decisions file with a Chinese character beside it (spaces aside). */
const asciiBesideChinese = (text: string) => [...text.replace(/\s+/gu, '')].some((ch, i, all) => ascii.has(ch) && /\p{Script=Han}/u.test(`${all[i - 1] ?? ''}${all[i + 1] ?? ''}`));

describe('displayText', () => {
  it('is a decision of the decisions file, with its reason', () => {
    expect(rules?.marks.length).toBeGreaterThan(0);
    expect(rules?.why.length).toBeGreaterThan(0);
  });

  it('sets an ASCII comma between Chinese characters full-width', () => {
    expect(shown('加强金融监管,利用大数据平台,')).toBe('加强金融监管，利用大数据平台，');
  });

  it('sets semicolons, colons, question and exclamation marks beside Chinese full-width, with the spaces around them gone', () => {
    expect(shown('说明: 第一; 第二? 是!')).toBe('说明：第一；第二？是！');
  });

  it('keeps the marks of numbers: 1,000, 8:30 and 3.5 stay as they are', () => {
    expect(shown('投入1,000万元，8:30开始，增长3.5倍')).toBe('投入1,000万元，8:30开始，增长3.5倍');
  });

  it('keeps the punctuation of a Latin phrase that does not touch Chinese', () => {
    expect(shown('通过 ISO 9001, ISO 14001 认证')).toBe('通过 ISO 9001, ISO 14001 认证');
    expect(shown('Hello, world (test)')).toBe('Hello, world (test)');
  });

  it('sets a comma after Latin text full-width where Chinese follows', () => {
    expect(shown('搭建APP,推动')).toBe('搭建APP，推动');
  });

  it('sets brackets full-width when they hold Chinese or stand beside it', () => {
    expect(shown('(一)全面优化法制环境')).toBe('（一）全面优化法制环境');
    expect(shown('市支持指导部门 (含中央、省驻珠单位)')).toBe('市支持指导部门（含中央、省驻珠单位）');
    expect(shown('管理OA (Office Automation) 平台')).toBe('管理OA（Office Automation）平台');
  });

  it('handles nested brackets, each pair by its own content', () => {
    expect(shown('规划(2017(草案)版)')).toBe('规划（2017（草案）版）');
  });

  it('leaves an unmatched bracket as it stands', () => {
    expect(shown('见(附件')).toBe('见(附件');
  });

  it('returns the text unchanged when the decisions file makes no punctuation decision', () => {
    expect(displayText('加强金融监管,利用', null)).toBe('加强金融监管,利用');
  });

  it('leaves no ASCII mark beside Chinese in any measure of the real seed', () => {
    const affected = realPlan().measures.filter((m) => hasAsciiMark(m.text));
    expect(affected.length).toBeGreaterThan(0);
    expect(affected.filter((m) => asciiBesideChinese(m.text)).length).toBe(affected.length);
    expect(affected.filter((m) => asciiBesideChinese(shown(m.text))).map((m) => m.id)).toEqual([]);
  });

  it('changes nothing but punctuation and the spaces beside it', () => {
    const strip = (text: string) => text.replace(/[\s\p{P}]/gu, '');
    for (const measure of realPlan().measures) expect(strip(shown(measure.text))).toBe(strip(measure.text));
  });
});

describe('the edition’s tx', () => {
  const base = { base: '/', overrides: decisions.traditional, punctuation: rules };
  it('shows display punctuation in both editions, and the exact seed text through exact', () => {
    const simplified = createEdition({ locale: 'zh-CN', ...base });
    const traditional = createEdition({ locale: 'zh-Hant', ...base });
    expect(simplified.tx('加强金融监管,利用')).toBe('加强金融监管，利用');
    expect(traditional.tx('加强金融监管,利用')).toBe('加強金融監管，利用');
    expect(simplified.exact('加强金融监管,利用')).toBe('加强金融监管,利用');
    expect(traditional.exact('加强金融监管,利用')).toBe('加強金融監管,利用');
  });
});
