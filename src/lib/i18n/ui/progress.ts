/**
 * Strings of the progress layer: the status words, the counts sentence and the reporting
 * sheet (进展情况填报表) that `npm run progress -- sheet` writes. Templates with named slots,
 * filled with `fill`. Role words are not written here: each plan's 说明 names its own, and
 * they go into `{role}` slots. The Traditional edition converts these like every UI string
 * (未啟動, 推進中, 已完成, 已調整, 逾期, 未報告).
 */
export const progressUi = {
  /** What became of a measure. `unreported` is 未报告: no report on or before the file's asOf. */
  status: {
    notStarted: '未启动',
    inProgress: '推进中',
    done: '已完成',
    adjusted: '已调整',
    unreported: '未报告',
    /** Computed, never reported: the deadline passed before asOf and it is neither 已完成 nor 已调整. */
    overdue: '逾期',
  },
  /** The status mark's words for a reader of the data: what each status means (a legend, the measure page). */
  meaning: {
    notStarted: '已报告，尚未启动',
    inProgress: '已报告，正在推进',
    done: '已报告完成',
    adjusted: '已报告调整（如并入其他措施、不再单独推进）',
    unreported: '截至进展日期没有收到报告',
    overdue: '完成时限已过，尚未报告完成或调整',
  },
  /** Where reports come from and as of when: said with a progress file where the site otherwise says it tracks none. */
  tracking: '各项措施的落实进展来自有关部门报送的进展报告，截至{asOf}；未报告的措施不标状态。',
  trackingAbout: '本站如实转载{year}年的分工安排；各项措施的落实进展来自有关部门报送的进展报告（截至{asOf}），本站不另作判断，逾期按完成时限和进展日期计算；措施是否完成、部门是否调整，请以有关部门的最新公布为准。',
  /** The measure page's section. */
  measure: {
    heading: '落实进展',
    current: '目前状态',
    reported: '{date}报告',
    asOf: '进展截至{asOf}。',
    none: '截至{asOf}没有收到关于本项措施的进展报告。',
    overdue: '完成时限{deadline}已过，截至{asOf}尚未报告完成或调整。',
    history: '报告记录',
    historyCaption: '第{id}项措施的进展报告，按日期先后',
    date: '报告日期',
    status: '状态',
    by: '报告部门',
    note: '进展说明',
    evidence: '佐证材料',
    nothing: '—',
    /** The link to /progress/. */
    link: '全部措施的落实进展',
  },
  /** The duty sheet's part. */
  duty: {
    heading: '落实进展',
    asOf: '进展截至{asOf}。',
    /** A role with no measures: nothing to count. */
    none: '{role} 0 项。',
  },
  /** /progress/. */
  page: {
    title: '落实进展',
    description: '截至{asOf}各项措施的落实进展：按主要任务、市专项工作组和部门统计，逾期措施清单，全部措施的状态。',
    intro: '进展截至{asOf}：共{reports}份报告，涉及{reported}项措施（全部{total}项）。逾期按完成时限和进展日期计算，不按今天计算。',
    total: '全部 {n} 项：{parts}',
    legend: '状态说明',
    byTask: '按主要任务',
    byGroup: '按市专项工作组',
    byDepartment: '按部门（列明第一位的措施）',
    byDepartmentNote: '每个部门只计它列明第一位的措施：{municipal}和{district}。',
    overdueList: '逾期措施',
    overdueNone: '截至{asOf}没有逾期的措施。',
    overdueCaption: '截至{asOf}逾期的{n}项措施，按完成时限先后',
    all: '全部措施的状态',
    allCaption: '全部措施的状态（{n}项）',
    shown: '显示 {n} 项',
    filterStatus: '状态',
    filterTask: '主要任务',
    filterGroup: '市专项工作组',
    filterDepartment: '部门',
    any: '全部',
    reset: '清除筛选',
    columns: {
      measure: '措施',
      task: '主要任务',
      group: '市专项工作组',
      leads: '列明第一位的部门',
      deadline: '完成时限',
      status: '状态',
      date: '最近报告',
      count: '项数',
    },
    feed: '进展报告订阅（Atom）',
  },
  /** The Atom feed /progress/feed.xml: one entry per report, newest first. */
  feed: {
    title: '{site}：落实进展报告',
    subtitle: '《{title}》各项措施的进展报告，截至{asOf}。',
    entry: '第{id}项措施：{status}（{date}）',
    by: '报告部门：{name}。',
    evidence: '佐证材料：{list}',
  },
  /** /data/'s section on the progress files (only where there is a progress file). */
  data: {
    heading: '落实进展数据',
    intro: '进展报告来自{file}，截至{asOf}。每份报告一行；措施的目前状态和是否逾期按进展日期计算，不按今天计算。',
    files: {
      'progress.json': { format: 'JSON', unit: '每份报告一条' },
      'progress.csv': { format: 'CSV（UTF-8，带BOM）', unit: '每份报告一行' },
    },
    fieldsHeading: 'progress.json 和 progress.csv 的字段',
    fields: {
      plan: '报告所属的文件（计划）',
      measure: '措施编号',
      date: '报告反映的日期，YYYY-MM-DD',
      status: '报告的状态：未启动、推进中、已完成或已调整',
      by: '报告部门（本站使用的名称），没有写明的为空',
      note: '进展说明，没有的为空',
      evidence: '佐证材料：JSON 中为 {title, url} 的列表；CSV 中为 evidence_titles 和 evidence_urls 两列，每行一项、一一对应',
    },
    measureFields: 'measures.json、measures.csv 和 measures/<编号>.json 中的每项措施另有两个字段：status（目前状态，未报告为 null 或空）和 overdue（是否逾期，true 或 false）。',
  },
  /** The timeline's and the network's layer. */
  layer: {
    label: '显示落实进展',
    note: '进展截至{asOf}：每项措施的编号旁标出它的状态（颜色加一个字）。',
    /** One character per status, beside a measure's number in a chart: the word's key character, so colour is never alone. */
    marks: {
      done: '完',
      adjusted: '调',
      inProgress: '进',
      notStarted: '未',
      unreported: '无',
      overdue: '逾',
    },
    /** A mark's accessible name gains its status: slots {label} (what it said before) and {status}. */
    markLabel: '{label}；{status}',
    overdueStatus: '{status}，逾期',
  },
  /** A set of measures in one role: 牵头 13 项：已完成 5，推进中 4，逾期 4. */
  summary: '{role} {n} 项：{parts}',
  part: '{status} {n}',
  partsJoin: '，',
  /** The reporting sheet a department fills in; Simplified only (it goes to the departments as a file). */
  sheet: {
    /** The worksheet's tab name (at most 31 characters). */
    sheetName: '进展填报',
    title: '{department}落实进展填报表',
    /** Under the title: what the current statuses are as of (or that there are none yet), then how to fill in. */
    /** A sheet on one plan names it here, and leaves its column out of sight. */
    plan: '所属文件：《{title}》。',
    asOf: '现有进展截至{asOf}。',
    noReports: '尚无进展报告。',
    howTo: '请在右侧白色各列填写本次报告：状态从下拉列表中选择，日期写作2018-06-30，每项措施一行；有多份佐证材料的，名称和链接各占一行、一一对应。',
    columns: {
      plan: '所属文件',
      measure: '编号',
      text: '具体措施',
      role: '本部门职责',
      deadline: '完成时限',
      current: '目前状态',
      status: '本次状态',
      date: '报告日期',
      note: '进展说明',
      evidenceTitle: '佐证材料名称',
      evidenceUrl: '佐证材料链接',
    },
    /** The current-status cell: the status with the date of its report, and 逾期 where it applies. */
    reported: '{status}（{date}）',
    overdue: '{state}，逾期',
    statusPrompt: '从列表中选择：{statuses}',
    statusError: '请从列表中选择：{statuses}',
    datePrompt: '报告反映的是哪一天的情况，写作2018-06-30',
    dateError: '请填写{year}年以后的日期，写作2018-06-30',
    errorTitle: '填写有误',
    footer: '第 &P 页，共 &N 页',
  },
} as const;
