/** Every docs page with its API tables regenerated: a map of file path to its new text. */
export function renderDocs(): Promise<Map<string, string>>;
