/** The words of a site with several plans: its home, a plan's heading, the old addresses. */
export const plansUi = {
  /** A plan named where several sit side by side: its title and year. */
  heading: '{title}（{year}年）',
  /** The short label of a plan in a breadcrumb or a search result. */
  label: '《{title}》',
  /** Between two plans' labels in one line: 《A》、《B》. */
  labelsJoin: '、',
  homeIntro: '本站收录{count}份任务分工表。部门页面按表列出每个部门的分工。',
  listHeading: '任务分工表',
  measures: '{count}项措施',
  dueRange: '完成时限：{from}至{to}',
  dueNone: '完成时限：均无具体日期',
  open: '查看{title}',
  /** The footer of a site-wide page. */
  source: '资料来源：本站收录的{count}份任务分工表。',
  /** The page an old (one-plan) address shows: where the page now is. */
  movedTitle: '页面已移动',
  moved: '此页已移至《{title}》之下：',
  /**
   * The site home's notice when some plan reports progress: the site reproduces every plan as
   * published, and which plans' measures carry a status, as of when (each a link to its page).
   */
  progressIntro: '本站如实转载各任务分工表的分工安排。有进展报告的：',
  progressOf: '《{title}》的落实进展（截至{asOf}）',
  /** A search filter's choice, with the plan it is in (several plans repeat task numbers). */
  optionInPlan: '{label}（{plan}）',
} as const;
