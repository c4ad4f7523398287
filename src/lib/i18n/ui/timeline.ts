/**
 * Strings of the deadline timeline (/timeline/), the deadline pages (/deadlines/…) and the
 * per-department deadline strip: templates with named slots, filled with `fill`
 * (../template.ts) on the server and, for the strings the timeline's element writes, in the
 * browser from its config. Role words are not written here: they are the page's plan's own
 * (its 说明's, planRoles.ts), in each side's own terms (no municipal department 牵头), and go
 * into slots: `{role}`, `{lead}`/`{support}` (one side's short forms), `{leads}`/`{supports}`
 * (both sides' in one phrase, planRoles.bothSides), `{municipalLead}`, `{districtLead}` (each
 * side's form for a two-sided label), filled by src/lib/timeline/timelineWords.ts. Nor are the columns' names: they are
 * the plan's too (`{column}`, `{municipalColumn}`, `{districtColumn}`: its note's quotes).
 */
export const timelineUi = {
  nav: '完成时限',
  title: '完成时限时间轴',
  description: '全部{n}项措施按完成时限排列：每个月底有哪些措施到期、属于哪项任务、哪些部门列第一位（{leads}）。',
  intro: '每个方块是一项措施，方块上的数字是措施编号，方块按完成时限排列。文件的时限都写作“某月底”，这里也只精确到月，不写具体日期。',
  /** Added to the intro only for the undated kinds the data has (timeline columns), so it never promises a column that is not there. */
  undatedIntro: {
    both: '已完成和持续推进的措施没有日期，分别排在各月之前和之后。',
    completed: '已完成的措施没有日期，排在各月之前。',
    ongoing: '持续推进的措施没有日期，排在各月之后。',
  },
  /** The two sides' role terms, explained once on the page, each under its column's name; the slots take the plan's words. */
  rolesNote:
    '“{municipalColumn}”一栏列第一位的是{municipalLead}，其余为{municipalSupport}；“{districtColumn}”一栏列第一位的是{districtLead}（简称“{districtLeadShort}”），其余为{districtSupport}（简称“{districtSupportShort}”）。',
  /** A month's end in the plan's own year, as the document writes it. */
  monthEnd: '{month}月底',
  /** A month's end in another year than the plan's. */
  monthEndOfYear: '{year}年{month}月底',
  completed: '已完成',
  ongoing: '持续推进',
  /** Shown under the undated columns' labels, so they are not read as dates. */
  undated: '无日期',
  count: '{n}项',
  /** The count when a filter hides some measures: shown of total. */
  countOf: '{shown}/{total}项',
  lanesLabel: '分行方式',
  /** The `lead` mode spans both sides, so it names both sides' first role. */
  lanes: { task: '按主要任务', group: '按专项工作组', lead: '按{leads}部门' },
  laneColumn: { task: '主要任务', group: '市专项工作组', lead: '{leads}部门' },
  /** Divider rows of the `lead` mode, one per side: `{column}` is the side's column, `{role}` its lead term in full. */
  leadSide: '{column}中列第一位的{role}',
  leadLanesNote: '一项措施在市、区两边各有一个列第一位的部门，因此在两行中各出现一次。',
  laneTotal: '（{n}项）',
  scroller: '时间轴（{mode}）',
  /** Said before a cell's count by screen readers (the count itself is visible, and follows the filters). */
  cellContext: '{lane}，{when}到期：',
  /** A mark's accessible name; `{leads}` is the `leadOf` parts joined with '；'. */
  markLabel: '第{id}项措施，{when}，{leads}',
  /** One side's first-listed body: `{role}` is the side's short lead term. */
  leadOf: '{role}：{name}',
  leadsJoin: '；',
  namesJoin: '、',
  filters: '筛选措施',
  filterTask: '主要任务',
  filterGroup: '市专项工作组',
  filterDepartment: '部门（名称或拼音）',
  filterDepartmentPlaceholder: '如：工商、hqgsj',
  filterRole: '部门的角色',
  all: '全部',
  anyRole: '任何角色',
  clear: '清除筛选',
  needsScript: '筛选和悬停提示需要启用 JavaScript。不启用时，每个方块都是链接，也可以用下面的表格和各月清单查阅。',
  shown: '显示{shown}项措施，共{total}项。',
  /** The department box found one body. */
  oneDepartment: '部门：{name}。',
  /** The department box found several bodies; `{names}` lists at most a few of them. */
  manyDepartments: '“{query}”对应{n}个部门：{names}。',
  manyDepartmentsCut: '“{query}”对应{n}个部门：{names}等。',
  unknownDepartment: '没有与“{query}”对应的部门，以下显示全部措施。可以输入部门名称的一部分、全称、拼音或拼音首字母。',
  /**
   * How a chosen department's role shows in the marks; `{who}` is its name, or `someDepartments`
   * for several. `side`: the bodies of one side (`{lead}`/`{support}`: that side's short forms).
   */
  deptLegend: {
    side: '实心方块为{who}{lead}的措施，虚线方块为{who}{support}的措施。',
    either: '实心方块为{who}列第一位（{leads}）的措施，虚线方块为{who}列其后（{supports}）的措施。',
  },
  /** The box found only bodies that have no measure in this plan (they are on another plan's). */
  notInPlan: '{who}在本表中没有分工。',
  /** Before the links to the same bodies on the other plans' timelines (several plans only). */
  elsewhere: '{who}在其他任务分工表中的分工：',
  /** One link of that line: `{plan}` is the plan's label (plans.label), `{n}` its measures. */
  elsewhereItem: '{plan}{n}项',
  /** Added to the status line when that line shows: `{n}` measures on `{plans}` other plans. */
  elsewhereNote: '其他{plans}份任务分工表中另有{n}项，链接见下一行。',
  someDepartments: '所选部门',
  keyboardHint: '用方向键在方块之间移动，回车打开措施。',
  scrollHint: '时间轴可左右滑动。',
  measureNumber: '第{id}项',
  tableHeading: '表格：各月到期的措施数',
  tableCaption: '各主要任务在各月底到期的措施数（点数字查看措施清单）',
  tableCaptionFiltered: '符合筛选的{shown}项措施（共{total}项）按主要任务和月底分布（点数字查看该月的全部措施）',
  tableTask: '主要任务',
  total: '合计',
  skipToTable: '跳到表格',
  /** Each measure's first-listed bodies, in the plan's words for both sides. */
  leadBodies: '{municipalLead}部门和{districtLead}部门',
  /** The same for a plan whose 说明 names no roles. */
  leadBodiesNeutral: '两栏中列第一位的部门',
  deadlines: {
    title: '按完成时限查看措施',
    description: '{n}项措施按完成时限分月列出，附每项措施的{leadBodies}。',
    intro: '文件给每项措施规定了完成时限。下面按时限分组，点进去可以看到当月底到期的每项措施，及其{leadBodies}。',
    timelineLink: '看时间轴',
    itemCount: '{n}项措施',
  },
  due: {
    /** Page title for a month: the month's label goes in. */
    title: '{when}到期的措施',
    completedTitle: '文件印发时已完成的措施',
    ongoingTitle: '持续推进的措施',
    description: '{when}到期的{n}项措施，及每项措施的{leadBodies}。',
    undatedDescription: '{title}：{n}项措施，及每项措施的{leadBodies}。',
    /** `when` with its year spelt out (`2017年8月底`), so the page is clear on its own. */
    intro: '以下{n}项措施的完成时限是{when}。',
    introCompleted: '文件印发时，以下{n}项措施已经完成。',
    introOngoing: '以下{n}项措施没有截止日期，要求持续推进或长期坚持。',
    byTask: '按主要任务分组：',
    pager: '其他时限',
    previous: '上一个时限：{when}',
    next: '下一个时限：{when}',
    breadcrumb: '当前位置',
  },
  /** The department page's strip: `{lead}`/`{support}` are the department's side's short role terms. */
  strip: {
    heading: '完成时限',
    caption: '{name}的措施按完成时限分布',
    summary: '{lead}{led}项，{support}{supported}项。',
    legend: '实心方块为{lead}的措施，虚线方块为{support}的措施。',
    markLabel: '第{id}项措施（{role}，{when}）',
    timelineLink: '在时间轴上看这个部门',
  },
} as const;
