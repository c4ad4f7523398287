/**
 * Every UI string of the site, in Simplified Chinese, in one typed dictionary. The Traditional
 * edition converts these with the same converter as the data (and the interface words of
 * traditionalUiWords.ts), so no string is translated in two places. Strings that embed
 * numbers or names are templates with named slots, filled after conversion:
 * fill(ui.site.source, { title: tx(meta.title), year }). Data passes through `tx`, never
 * through the interface-word table.
 *
 * Add a section per feature; keep keys short and strings complete (no fragments glued
 * together), so each reads naturally once converted. `as const`, so fill checks slot names.
 */
import { dataUi } from './ui/data.ts';
import { networkUi } from './ui/network.ts';
import { pagesUi } from './ui/pages.ts';
import { plansUi } from './ui/plans.ts';
import { progressUi } from './ui/progress.ts';
import { searchUi } from './ui/search.ts';
import { timelineUi } from './ui/timeline.ts';
import { trustUi } from './ui/trust.ts';

/** A plan whose 说明 names no roles: the body's place in its list, the same words on both sides. */
const FALLBACK_TERMS = {
  lead: '列第一位',
  support: '其他',
  leadEither: '列第一位',
  supportEither: '其他',
  leadFull: '列第一位的部门',
  supportFull: '其他部门',
  leadMeaning: '本计划的说明未写明分工；列第一位的部门标作“列第一位”，',
  supportMeaning: '其余标作“其他”。',
} as const;

/** Pages about several plans whose 说明 call the roles differently: the place only, on both sides. */
const NEUTRAL_TERMS = {
  lead: '列第一位',
  support: '列其后',
  leadEither: '列第一位',
  supportEither: '列其后',
  leadFull: '列第一位的部门',
  supportFull: '列其后的部门',
  leadMeaning: '各任务分工表对列第一位的部门称呼不一，这里统称“列第一位”，',
  supportMeaning: '其余的统称“列其后”。',
} as const;

export const UI = {
  /**
   * The roles when a plan's 说明 names none (each plan's own words come from its note:
   * src/lib/model/planRoles.ts), and the templates that join the two sides' words where one
   * filter or count spans both sides.
   */
  roles: {
    // Both sides alike: without the note's words nothing tells the sides' roles apart.
    fallback: { municipal: FALLBACK_TERMS, district: FALLBACK_TERMS },
    /**
     * A page about several plans whose 说明 call the roles differently (their totals, the
     * departments index, search): no plan's words, the position only (planRoles.ts commonRoles).
     */
    neutral: {
      /** The column's name where the plans head it differently: the side (ui.sides.short) and 部门. */
      municipal: { column: '市级部门', ...NEUTRAL_TERMS },
      district: { column: '横琴新区部门', ...NEUTRAL_TERMS },
    },
    /** The neutral words where one label names both sides (the heads of ui.pages.departments' mixed tables). */
    neutralEither: { lead: '第一位', support: '其后' },
    /** Both sides' words for a role in one phrase (planRoles.bothSides): 主要支持指导或牵头. */
    or: '{municipal}或{district}',
    either: {
      lead: '第一位：{municipal}或{district}',
      support: '其后：{municipal}或{district}',
    },
  },
  /**
   * One word for each of the document's concepts, wherever a page names it on its own (a label,
   * a column head); sentences use the same word (tests/unit/i18n/terms.test.ts keeps the other
   * forms, 方面 and 时间线, out of every string of both editions).
   */
  terms: {
    task: '主要任务',
    area: '领域',
    measure: '具体措施',
    group: '市专项工作组',
    deadline: '完成时限',
    timeline: '时间轴',
  },
  /**
   * The two sides: the columns' names where a plan's 说明 quotes none, and the one short label
   * after a name or in a side column. A plan's pages name its columns as its note quotes them
   * (planRoles.ts: RoleWords' `column`, through a slot, never from here); these are only the
   * fallback, the 2017 table's names (its note's and its parser messages': src/lib/seed/parsePlan.ts).
   * Not role words: 牵头配合 in the Hengqin name is the column's name whatever a note calls its roles.
   */
  sides: {
    column: { municipal: '市支持指导部门', district: '横琴新区牵头配合部门' },
    short: { municipal: '市级', district: '横琴新区' },
  },
  /** The fold that holds a page's filters (search, network, timeline), named alike everywhere. */
  filters: {
    label: '筛选',
    /** Slots: {n} how many are chosen, {list} what (filterSummary). */
    active: '筛选（已选{n}项：{list}）',
    listJoin: '、',
  },
  site: {
    name: '横琴片区改革任务分工查询',
    /** What the site is for, in one line: the share image's second line (scripts/share-image.ts). */
    tagline: '按措施、部门和完成时限查阅任务分工',
    /** The share image's text alternative: what the picture shows. */
    shareImageAlt: '站名卡片：{name}，{tagline}',
    skipLink: '跳到正文',
    mainNav: '主导航',
    languageSwitch: '切换文字',
    source: '资料来源：《{title}》（{year}年）。',
    noTracking: '本站如实转载原文件的分工安排，不跟踪此后的落实进展。',
    originalIsAuthoritative: '本页由简体中文原文自动转换为繁体中文，内容以简体中文原文为准。',
    openData: '开放数据',
    /** Footer links to the document as published and to what the site is. */
    sourceDocument: '文件原文',
    about: '关于本站',
  },
  data: dataUi,
  network: networkUi,
  pages: pagesUi,
  plans: plansUi,
  progress: progressUi,
  search: searchUi,
  timeline: timelineUi,
  trust: trustUi,
  nav: {
    home: '首页',
    measures: '全部措施',
    departments: '部门',
    network: '责任网络',
    tasks: '主要任务',
    timeline: '完成时限',
    /** Only where the plan has a progress file. */
    progress: '进展',
    search: '搜索',
  },
} as const;

export type Ui = typeof UI;
