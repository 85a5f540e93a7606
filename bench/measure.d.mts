import type { CDPSession, Page } from 'playwright-core';

export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}
export interface ProbeSpec {
  banner: string[] | null;
  accept: string[] | null;
  watchMs?: number;
  complete?: { path: string[]; count: number };
}
export interface ProbeFigures {
  bannerVisible: number | null;
  operable: number | null;
  everVisible: boolean;
  visibleFrames: number;
  frames: number;
  layoutShift: number;
  shifts: { at: number; value: number }[];
  longTasks: { at: number; duration: number }[];
  longScripts: { src: string; invoker: string; at: number; duration: number }[];
  fcp: number | null;
  mark: number | null;
}
export interface Summary {
  median: number;
  min: number;
  max: number;
  n: number;
}
export function probe(spec: ProbeSpec): void;
export function readProbe(page: Page, markName?: string | null): Promise<ProbeFigures>;
export function untilPageTime(page: Page, ms: number): Promise<void>;
export function cdpMetrics(session: CDPSession): Promise<Record<string, number>>;
export function compressedSizes(body: Buffer | string): Sizes;
export function addSizes(...sizes: Sizes[]): Sizes;
export function recordResources(page: Page): { settled(quietMs?: number, timeoutMs?: number): Promise<void>; done(): Promise<(Sizes & { url: string; type: string })[]> };
export function summarise(values: (number | null | undefined)[]): Summary | null;
