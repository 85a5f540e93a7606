import type { ExceptionStrings } from '../../config/ui-text.js';

/**
 * British English words of the banner for categories under a UK exception to consent (PECR Sch A1
 * paras 5 and 6, as the Data (Use and Access) Act 2025 added them): what they are for, that they
 * run without asking, and that the visitor can object. Loaded only for configs that use them.
 */
export const exceptionsEnGB: ExceptionStrings = {
  statisticsNotice:
    'We use some cookies without asking first ({categories}) to understand how people use this website, so we can improve it. UK law allows this, but you can object.',
  appearanceNotice:
    'We use some cookies without asking first ({categories}) to remember how you like this website to look and work. UK law allows this, but you can object.',
  objectButton: 'Object to {categories}',
  objectedMessage: "You've objected to {categories}. We've switched them off.",
};
