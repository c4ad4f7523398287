import { writeFileSync } from 'node:fs';
import { realPlan } from './tests/support/realPlan.ts';
import { planAsDocx, planAsXlsx, planAsPdf } from './tests/support/originals.ts';
const plan = realPlan();
writeFileSync('/tmp/imp/plan.pdf', await planAsPdf(plan));
writeFileSync('/tmp/imp/plan.docx', await planAsDocx(plan));
writeFileSync('/tmp/imp/plan.xlsx', await planAsXlsx(plan));
