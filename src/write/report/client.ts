// The page's script: plain JavaScript, run by the browser, allowed by its hash in the page's policy.
// Rules it keeps: data is only ever put into the DOM with textContent/setAttribute (never innerHTML),
// bidi control characters are shown as visible marks instead of being obeyed, and a document's record
// and text are parsed only when that document is opened (or when the search box needs the texts).
// The parts are strings because they ship inside report.html; they avoid backquotes and dollar-brace
// so they can live in template literals.
import { BASE } from './client/base.js';
import { CHARTS } from './client/charts.js';
import { DOCUMENT } from './client/document.js';
import { I18N } from './client/i18n.js';
import { MAIN } from './client/main.js';
import { OVERVIEW } from './client/overview.js';
import { REVIEW } from './client/review.js';

export const CLIENT_SCRIPT = `(function () {\n'use strict';\n${[I18N, BASE, OVERVIEW, CHARTS, DOCUMENT, REVIEW, MAIN].join('\n')}})();\n`;
