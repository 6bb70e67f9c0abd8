// Which sections the page shows for a state: the start screen before there is a table, the
// review while one runs, otherwise the dreams and the panels.
import type { Ctx } from './context';
import { renderDreams } from './dreams';
import { renderEmpty } from './empty-state';
import { renderExport } from './export-panel';
import { renderGuide } from './guide-panel';
import { renderPlan } from './plan-panel';
import { renderPriorities } from './priorities-panel';
import { renderReview } from './review';
import { renderSelection } from './selection-panel';
import { renderWarnings } from './warnings';

export function renderPage(ctx: Ctx): Array<HTMLElement | null> {
  if (ctx.state.sheetName === null) {
    return [renderWarnings(ctx), renderEmpty(ctx), renderGuide(ctx)];
  }
  if (ctx.model.review) return [renderWarnings(ctx), renderReview(ctx), renderGuide(ctx)];
  return [
    renderWarnings(ctx),
    renderDreams(ctx),
    renderSelection(ctx),
    renderPriorities(ctx),
    renderPlan(ctx),
    renderExport(ctx),
    renderGuide(ctx),
  ];
}
