/** axe-core audit of every built page with the reader's system in dark mode (emulated). */
import { auditEveryPage } from '../support/auditPages.ts';

auditEveryPage('dark');
