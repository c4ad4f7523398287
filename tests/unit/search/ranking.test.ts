/** Browser-side search logic: match tiers, excerpts, URL state and the filters sent to Pagefind. */
import { describe, expect, it } from 'vitest';
import { highlightExcerpt } from '../../../src/lib/search/highlightExcerpt.ts';
import { matchTier, type MatchablePage } from '../../../src/lib/search/matchTier.ts';
import { pagefindFilters } from '../../../src/lib/search/pagefindFilters.ts';
import { readSearchState, writeSearchState } from '../../../src/lib/search/searchState.ts';

const department = (names: string, title: string, content = ''): MatchablePage => ({ content, meta: { title, name: names } });
const measure = (terms: string, content: string): MatchablePage => ({ content, meta: { title: '第1项措施', terms } });

describe('matchTier', () => {
  const hengqin = department('横琴工商局 橫琴工商局 hengqingongshangju hqgsj', '横琴工商局', '横琴工商局. 牵头7项措施');

  it('puts a page whose whole name is the query, in any script or as initials, in tier 0', () => {
    expect(matchTier('横琴工商局', hengqin)).toBe(0);
    expect(matchTier('橫琴工商局', hengqin)).toBe(0);
    expect(matchTier('HQGSJ', hengqin)).toBe(0);
  });

  it('puts a page whose name contains the query in tier 1', () => {
    expect(matchTier('工商局', hengqin)).toBe(1);
    expect(matchTier('gongshang', hengqin)).toBe(1);
    expect(matchTier('横琴 工商', hengqin)).toBe(1);
  });

  it('puts a measure whose own words hold the query in tier 2, before one that only lists it', () => {
    const own = measure('深化 证 照 分离 改革 深化 證 照 分離 改革', '第14项措施. 深化“证照分离”改革');
    const lists = measure('探索 商事 登记', '第13项措施. 探索商事登记. 同一牵头部门的其他措施. 深化“证照分离”改革');
    expect(matchTier('证照分离', own)).toBe(2);
    expect(matchTier('證照分離', own)).toBe(2);
    expect(matchTier('证照分离', lists)).toBe(3);
  });

  it('puts a page that has the query’s words only apart in tier 4', () => {
    const apart = measure('工商 部门 市场 监管局', '区商务局会同工商部门推进，市场监管局负责。');
    expect(matchTier('工商局', apart)).toBe(4);
  });

  it('ignores punctuation and case in query and page alike', () => {
    expect(matchTier('市“两建”办', department('市两建办', '市“两建”办'))).toBe(0);
  });
});

describe('highlightExcerpt', () => {
  it('marks every occurrence of the query around its first one', () => {
    const pieces = highlightExcerpt('建立跨境联合调解机制，制订调解规则。', '调解', 60)!;
    expect(pieces.filter((p) => p.mark).map((p) => p.text)).toEqual(['调解', '调解']);
    expect(pieces.map((p) => p.text).join('')).toBe('建立跨境联合调解机制，制订调解规则。');
  });

  it('shows an ellipsis where it cuts the text', () => {
    const text = `${'前'.repeat(100)}目标${'后'.repeat(100)}`;
    const pieces = highlightExcerpt(text, '目标', 20)!;
    const joined = pieces.map((p) => p.text).join('');
    expect(joined.startsWith('…')).toBe(true);
    expect(joined.endsWith('…')).toBe(true);
    expect(joined.length).toBeLessThanOrEqual(22);
    expect(pieces.some((p) => p.mark && p.text === '目标')).toBe(true);
  });

  it('gives the opening words, unmarked, for an empty query', () => {
    const pieces = highlightExcerpt(`${'字'.repeat(100)}`, '', 20)!;
    expect(pieces).toEqual([{ text: `${'字'.repeat(20)}…`, mark: false }]);
  });

  it('returns null when the query is not in the text as typed', () => {
    expect(highlightExcerpt('建立调解机制', '仲裁')).toBeNull();
  });

  it('removes the zero-width spaces Pagefind puts between Chinese words', () => {
    const pieces = highlightExcerpt('工商\u200B局', '工商局')!;
    expect(pieces).toEqual([{ text: '工商局', mark: true }]);
  });
});

describe('search state in the URL', () => {
  it('reads the query and known filters, ignoring anything else', () => {
    expect(readSearchState('?q=%E5%B7%A5%E5%95%86%E5%B1%80&side=district&role=lead&utm=x')).toEqual({
      q: '工商局',
      filters: { side: 'district', role: 'lead' },
    });
  });

  it('writes only what is set, and round-trips', () => {
    const state = { q: '证照分离', filters: { task: '1', month: '2017-08' } };
    expect(writeSearchState(state)).toBe('?q=%E8%AF%81%E7%85%A7%E5%88%86%E7%A6%BB&task=1&month=2017-08');
    expect(readSearchState(writeSearchState(state))).toEqual(state);
    expect(writeSearchState({ q: '  ', filters: {} })).toBe('');
  });
});

describe('pagefindFilters', () => {
  const named = [
    { slug: 'shi-gong-shang-ju', side: 'municipal' as const },
    { slug: 'heng-qin-gong-shang-ju', side: 'district' as const },
  ];

  it('passes task, area, group and month straight to Pagefind', () => {
    expect(pagefindFilters({ q: '', filters: { task: '2', area: '5', group: 'fa-zhi-jian-she-zu', month: '2017-08' } }, []).filters).toEqual({
      task: '2',
      area: '5',
      group: 'fa-zhi-jian-she-zu',
      month: '2017-08',
    });
  });

  it('turns a role into the measures the named departments on that side lead or support', () => {
    expect(pagefindFilters({ q: '工商局', filters: { side: 'district', role: 'lead' } }, named).filters).toEqual({ lead: { any: ['heng-qin-gong-shang-ju'] } });
    expect(pagefindFilters({ q: '工商局', filters: { role: 'support' } }, named).filters).toEqual({
      support: { any: ['shi-gong-shang-ju', 'heng-qin-gong-shang-ju'] },
    });
  });

  it('turns a side into the named departments on it and the measures they take part in', () => {
    expect(pagefindFilters({ q: '工商局', filters: { side: 'municipal' } }, named).filters).toEqual({
      any: [{ kind: 'department', side: 'municipal' }, { lead: { any: ['shi-gong-shang-ju'] } }, { support: { any: ['shi-gong-shang-ju'] } }],
    });
  });

  it('filters by side directly when the query names no department', () => {
    expect(pagefindFilters({ q: '调解', filters: { side: 'district' } }, []).filters).toEqual({ side: 'district' });
  });

  it('drops a role and says so when the query names no department', () => {
    const plan = pagefindFilters({ q: '调解', filters: { role: 'lead' } }, []);
    expect(plan.roleIgnored).toBe(true);
    expect(plan.filters).toEqual({});
  });

  it('matches nothing when no named department is on the chosen side', () => {
    expect(pagefindFilters({ q: '市工商局', filters: { side: 'district', role: 'lead' } }, named.slice(0, 1)).filters).toEqual({ lead: { any: ['-'] } });
  });
});
