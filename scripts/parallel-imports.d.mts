import type { Plugin } from 'vite';
export function shiftMappings(mappings: string, line: number, column: number, by: number): string;
export default function parallelImports(options: { entry: string; target: RegExp }): Plugin;
