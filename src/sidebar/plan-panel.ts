// The Plan panel, for after the conversation: the skills to plan first (the top priorities and
// why), the plan grouped by skill with its status, owner and date edited in place, a form to
// add an action, the check-ins and the why of each dream. It reads the follow-up view when it
// opens and checks it while open; every action of it answers with the parts of the view it
// changed, merged into what is shown (session.ts, actFollowUp).
import { seenOf, type FollowUpView, type PlanItemChanges, type PlanItemView } from '../contract';
import { PLAN_KINDS, PLAN_STATUSES, cleanName } from '../core';
import { call } from './api';
import { renderCheckIns } from './check-ins';
import type { Ctx } from './context';
import { dateInput, draftInput, field, prevent, warningList } from './controls';
import { button, h, name, q } from './dom';
import type { Child } from './dom';
import { confirmBox } from './editors';
import type { Msg } from './model';
import { panel } from './panel';
import { swapping } from './focus';
import { STATUS_HINT, planGroups, skillChoices, skillCountNote, suggestions } from './plan-view';
import { renderWhy } from './why';

export function renderPlan(ctx: Ctx): HTMLElement {
  const view = ctx.model.followUp;
  return panel(
    ctx,
    'plan',
    'Plan and check-ins',
    false,
    view
      ? [
          ...renderSuggestions(ctx, view),
          ...renderItems(ctx, view),
          renderAddForm(ctx, view),
          ...renderCheckIns(ctx, view),
          ...renderWhy(ctx, view),
        ]
      : [
          // Refresh reads it again while the panel is open.
          h('p', { class: 'hint', testid: 'plan-loading', attrs: { dir: 'auto' } }, [
            ctx.model.followUpError ?? 'Reading the plan\u2026',
          ]),
        ],
    // Read each time it is opened.
    () => ctx.loadFollowUp(),
  );
}

function renderSuggestions(ctx: Ctx, view: FollowUpView): Child[] {
  const list = suggestions(ctx.state, view.plan.items);
  return [
    h('h3', {}, ['Skills to plan first']),
    h('p', { class: 'hint small' }, [
      list.length
        ? 'Pick two to four, and agree concrete actions for each.'
        : 'No gaps yet: rate skills red or yellow first.',
    ]),
    h(
      'ol',
      { class: 'priorities', testid: 'plan-suggestions' },
      list.map((s, i) =>
        h('li', { class: 'priority' }, [
          h('div', { class: 'priority-text' }, [
            name(s.skill, { testid: 'plan-suggestion-skill' }, 'strong'),
            h('span', { class: 'why', attrs: { dir: 'auto' } }, [
              s.why + (s.planned ? ` \u00B7 ${s.planned} planned` : ''),
            ]),
          ]),
          button(
            'Plan',
            () =>
              ctx.dispatch(
                [
                  { type: 'panel', key: 'plan-add', open: true },
                  { type: 'draft', key: 'plan-add:skill', text: s.skill },
                ],
                'plan-add:action',
              ),
            {
              class: 'secondary small',
              key: `plan-suggestion-${i}`,
              attrs: { 'aria-label': `Plan an action for ${q(s.skill)}` },
            },
          ),
        ]),
      ),
    ),
  ];
}

function renderItems(ctx: Ctx, view: FollowUpView): Child[] {
  const groups = planGroups(view.plan.items);
  const note = skillCountNote(groups);
  // In the order shown, for the focus after a removal: the action after, else the one before.
  const shown = groups.flatMap((g) => g.items.map(([id]) => id));
  const neighbour = (id: string): string | undefined => {
    const at = shown.indexOf(id);
    return shown[at + 1] ?? shown[at - 1];
  };
  return [
    h('h3', {}, ['The plan']),
    groups.length
      ? h('p', { class: 'hint small' }, [STATUS_HINT])
      : h('p', { class: 'hint small', testid: 'plan-empty' }, [
          'No actions yet. For each skill: what to do, who helps, by when.',
        ]),
    note ? h('p', { class: 'note', testid: 'plan-size-note' }, [note]) : null,
    ...groups.map((g, i) =>
      h('div', { testid: `plan-group-${i}` }, [
        h('h4', {}, [
          name(g.skill || 'No skill written', { testid: 'plan-group-skill' }, 'strong'),
        ]),
        g.items[0]?.[1].now
          ? h('p', { class: 'why', attrs: { dir: 'auto' } }, [`Now: ${g.items[0][1].now}`])
          : null,
        h(
          'ul',
          { class: 'plan-items' },
          g.items.map(([id, item]) => renderItem(ctx, id, item, neighbour(id))),
        ),
      ]),
    ),
    warningList(view.plan.warnings),
  ];
}

/** `neighbour`: the item the focus goes to when this one is removed. */
/** Keys that step a closed select's value. */
const STEP_KEYS = new Set(['ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown']);

function renderItem(
  ctx: Ctx,
  id: string,
  item: PlanItemView,
  neighbour: string | undefined,
): HTMLElement {
  const ref = { skill: item.skill, action: item.action, row: item.row };
  const what = q(item.action || item.skill);
  // `done` forgets what was typed, saved or refused: the fresh view shows the sheet's value.
  const edit = (changes: PlanItemChanges, focus: string, done?: () => void): void =>
    ctx.actFollowUp(() => call('updatePlanItem', ref, changes), { focus, ok: done, fail: done });

  const statuses: string[] = [...PLAN_STATUSES];
  // A word typed by hand that is not a status stays shown until the person picks one.
  if (!statuses.includes(item.status)) statuses.unshift(item.status);
  // A pick with the mouse or touch is sent at once. The arrow keys on a closed select change its
  // value at every press (Chrome on Windows and Linux fires `change` each time), so going from
  // Not started to Done would write In progress first, for the other person to see: a value
  // stepped to by keys is kept as a draft and sent when the person presses Enter or leaves.
  const statusKey = `${id}:status`;
  const stepped = ctx.model.drafts.get(statusKey);
  let stepping = stepped !== undefined;
  const sendStatus = (): void => {
    // A redraw moving the focus is not the person leaving the select.
    if (swapping) return;
    const value = status.value;
    stepping = false;
    ctx.record({ type: 'draft', key: statusKey, text: null });
    if (value !== item.status) edit({ status: value }, statusKey);
  };
  const status = h(
    'select',
    {
      key: statusKey,
      attrs: { 'aria-label': `Status of ${what}` },
      on: {
        keydown: (event) => {
          const key = event.key;
          if (STEP_KEYS.has(key)) stepping = true;
          else if (key === 'Enter' && stepping) {
            event.preventDefault();
            sendStatus();
          }
        },
        change: () => {
          if (stepping) ctx.record({ type: 'draft', key: statusKey, text: status.value });
          else sendStatus();
        },
        blur: () => {
          if (stepping) sendStatus();
        },
      },
    },
    statuses.map((s) => h('option', { attrs: { value: s } }, [s])),
  );
  status.value = stepped ?? item.status;

  const byKey = `${id}:by`;
  const byWhen = dateInput(ctx, byKey, item.byWhen ?? '', `By when: ${what}`, (day) =>
    edit({ byWhen: day }, byKey, () => ctx.record({ type: 'draft', key: byKey, text: null })),
  );

  const ownerKey = `${id}:owner`;
  const owner = draftInput(ctx, ownerKey, item.owner, {
    attrs: { 'aria-label': `Owner of ${what}` },
  });
  let sent = item.owner;
  const saveOwner = (): void => {
    const text = cleanName(owner.value);
    if (text === sent) return;
    sent = text;
    edit({ owner: text }, ownerKey, () => ctx.record({ type: 'draft', key: ownerKey, text: null }));
  };
  owner.addEventListener('change', saveOwner);

  const close: Msg = { type: 'removing', id: null };
  const facts = [
    item.kind,
    item.whoHelps && `helps: ${item.whoHelps}`,
    item.goal && `goal: ${item.goal}`,
    !item.byWhen && item.byWhenText && `by when: ${q(item.byWhenText)} (not a date)`,
  ].filter(Boolean);
  return h('li', { class: `plan-item${item.overdue ? ' is-overdue' : ''}`, testid: 'plan-item' }, [
    name(item.action || 'No action written', { testid: 'plan-item-action', class: 'clamp' }),
    h('span', { class: 'why', attrs: { dir: 'auto' } }, [facts.join(' \u00B7 ')]),
    item.overdue
      ? h('strong', { class: 'overdue', testid: 'plan-item-overdue' }, [
          `Overdue: it was due on ${item.byWhen ?? ''}.`,
        ])
      : null,
    h('form', { class: 'plan-controls', on: { submit: prevent(saveOwner) } }, [
      field('Status', status),
      field('By when', byWhen),
      field('Owner', owner),
    ]),
    ctx.model.removing === id
      ? confirmBox(
          ctx,
          id,
          'plan',
          `Remove ${what} from the Plan sheet?`,
          'To keep it as a record, set it to Dropped instead.',
          () =>
            ctx.actFollowUp(() => call('removePlanItem', ref, seenOf(item)), {
              ok: () => ctx.record(close),
              fail: () => ctx.record(close),
              // In the list, as when a skill is removed; the form when it was the only one.
              focus: neighbour ? `${neighbour}:status` : 'plan-add-summary',
            }),
          close,
        )
      : button('Remove', () => ctx.dispatch({ type: 'removing', id }, `${id}:remove-cancel`), {
          class: 'link small',
          fk: `${id}:remove`,
          testid: 'plan-item-remove',
          attrs: { 'aria-label': `Remove ${what}` },
        }),
  ]);
}

const ADD = 'plan-add:';

function renderAddForm(ctx: Ctx, view: FollowUpView): HTMLElement {
  const choices = skillChoices(ctx.state);
  const { drafts } = ctx.model;
  const keep = (key: string, el: HTMLInputElement | HTMLSelectElement, initial = ''): void => {
    el.value = drafts.get(ADD + key) ?? initial;
    el.addEventListener('change', () =>
      ctx.record({ type: 'draft', key: ADD + key, text: el.value }),
    );
  };
  const select = (key: string, options: readonly string[], initial: string): HTMLSelectElement => {
    const el = h(
      'select',
      { key: ADD + key },
      options.map((o) => h('option', { attrs: { value: o } }, [o])),
    );
    keep(key, el, initial);
    return el;
  };
  const text = (key: string, placeholder?: string): HTMLInputElement =>
    draftInput(ctx, ADD + key, '', { testid: ADD + key, attrs: { placeholder } });

  // The first suggestion not planned yet, else the first skill.
  const skill = select(
    'skill',
    choices,
    suggestions(ctx.state, view.plan.items).find((s) => !s.planned)?.skill ?? choices[0] ?? '',
  );
  const action = text('action', 'e.g. Run the next hiring loop with Sam');
  const kind = select('kind', PLAN_KINDS, PLAN_KINDS[0]);
  const goal = text('goal', 'The bar to reach');
  const owner = text('owner');
  const helps = text('helps');
  const by = dateInput(ctx, `${ADD}by`, '');

  const submit = (): void => {
    if (!cleanName(action.value)) {
      ctx.say('Write the action first: something concrete to do.', 'error');
      action.focus();
      return;
    }
    const item = {
      skill: skill.value,
      action: action.value,
      kind: kind.value,
      goal: goal.value,
      owner: owner.value,
      whoHelps: helps.value,
      byWhen: by.value,
    };
    ctx.actFollowUp(() => call('addPlanItem', item), {
      ok: () =>
        ['action', 'goal', 'helps', 'by'].forEach((k) =>
          ctx.record({ type: 'draft', key: ADD + k, text: null }),
        ),
      focus: `${ADD}action`,
    });
  };

  // Once the person writes in the form, the skill shown is theirs: a change of the suggestions
  // (the other person planned or removed an action) must not move it to another skill.
  const pinSkill = (): void => ctx.record({ type: 'draft', key: `${ADD}skill`, text: skill.value });

  return panel(ctx, 'plan-add', 'Add an action', false, [
    h('form', { class: 'plan-form', on: { submit: prevent(submit), input: pinSkill } }, [
      field('Skill', skill),
      field('Action', action),
      field('Kind', kind),
      h('p', { class: 'hint small' }, [
        'Doing teaches most: a role or project first, then someone to learn from, then a course or book.',
      ]),
      field('Goal', goal),
      field('Owner', owner),
      field('Who helps', helps),
      field('By when', by),
      // A focus key: after a refusal (no focus named), the redrawn page gives it back.
      h('button', { class: 'primary', key: 'plan-add-button', attrs: { type: 'submit' } }, [
        'Add to the plan',
      ]),
    ]),
  ]);
}
