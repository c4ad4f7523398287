/**
 * Every UI string of the site, in Simplified Chinese, in one typed dictionary. The Traditional
 * edition converts these with the same converter as the data, so no string is translated in
 * two places. Functions build strings that embed numbers or names.
 *
 * Add a section per feature; keep keys short and strings complete (no fragments glued
 * together in templates), so each reads naturally once converted.
 */
import { dataUi } from './ui/data.ts';
import { networkUi } from './ui/network.ts';
import { pagesUi } from './ui/pages.ts';
import { searchUi } from './ui/search.ts';
import { timelineUi } from './ui/timeline.ts';

export const UI = {
  site: {
    name: '横琴片区改革任务分工查询',
    skipLink: '跳到正文',
    mainNav: '主导航',
    languageSwitch: '切换文字',
    source: (title: string, year: number) => `资料来源：《${title}》（${year}年）。`,
    noTracking: '本站如实转载原文件的分工安排，不跟踪此后的落实进展。',
    originalIsAuthoritative: '本页由简体中文原文自动转换为繁体中文，内容以简体中文原文为准。',
    openData: '开放数据',
  },
  data: dataUi,
  network: networkUi,
  pages: pagesUi,
  search: searchUi,
  timeline: timelineUi,
  nav: {
    home: '首页',
    measures: '全部措施',
    departments: '部门',
    network: '责任网络',
    tasks: '主要任务',
    timeline: '完成时限',
  },
};

export type Ui = typeof UI;
