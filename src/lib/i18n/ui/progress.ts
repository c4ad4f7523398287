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
