// A skill's rating buttons (red / yellow / green / none) and its critical toggle, under its row.
import type { SkillRef, SkillView } from '../contract';
import type { Ctx } from './context';
import { markSkillCritical, rateSkill } from './skill-actions';
import { arrowKeys, tick } from './controls';
import { button, h, q } from './dom';
import { legendLine, RATINGS } from './words';

/** `id` is the skill's id, the prefix of its buttons' focus keys. */
export function skillRating(ctx: Ctx, skill: SkillView, ref: SkillRef, id: string): HTMLElement {
  const rating = h(
    'div',
    {
      class: 'segmented',
      attrs: { role: 'group', 'aria-label': `Rating of ${q(skill.name)}` },
      on: { keydown: arrowKeys },
    },
    RATINGS.map((option) => {
      const pressed = skill.rating === option.rating;
      return button(
        [tick(pressed), option.word],
        () => {
          // Pressing the rating it already has changes nothing: no call.
          if (!pressed) rateSkill(ctx, id, ref, option.choice);
        },
        {
          class: `rate rate-${option.choice}`,
          testid: `skill-rate-${option.choice}`,
          fk: `${id}:rate-${option.choice}`,
          attrs: { 'aria-pressed': String(pressed), title: option.hint },
        },
      );
    }),
  );
  const critical = button(
    [tick(skill.critical), 'Critical'],
    () => markSkillCritical(ctx, id, ref, !skill.critical),
    {
      class: 'crit',
      testid: 'skill-critical',
      fk: `${id}:critical`,
      attrs: { 'aria-pressed': String(skill.critical), title: legendLine('critical') },
    },
  );
  return h('div', { class: 'skill-controls' }, [rating, critical]);
}
