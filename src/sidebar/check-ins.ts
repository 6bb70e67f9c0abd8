// The Plan panel's check-ins: record the table as it is now (on the day of the conversation),
// the days recorded, what moved between the last two and since the last one, and the next
// check-in's day, which the Check-ins sheet keeps in a visible cell.
import type { FollowUpView } from '../contract';
import { call } from './api';
import type { Ctx } from './context';
import { dateInput, field, prevent, warningList } from './controls';
import { h } from './dom';
import type { Child } from './dom';
import { betweenLines, datesText, nextText, progressLines, type MovedLines } from './plan-view';

export function renderCheckIns(ctx: Ctx, view: FollowUpView): Child[] {
  const { checkIns, today } = view;
  const between = betweenLines(checkIns);
  const dayKey = 'checkin:date';
  const day = dateInput(ctx, dayKey, today);
  day.max = today;
  const record = (): void =>
    ctx.actFollowUp(() => call('recordCheckIn', day.value || null), {
      ok: () => ctx.record({ type: 'draft', key: dayKey, text: null }),
      focus: 'checkin-record',
    });
  const nextKey = 'checkin:next';
  // Saved or refused, the draft goes: the field shows the sheet's day again.
  const forgetNext = (): void => ctx.record({ type: 'draft', key: nextKey, text: null });
  const next = dateInput(ctx, nextKey, checkIns.next ?? '', undefined, (date) =>
    ctx.actFollowUp(() => call('setNextCheckIn', date), {
      ok: forgetNext,
      fail: forgetNext,
      focus: nextKey,
    }),
  );
  return [
    h('h3', {}, ['Check-ins']),
    h('p', { class: 'hint small' }, [
      'Every few months, record the table together: the Check-ins sheet keeps each one, to see the ratings move over the years.',
    ]),
    h('p', { testid: 'checkin-dates' }, [datesText(checkIns.dates)]),
    // In the order they happened: between the last two check-ins, then since the last one.
    between ? movedList('checkin-between', between) : null,
    movedList('checkin-moved', progressLines(checkIns)),
    h('form', { class: 'plan-controls', on: { submit: prevent(record) } }, [
      field('Day of the check-in', day),
      h('button', { class: 'primary', key: 'checkin-record', attrs: { type: 'submit' } }, [
        'Record a check-in',
      ]),
    ]),
    h('div', { class: 'plan-controls' }, [field('Next check-in', next)]),
    h('p', { testid: 'checkin-next' }, [nextText(checkIns.next, today)]),
    warningList(checkIns.warnings),
  ];
}

function movedList(testid: string, moved: MovedLines): HTMLElement {
  return h('div', { testid }, [
    h('p', {}, [moved.head]),
    moved.lines.length
      ? h(
          'ul',
          { class: 'moved' },
          moved.lines.map((line) => h('li', { attrs: { dir: 'auto' } }, [line])),
        )
      : null,
  ]);
}
