// What the sidebar shows before there is a dreams table: start one, or adopt a sheet typed by
// hand before the add-on was installed.
import { call } from './api';
import type { Ctx } from './context';
import { button, h, name, q } from './dom';

export function renderEmpty(ctx: Ctx): HTMLElement {
  const { candidateSheet } = ctx.state;
  return h('section', { class: 'section empty', testid: 'empty-state' }, [
    h('h2', {}, ['Start your dreams table']),
    h('p', {}, [
      'Your dreams live on a sheet of this spreadsheet: one column for each dream, the skills it needs listed under it, and each skill coloured by how close you are to it.',
    ]),
    h('p', {}, ['Everything stays in this file, readable with or without the add-on.']),
    h('div', { class: 'buttons stack' }, [
      button(
        'Start my dreams table',
        () => ctx.act(() => call('startTable', null), { focus: 'add-dream' }),
        {
          class: 'primary',
          key: 'start-table',
        },
      ),
      candidateSheet
        ? button(
            ['Use the table on sheet ', name(q(candidateSheet))],
            () => ctx.act(() => call('startTable', candidateSheet), { focus: 'add-dream' }),
            { class: 'secondary', key: 'adopt-table' },
          )
        : null,
    ]),
  ]);
}
