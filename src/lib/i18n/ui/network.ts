/**
 * Strings of the responsibility network (/network/) and of the small network on each
 * department page: templates with named slots, filled with `fill` (template.ts) after the
 * edition has converted the template and the data apart. Strings the browser element shows
 * reach it through its data-config (elementConfig), already in the page's script.
 *
 * Roles use the plan's own words (its 说明, through planRoles.ts), filled into slots: in the 2017
 * table, on the municipal side the first listed is the 主要支持指导部门, on the Hengqin side
 * the 主要牵头落实部门 (牵头); no municipal body 牵头. No string here names a role itself.
 */
export const networkUi = {
  title: '部门责任网络',
  /**
   * Slots: {departments}, {measures}; {leads}, {supports}: both sides' words for each role in
   * one phrase (planRoles.bothSides): 主要支持指导或牵头, 支持配合或配合参加 in the 2017 table.
   */
  description: '{departments}个部门与{measures}项具体措施之间的分工：每项措施列第一位的部门（{leads}）和其后的部门（{supports}），以及哪些部门在同一项措施上共事。',
  intro:
    '左列是市级部门（含中央、省驻珠单位），右列是横琴新区部门，中间是按主要任务分组、按编号排列的具体措施。每条线表示一个部门被分配到一项措施：实线表示列第一位，虚线表示列其后。部门的位置靠近它参与的措施，所以同一高度的部门多在同一类任务上共事。',
  noScript: '点击图中的部门或措施可打开它的页面。启用 JavaScript 后，还可以聚焦某个部门、筛选和查找。',
  howTo: '把鼠标移到（或用 Tab 键移到）部门或措施上，可突出与它相连的部分；点击部门或措施可聚焦，图中只留下与它相连的部分，旁边列出它的措施和共事部门；按 Esc 取消。',
  tableLink: '以表格查看各部门列第一位和列其后的措施数',
  graphLabel: '责任网络图：市级部门、具体措施与横琴新区部门',
  /** Slots: {name}, {side}, {leadRole}, {lead}, {supportRole}, {support}. */
  departmentTitle: '{name}（{side}）：{leadRole}{lead}项，{supportRole}{support}项',
  /** Slots: {id}, {text}. */
  measureTitle: '第{id}项：{text}',
  /** Slots: {ordinal}. */
  taskLabel: '任务{ordinal}',
  /** Slots: {ordinal}, {title}. The drawing's task titles (renderNetworkSvg, pure: it has no edition). */
  taskTitle: '{ordinal}、{title}',

  legend: {
    heading: '图例',
    municipal: '市级部门（左列）',
    district: '横琴新区部门（右列）',
    measure: '具体措施（中列，数字为措施编号，按主要任务分组）',
    /** Slots: {role}: ui.roles.either.lead. */
    lead: '{role}：实线，较粗',
    /** Slots: {role}: ui.roles.either.support. */
    support: '{role}：虚线，较细',
    size: '圆点越大，参与的措施越多；名称加粗的是列第一位的措施最多的部门。',
    /** The two sides' terms, explained once on the page (ui.roles.*.leadMeaning and supportMeaning follow). */
    rolesHeading: '两列部门的分工',
    tasks: '主要任务',
  },

  controls: {
    heading: '筛选和查找',
    search: '查找部门或措施',
    searchHint: '可输入部门名称（简体或繁体）、拼音或拼音首字母、措施编号或措施中的词语；按回车聚焦第一个结果。',
    task: '主要任务',
    group: '市专项工作组',
    side: '部门',
    role: '分工',
    all: '全部',
    allSides: '两级部门',
    roleAll: '全部分工',
    /** Slots: {role}: ui.roles.either.lead. */
    roleLead: '只看{role}',
    zoom: '缩放',
    zoomIn: '放大',
    zoomOut: '缩小',
    zoomReset: '复原',
    zoomHint: '拖动可平移；按住 Ctrl 滚动鼠标滚轮可缩放。',
    zoomHintTouch: '整张图显示在框内，双指可放大看清名称；点一个部门，可列出它的措施和共事部门。',
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
    close: '关闭',
    /** Accessible name of the close button. */
    closeLabel: '取消聚焦（Esc）',
    openDepartment: '打开部门页面',
    openMeasure: '打开措施页面',
    /** Slots: {n}. */
    measures: '参与的措施（{n}项）',
    /** Slots: {n}. */
    partners: '共事部门（{n}个）',
    /** Slots: {n}. */
    departments: '承担部门（{n}个）',
    /** Slots: {ids}: the shared measures' numbers. */
    shared: '共同措施：第{ids}项',
  },

  table: {
    heading: '各部门按主要任务列第一位和列其后的措施数',
    /** Slots: {lead}, {support}: the side's role words. */
    caption: '每行一个部门，按列第一位的措施数从多到少排列；每项主要任务下分列“{lead}”和“{support}”的措施数。',
    department: '部门',
    total: '合计',
    sideHeading: { municipal: '市级部门', district: '横琴新区部门' },
    backToGraph: '回到网络图',
  },

  /** The list of network pages per task (and per area), on /network/ and on a task's network page. */
  parts: {
    heading: '按主要任务查看',
    /** On /network/ when the whole drawing is there too. */
    intro: '每项主要任务也有自己的网络图，只画出这项任务的措施和承担它们的部门：',
    /** On /network/ when the whole plan is too big to draw. Slots: {departments}, {measures}. */
    tooBig:
      '{departments}个部门和{measures}项措施画在一张图上太密，难以看清。请先选择一项主要任务：每项任务单独画成一张网络图，措施较多的任务再按领域分开画。',
    /** Slots: {measures}, {departments}, {assignments}. */
    size: '{measures}项措施，{departments}个部门，{assignments}条分工',
    byArea: '按领域分开画：',
    areasHeading: '按领域查看',
    /** On the network page of a task too big to draw whole. Slots: {areas}. */
    taskTooBig: '这项任务的措施较多，画在一张图上难以看清，所以按{areas}个领域分开画成网络图。',
  },

  /** A network page that draws one task or one area. */
  slice: {
    /** Slots: {heading}. */
    title: '部门责任网络：{heading}',
    /** Slots: {title}, {measures}, {departments}. */
    taskDescription: '主要任务“{title}”的{measures}项具体措施与承担它们的{departments}个部门之间的分工。',
    /** Slots: {title}, {measures}, {departments}. */
    areaDescription: '领域“{title}”的{measures}项具体措施与承担它们的{departments}个部门之间的分工。',
    /** Slots: {title}, {areas}. */
    taskSplitDescription: '主要任务“{title}”的部门责任网络，按{areas}个领域分开画出。',
    /** Slots: {measures}, {departments}, {assignments}. */
    summary: '这张图只画出{measures}项措施、承担它们的{departments}个部门和{assignments}条分工；图中和表中的措施数也只计这些措施。',
    taskMeasures: '逐项阅读这项任务的措施',
    areaMeasures: '逐项阅读这个领域的措施',
  },

  ego: {
    heading: '合作网络',
    /** With several plans, one drawing per plan, each named after its plan. Slots: {title}, {year}. */
    headingOfPlan: '合作网络：{title}（{year}年）',
    /** Slots: {name}; {lead} and {support}: ui.roles.either. */
    intro: '{name}参与的措施，以及在这些措施上与它共事的部门。实线为{lead}，虚线为{support}。',
    /** Slots: {name}. */
    label: '{name}的合作网络图',
    /** On a narrow screen, where the drawing gives way to a list. Slots: {name}. */
    listIntro: '{name}与下列部门在同一项措施上共事：',
    link: '在责任网络中查看',
  },
} as const;
