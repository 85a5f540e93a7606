/** Chromium launch arguments shared by the browser tests and the benchmark. */
export const CHROMIUM_ARGS: string[];
/** The path of a Chromium binary, or undefined. */
export function chromiumPath(): string | undefined;
/** The Chromium path, installing Debian's package first when needed and possible; exits otherwise. */
export function ensureChromium(): string;
