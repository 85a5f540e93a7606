/** Writes `import-demo.js` and its chunks into `outdir` (default `dist/`). */
export function buildImportDemo(outdir?: string): Promise<void>;
