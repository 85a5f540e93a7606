export function serveBench(pages: Record<string, string>, options?: { dist?: string }): Promise<{ url: string; close(): Promise<void> }>;
