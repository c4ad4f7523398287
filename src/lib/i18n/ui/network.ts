import { chineseOrdinal } from '../../plan/chineseOrdinal.ts';

type Side = 'municipal' | 'district';

const SIDE = { municipal: '市级', district: '横琴新区' } as const;

/**
 * Strings of the responsibility network (/network/) and of the small network on each
 * department page. Strings the browser script shows are rendered into the page (as text or
 * data-* templates with `{n}`-style slots), so the Traditional edition converts them at build
 * time like everything else.
 */
export const networkUi = {
  title: '部门责任网络',
  description: (departments: number, measures: number) =>
    `${departments}个部门与${measures}项具体措施之间的牵头、配合关系：谁牵头，谁配合，哪些部门在同一项措施上共事。`,
  intro:
    '左列是市级部门（含中央、省驻珠单位），右列是横琴新区部门，中间是按主要任务分组、按编号排列的具体措施。每条线表示一个部门被分配到一项措施：实线表示牵头，虚线表示配合。部门的位置靠近它参与的措施，所以同一高度的部门多在同一类任务上共事。',
  noScript: '点击图中的部门或措施可打开它的页面。启用 JavaScript 后，还可以聚焦某个部门、筛选和查找。',
  howTo: '把鼠标移到（或用 Tab 键移到）部门或措施上，可突出与它相连的部分；点击部门可聚焦，旁边列出它的措施和共事部门；按 Esc 取消。',
  tableLink: '以表格查看各部门的牵头、配合数量',
  graphLabel: '责任网络图：市级部门、具体措施与横琴新区部门',
  side: SIDE,
  departmentTitle: (name: string, side: Side, lead: number, support: number) =>
    `${name}（${SIDE[side]}）：牵头${lead}项，配合${support}项`,
  measureTitle: (id: number, text: string) => `第${id}项：${text}`,
  taskLabel: (no: number) => `任务${chineseOrdinal(no)}`,
  taskTitle: (no: number, title: string) => `${chineseOrdinal(no)}、${title}`,

  legend: {
    heading: '图例',
    municipal: '市级部门（左列）',
    district: '横琴新区部门（右列）',
    measure: '具体措施（中列，数字为措施编号，按主要任务分组）',
    lead: '牵头：实线，较粗',
    support: '配合：虚线，较细',
    size: '圆点越大，参与的措施越多；名称加粗的是牵头措施最多的部门。',
    tasks: '主要任务',
  },

  controls: {
    heading: '筛选和查找',
    search: '查找部门或措施',
    searchHint: '可输入部门名称、措施编号或措施中的词语；按回车聚焦第一个结果。',
    task: '主要任务',
    group: '市专项工作组',
    side: '部门',
    role: '分工',
    all: '全部',
    allSides: '两级部门',
    roleAll: '牵头和配合',
    roleLead: '只看牵头',
    zoom: '缩放',
    zoomIn: '放大',
    zoomOut: '缩小',
    zoomReset: '复原',
    zoomHint: '拖动可平移；按住 Ctrl 滚动鼠标滚轮可缩放。',
    zoomHintTouch: '左右滑动可看到整张图，双指可放大。',
    reset: '清除筛选和聚焦',
  },

  status: {
    /** Slots: {departments}, {measures}, {edges}. */
    shown: '图中显示{departments}个部门、{measures}项措施、{edges}条分工。',
    /** Slots: {n}. */
    matches: '找到{n}个结果。',
    noMatch: '没有找到。',
  },

  panel: {
    label: '聚焦',
    clear: '取消聚焦（Esc）',
    openDepartment: '打开部门页面',
    openMeasure: '打开措施页面',
    /** Slots: {n}. */
    measures: '参与的措施（{n}项）',
    /** Slots: {n}. */
    partners: '共事部门（{n}个）',
    /** Slots: {n}. */
    departments: '承担部门（{n}个）',
    lead: '牵头',
    support: '配合',
    /** Slots: {ids}: the shared measures' numbers. */
    shared: '共同措施：第{ids}项',
  },

  table: {
    heading: '各部门按主要任务的牵头、配合数量',
    caption: '每行一个部门，按牵头措施数从多到少排列；每项主要任务下分列牵头和配合的措施数。',
    department: '部门',
    lead: '牵头',
    support: '配合',
    total: '合计',
    sideHeading: (side: Side) => (side === 'municipal' ? '市级部门' : '横琴新区部门'),
    backToGraph: '回到网络图',
  },

  /** The list of network pages per task (and per area), on /network/ and on a task's network page. */
  parts: {
    heading: '按主要任务查看',
    /** On /network/ when the whole drawing is there too. */
    intro: '每项主要任务也有自己的网络图，只画出这项任务的措施和承担它们的部门：',
    /** On /network/ when the whole plan is too big to draw. */
    tooBig: (departments: number, measures: number) =>
      `${departments}个部门和${measures}项措施画在一张图上太密，难以看清。请先选择一项主要任务：每项任务单独画成一张网络图，措施较多的任务再按领域分开画。`,
    size: (measures: number, departments: number, assignments: number) => `${measures}项措施，${departments}个部门，${assignments}条分工`,
    byArea: '按领域分开画：',
    areasHeading: '按领域查看',
    /** On the network page of a task too big to draw whole. */
    taskTooBig: (areas: number) => `这项任务的措施较多，画在一张图上难以看清，所以按${areas}个领域分开画成网络图。`,
  },

  /** A network page that draws one task or one area. */
  slice: {
    title: (heading: string) => `部门责任网络：${heading}`,
    taskDescription: (title: string, measures: number, departments: number) =>
      `主要任务“${title}”的${measures}项具体措施与承担它们的${departments}个部门之间的牵头、配合关系。`,
    areaDescription: (title: string, measures: number, departments: number) =>
      `领域“${title}”的${measures}项具体措施与承担它们的${departments}个部门之间的牵头、配合关系。`,
    taskSplitDescription: (title: string, areas: number) => `主要任务“${title}”的部门责任网络，按${areas}个领域分开画出。`,
    summary: (measures: number, departments: number, assignments: number) =>
      `这张图只画出${measures}项措施、承担它们的${departments}个部门和${assignments}条分工；图中和表中的牵头、配合数量也只计这些措施。`,
    taskMeasures: '逐项阅读这项任务的措施',
    areaMeasures: '逐项阅读这个领域的措施',
  },

  ego: {
    heading: '合作网络',
    intro: (name: string) => `${name}参与的措施，以及在这些措施上与它共事的部门。实线为牵头，虚线为配合。`,
    label: (name: string) => `${name}的合作网络图`,
    link: '在责任网络中查看',
  },
};
