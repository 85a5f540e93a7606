/**
 * On a loopback host (`localhost`, `127.0.0.1`, `*.localhost`: where a site is developed), the
 * banner's code imports this module when the banner first shows: it asks the page for the config
 * the drop-in read and runs the full schema check on it (unknown keys included, with
 * suggestions), so a developer sees it without `data-debug`. Importing it is what runs it, and a
 * module runs once per page, so the report appears once. Live visitors never load it.
 */
import { ConfigRequestEvent } from '../consent/config-request.js';

document.dispatchEvent(new ConfigRequestEvent((loaded) => void import('../config/report.js').then(({ reportConfig }) => reportConfig(loaded))));
