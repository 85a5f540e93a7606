export function serveBench(pages: Record<string, string>, options?: { dist?: string }): Promise<{ url: string; close(): Promise<void> }>;
export function writePages(dir: string, pages: Record<string, string>): void;
