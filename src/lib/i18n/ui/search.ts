/**
 * Strings of the search page and the header search box: templates with named slots, filled
 * with `fill` (template.ts) on the server and in the <site-search> element, which receives
 * them in its config already in the edition's script. Role words are the plans' (planRoles.ts), in slots.
 */
export const searchUi = {
  title: '搜索',
  description: '按部门名称（简体、繁体、拼音、拼音首字母、简称或全称）、措施编号或措施内容搜索，并按任务、领域、工作组、完成时限和职责筛选。',
  /** The header box: a short label, read out before the field. */
  headerLabel: '搜索部门或措施',
  /** Names of the two search landmarks, so a screen reader tells them apart on /search/. */
  headerLandmark: '全站搜索',
  pageLandmark: '搜索和筛选',
  submit: '搜索',
  label: '部门名称、措施编号或内容',
  hint: '例如：横琴工商局、工商行政管理局、hqgsj、第12项、证照分离。简体、繁体、拼音都可以；空格分开的几个词要同时出现。',
  any: '不限',
  filter: {
    plan: '任务分工表',
    task: '主要任务',
    area: '领域',
    group: '市专项工作组',
    month: '完成时限',
    side: '部门所属',
    role: '部门职责',
  },
  taskOption: '{ordinal}、{title}',
  areaOption: '（{ordinal}）{title}',
  month: '{year}年{month}月底',
  completed: '已完成',
  ongoing: '持续推进',
  /**
   * Slots: {lead}: the Hengqin side's short word for its first-listed body, as every plan shares
   * it (model.roles: 牵头 in the 2017 table; neutral where the plans' words differ);
   * {districtColumn}: the Hengqin column's name as every plan gives it (else the neutral one), the
   * side filter's option. 第一位 starts the role filter's first option.
   */
  roleHint: '“部门所属”和“部门职责”作用于搜索到的部门：例如搜索“工商局”，选“{districtColumn}”和“第一位”，列出横琴工商局{lead}的措施。',
  results: '搜索结果',
  /** Announced and shown after each search. */
  count: '找到{n}条结果。',
  countWithPartial: '找到{n}条结果，另有{m}条只含部分字词。',
  none: '没有找到结果。可以换一个名称、用拼音首字母，或者减少筛选条件。',
  partial: '以下结果只含查询中的部分字词',
  /** The button under the results: `{n}` more are loaded. */
  more: '再显示{n}条',
  roleIgnored: '按职责筛选需要先输入部门名称，本次搜索没有按职责筛选。',
  searching: '正在搜索…',
  failed: '搜索暂时无法使用。可以从下面的部门索引或全部措施列表查找。',
  kind: { measure: '措施', department: '部门' },
  /** A measure result's title: its number and the start of its text. */
  measureTitle: '第{id}项　{start}',
  /** One fact of a measure result: `{role}` is the side's first-place role in the measure's plan's words (主要支持指导 / 牵头). */
  fact: '{role}：{value}',
  /** Between the names of one role, and between its roles, in a measure's list of bodies. */
  namesJoin: '、',
  rolesJoin: '；',
  /** The fold of pages that name the query only in a list of co-workers or of measures. */
  mentions: '另有{n}个页面只在部门名单或措施清单中提到“{query}”',
  mentionsMore: '再显示{n}个',
  deadline: '完成时限',
  /** A department result's facts: its column and its counts by role, in its side's words. */
  departmentFacts: '{side}　{leadRole}{lead}项　{supportRole}{support}项',
  noScript: '搜索需要浏览器启用 JavaScript。不用 JavaScript，也可以从下面的部门索引或全部措施列表查找。',
  indexHeading: '部门索引（按拼音排序）',
  indexLetters: '拼音首字母',
  allMeasures: '查看全部措施',
  allDepartments: '查看全部部门一览表',
} as const;
