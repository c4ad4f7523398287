/**
 * Strings of the deadline timeline (/timeline/), the deadline pages (/deadlines/…) and the
 * per-department deadline strip. Strings the browser script fills in at run time are written
 * with `{placeholders}` by the pages (so the script never holds words of its own and the
 * Traditional edition stays Traditional).
 */
export const timelineUi = {
  nav: '完成时限',
  title: '完成时限时间轴',
  description: (n: number) => `全部${n}项措施按完成时限排列：每个月底有哪些措施到期、属于哪项任务、由哪些部门牵头。`,
  intro:
    '每个方块是一项措施，方块上的数字是措施编号，方块所在的列是它的完成时限。文件的时限都写作“某月底”，这里也只精确到月，不写具体日期。已完成和持续推进的措施没有日期，单独成列。',
  /** A month's end in the plan's own year, as the document writes it. */
  monthEnd: (month: number) => `${month}月底`,
  /** A month's end in another year than the plan's. */
  monthEndOfYear: (year: number, month: number) => `${year}年${month}月底`,
  completed: '已完成',
  ongoing: '持续推进',
  /** Shown under the undated columns' labels, so they are not read as dates. */
  undated: '无日期',
  count: (n: number | string) => `${n}项`,
  /** The count when a filter hides some measures: shown of total. */
  countOf: (shown: number | string, total: number | string) => `${shown}/${total}项`,
  axisCaption: (year: number) => `${year}年各月月底`,
  lanesLabel: '分行方式',
  lanes: { task: '按主要任务', group: '按专项工作组', lead: '按牵头部门' },
  laneColumn: { task: '主要任务', group: '市专项工作组', lead: '牵头部门' },
  leadSides: { municipal: '市支持指导部门中牵头的', district: '横琴新区部门中牵头的' },
  leadLanesNote: '一项措施有市、区两个牵头部门，因此在两行中各出现一次。',
  laneTotal: (n: number) => `（${n}项）`,
  scroller: (mode: string) => `时间轴（${mode}），可横向滚动`,
  cellLabel: (lane: string, when: string, n: number) => `${lane}，${when}到期${n}项`,
  markLabel: (id: number, when: string, leads: string) => `第${id}项措施，${when}，牵头：${leads}`,
  filters: '筛选措施',
  filterTask: '主要任务',
  filterGroup: '市专项工作组',
  filterDepartment: '部门（输入名称）',
  filterDepartmentPlaceholder: '如：横琴工商局',
  filterRole: '部门的角色',
  all: '全部',
  roles: { any: '牵头或配合', lead: '牵头', support: '配合' },
  clear: '清除筛选',
  needsScript: '筛选和悬停提示需要启用 JavaScript。不启用时，每个方块都是链接，也可以用下面的表格和各月清单查阅。',
  shown: (shown: number | string, total: number | string) => `显示${shown}项措施，共${total}项。`,
  deptLegend: (name: string) => `实心方块为${name}牵头的措施，虚线方块为它配合的措施。`,
  unknownDepartment: (name: string) => `没有找到“${name}”，请从候选名单中选择部门全称。`,
  keyboardHint: '用方向键在方块之间移动，回车打开措施。',
  scrollHint: '时间轴可左右滑动。',
  tipLeads: (names: string) => `牵头：${names}`,
  tableHeading: '表格：各月到期的措施数',
  tableCaption: '各主要任务在各月底到期的措施数（点数字查看措施清单）',
  total: '合计',
  skipToTable: '跳到表格',
  deadlines: {
    title: '按完成时限查看措施',
    description: (n: number) => `${n}项措施按完成时限分月列出，附牵头部门。`,
    intro: '文件给每项措施规定了完成时限。下面按时限分组，点进去可以看到当月底到期的每项措施和牵头部门。',
    timelineLink: '看时间轴',
    itemCount: (n: number) => `${n}项措施`,
  },
  due: {
    /** Page title for a month: the month's label goes in. */
    title: (when: string) => `${when}到期的措施`,
    completedTitle: '文件印发时已完成的措施',
    ongoingTitle: '持续推进的措施',
    description: (when: string, n: number) => `${when}到期的${n}项措施，及每项措施的牵头部门。`,
    undatedDescription: (title: string, n: number) => `${title}：${n}项措施，及每项措施的牵头部门。`,
    /** `when` with its year spelt out (`2017年8月底`), so the page is clear on its own. */
    intro: (when: string, n: number) => `以下${n}项措施的完成时限是${when}。`,
    introCompleted: (n: number) => `文件印发时，以下${n}项措施已经完成。`,
    introOngoing: (n: number) => `以下${n}项措施没有截止日期，要求持续推进或长期坚持。`,
    byTask: '按主要任务分组：',
    pager: '其他时限',
    previous: (when: string) => `上一个时限：${when}`,
    next: (when: string) => `下一个时限：${when}`,
    breadcrumb: '当前位置',
  },
  strip: {
    heading: '完成时限',
    caption: (name: string) => `${name}的措施按完成时限分布`,
    led: '牵头',
    supported: '配合',
    legend: '实心方块为牵头的措施，空心方块为配合的措施。',
    summary: (led: number, supported: number) => `牵头${led}项，配合${supported}项。`,
    markLabel: (id: number, role: string, when: string) => `第${id}项措施（${role}，${when}）`,
    timelineLink: '在时间轴上看这个部门',
  },
};
