// The add-on menu and its two items. onOpen runs in AuthMode.NONE before the add-on is
// authorised for this file, so it must touch nothing but the menu.
// https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle
import { DREAMS_SHEET } from '../core';
import { findCandidateSheet, findDreamsSheet } from './adapter/dreams-sheet';
import { showFirst, startTable } from './start-table';

export const TITLE = 'Career Dreams';

export function onOpen(_e?: unknown): void {
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem('Start my dreams table', 'menuStartTable')
    .addItem('Open sidebar', 'menuOpenSidebar')
    .addToUi();
}

export function onInstall(e?: unknown): void {
  onOpen(e);
}

export function menuOpenSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(TITLE);
  SpreadsheetApp.getUi().showSidebar(html);
}

/** Creates the Dreams sheet, or offers to adopt a table typed by hand; never overwrites one. */
export function menuStartTable(): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const existing = findDreamsSheet(spreadsheet);
  if (existing) {
    showFirst(spreadsheet, existing);
  } else {
    const candidate = findCandidateSheet(spreadsheet);
    const ui = SpreadsheetApp.getUi();
    let adopt: string | null = null;
    if (candidate) {
      const answer = ui.alert(
        TITLE,
        `The sheet ‘${candidate.getName()}’ already has content. Use it as your dreams table? ` +
          `It will be renamed ‘${DREAMS_SHEET}’; nothing in it changes.\n\n` +
          `Yes: use it. No: start a new, empty ‘${DREAMS_SHEET}’ sheet instead.`,
        ui.ButtonSet.YES_NO_CANCEL,
      );
      if (answer === ui.Button.CANCEL || answer === ui.Button.CLOSE) return;
      if (answer === ui.Button.YES) adopt = candidate.getName();
    }
    const result = startTable(adopt);
    if (!result.ok) {
      ui.alert(TITLE, result.error, ui.ButtonSet.OK);
      return;
    }
  }
  menuOpenSidebar();
}
