import type { Browser } from 'playwright-core';

export const DEFAULT_MARK: string;
export const UPDATE_MARK: string;
export const WAIT_FOR_UPDATE: number;
export function integrationsPage(): string;

export interface IntegrationsRun {
  defaulted: number | null;
  updated: number | null;
  gated: number | null;
  error?: string;
}
export function measureIntegrations<S>(
  browser: Browser,
  url: string,
  options: { runs: number; throttles: number[]; summarise: (values: (number | null)[]) => S; log: (line: string) => void },
): Promise<Record<string, { runs: number; defaulted: S; updated: S; gated: S; late: number; raw: IntegrationsRun[] }>>;
