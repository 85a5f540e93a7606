/**
 * Which links the scanner follows: same-origin http(s) pages, without fragments, skipping files
 * that are not web pages (documents, images, media, archives), which hold no consent journey.
 */

/** File extensions that are not HTML pages. */
const NOT_PAGES = /\.(pdf|docx?|xlsx?|pptx?|odt|ods|odp|rtf|csv|txt|xml|json|zip|gz|tgz|rar|7z|jpe?g|png|gif|webp|avif|svg|ico|bmp|tiff?|mp3|mp4|m4a|webm|ogg|wav|mov|avi|ics|vcf|exe|dmg|msi|apk|epub|css|js|mjs|woff2?|ttf|otf|eot)$/i;

/** A page URL in the form the scanner keeps it: no fragment. Returns `undefined` for what is not an http(s) URL. */
export function normalisePageUrl(href: string, base?: string): string | undefined {
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  url.hash = '';
  return url.href;
}

/** The links of a page worth scanning: same origin as `origin`, web pages only, each once, in page order. */
export function pageLinks(hrefs: readonly string[], origin: string): string[] {
  const links = new Set<string>();
  for (const href of hrefs) {
    const page = normalisePageUrl(href, origin);
    if (!page) continue;
    const url = new URL(page);
    if (url.origin !== origin || NOT_PAGES.test(url.pathname)) continue;
    links.add(page);
  }
  return [...links];
}
