/**
 * Every built page in both colour schemes: axe-core, console errors (CSP violations among
 * them), requests and references to other hosts, the CSP <meta> against the inline scripts.
 */
import { auditEveryPage } from '../support/auditPages.ts';

auditEveryPage();
