// "Take it with you": how to keep the file when changing employer, and the whole table as JSON
// or Markdown to copy or download, built from the state the sidebar already has and from one
// call made when the panel opens (getExportExtras: every skill's note, each dream's why, the
// plan and the check-ins). If that call fails, the text holds what the state has and the panel
// says what is missing.
//
// What the sidebar's sandbox allows. Apps Script serves it in an IFRAME sandbox whose keywords
// include allow-downloads (developers.google.com/apps-script/guides/html/restrictions,
// "Restrictions in IFRAME mode"), so an <a download> link saves a file. navigator.clipboard in a
// cross-origin frame needs the page around it to delegate "clipboard-write" (the Permissions
// Policy; web-platform-tests clipboard-apis/permissions-policy), which Google does not promise
// for the sidebar's frames. So Copy tries it, falls back to document.execCommand('copy') on the
// selected text, and failing both leaves the text selected for Ctrl+C.
import { exportJson, exportMarkdown } from '../core';
import type { Ctx } from './context';
import { button, h } from './dom';
import { panel } from './panel';

type Format = 'json' | 'markdown';
const FORMATS: ReadonlyArray<[Format, string, string]> = [
  ['json', 'JSON', 'application/json'],
  ['markdown', 'Markdown', 'text/markdown'],
];
/** The format shown; kept across re-renders like the panels' open state. */
let shown: Format = 'json';

export function renderExport(ctx: Ctx): HTMLElement {
  const area = h('textarea', {
    testid: 'export-text',
    attrs: {
      readonly: true,
      rows: 8,
      spellcheck: 'false',
      'aria-label': 'The whole table as text',
    },
    on: { focus: () => area.select() },
  });
  const download = h('a', { testid: 'export-download', attrs: { target: '_self' } });
  const formats = FORMATS.map(([format, label]) =>
    button(label, () => ((shown = format), fill()), {
      class: 'secondary small',
      key: `export-${format}`,
    }),
  );
  const extras = ctx.model.extras;
  const read = extras?.status === 'read' ? extras.extras : null;
  // The text is built only while the panel is open: a big table costs nothing when closed.
  function fill(): void {
    const [format, label, type] = FORMATS.find(([f]) => f === shown) ?? FORMATS[0]!;
    area.value = format === 'json' ? exportJson(ctx.state, read) : exportMarkdown(ctx.state, read);
    formats.forEach((b, i) => b.setAttribute('aria-pressed', String(FORMATS[i]![0] === format)));
    download.textContent = `Download ${label}`;
    download.setAttribute('download', `career-dreams.${format === 'json' ? 'json' : 'md'}`);
    download.setAttribute('href', `data:${type};charset=utf-8,${encodeURIComponent(area.value)}`);
  }

  function copy(): void {
    area.focus();
    area.select();
    const copied = () => ctx.say('Copied.', 'ok');
    const fallback = () => {
      try {
        if (document.execCommand('copy')) return copied();
      } catch {
        // not allowed here either: fall through
      }
      area.select();
      ctx.say('Copying was blocked: the text is selected, press Ctrl+C.', 'error');
    };
    if (navigator.clipboard?.writeText)
      navigator.clipboard.writeText(area.value).then(copied, fallback);
    else fallback();
  }

  const details = panel(
    ctx,
    'export',
    'Take it with you',
    false,
    [
      h('p', {}, [
        'Changing jobs? File > Download > Microsoft Excel (.xlsx) keeps the colours, bold and Priorities sheet, and needs no add-on. Or take the whole table as text:',
      ]),
      h('div', { class: 'buttons', attrs: { role: 'group', 'aria-label': 'Format' } }, formats),
      extras && extras.status !== 'read'
        ? h('p', { class: 'hint', testid: 'export-missing', attrs: { dir: 'auto' } }, [
            extras.status === 'reading'
              ? 'Reading the notes, the why of each dream, the plan and the check-ins\u2026'
              : `Not included: the skills\u2019 notes, the why of each dream, the plan and the check-ins. ${extras.error}`,
          ])
        : null,
      area,
      h('div', { class: 'buttons' }, [
        button('Copy', copy, {
          class: 'secondary small',
          key: 'export-copy',
        }),
        download,
      ]),
    ],
    // Opened: the extras are read once for this export.
    () => ctx.loadExtras(),
  );
  details.addEventListener('toggle', () => {
    if (details.open) fill();
  });
  if (details.open) fill();
  return details;
}
