import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import type { ProbeFigures, Sizes } from './measure.mjs';

export interface VisitFigures extends ProbeFigures {
  scriptMs: number;
  taskMs: number;
  heap: number;
  resources: (Sizes & { url: string; type: string })[];
}
export function visit(
  context: BrowserContext,
  url: string,
  options?: { banner?: string[] | null; accept?: string[] | null; complete?: { path: string[]; count: number }; mark?: string | null; throttle?: number; windowMs?: number; waitFor?: 'operable' | 'visible' | 'mark' | null; waitMs?: number },
): Promise<{ page: Page; session: CDPSession; figures: VisitFigures }>;
export function timeToOpen(page: Page, options: { trigger: string[]; ready: string[]; count?: number; timeoutMs?: number }): Promise<number>;
