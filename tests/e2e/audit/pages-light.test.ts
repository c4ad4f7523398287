/** axe-core, CSP and external-request audit of every built page, light colour scheme. */
import { auditEveryPage } from '../support/auditPages.ts';

auditEveryPage('light');
