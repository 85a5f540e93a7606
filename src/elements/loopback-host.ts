/**
 * Whether `hostname` is this machine (`localhost`, `127.x.x.x`, `[::1]`, `*.localhost`): where a
 * site is developed. There, and only there, the banner and the notice load the full check of the
 * config against its JSON Schema; visitors of a live site never download it.
 */
export function isLoopbackHost(hostname: string): boolean {
  return /^(localhost|127\.[\d.]+|\[::1\])$|\.localhost$/.test(hostname);
}
