// The conversation guide: the opening question, follow-ups that lead from feelings to roles,
// and what the colours and bold mean, in the legend's words.
import type { Ctx } from './context';
import { h } from './dom';
import { panel } from './panel';
import { LEGEND } from './words';

/** The conversation prompts: what to ask first, and how to get from feelings to roles. */
const PROMPTS = {
  opening:
    'Picture the high point of your working life, the moment you would say \u201cI made it\u201d. What are you doing there, and why does it matter to you?',
  circumstancesIntro:
    'If the answers describe a situation (money, freedom, respect, calm) rather than a job, note those first, then ask:',
  circumstances: [
    'Where are you, and who do you work with? What does an ordinary day look like?',
    'How does it feel at the end of a good week there?',
    'Which jobs or roles would give you that? Is there one you would be a little shy to say out loud?',
    'Whose career would you swap for yours? What do they actually do?',
  ],
  roles:
    'Aim for concrete roles: a role can be broken into skills, a feeling cannot. Each role becomes a dream column.',
  skills:
    'For each dream, list the skills it takes and agree what each one means. Write the bar for that dream in the skill\u2019s note.',
  marking:
    'Mark the critical skills first, then rate every skill. The review (\u201cReview one by one\u201d under a dream) walks you through both.',
};

/** Each swatch of the guide and its line: a colour says what it means; bold says it is critical. */
const GUIDE: ReadonlyArray<{ swatch: string; label: string; text: string }> = [
  ...(['red', 'yellow', 'green'] as const).map((rating) => ({
    swatch: rating,
    label: LEGEND[rating].word,
    text: sentence(LEGEND[rating].meaning),
  })),
  { swatch: 'bold', label: 'Bold', text: `${LEGEND.critical.word}: ${LEGEND.critical.meaning}.` },
];

const GUIDE_CLOSING = [
  'A skill that is red in several dreams, above all where it is critical, is the one to learn first: it moves you toward more than one future at once. The Priorities list does that counting for you.',
  'The colours are a snapshot, not a grade. They are meant to change as you grow, and you can colour the cells by hand in the sheet too: any shade of red, yellow or green counts.',
];

function sentence(phrase: string): string {
  return `${phrase.charAt(0).toUpperCase()}${phrase.slice(1)}.`;
}

/** Open while there are no dreams yet; closed by default once there are, so it takes no room. */
export function renderGuide(ctx: Ctx): HTMLElement {
  const starting = ctx.state.dreams.length === 0;
  return panel(ctx, 'guide', 'Conversation guide and colours', starting, [
    h('div', { testid: 'prompts' }, [
      h('h3', {}, ['Start with']),
      h('p', { class: 'prompt' }, [PROMPTS.opening]),
      h('p', {}, [PROMPTS.circumstancesIntro]),
      h(
        'ul',
        { class: 'prompts' },
        PROMPTS.circumstances.map((text) => h('li', {}, [text])),
      ),
      h('p', {}, [PROMPTS.roles]),
      h('h3', {}, ['Then, dream by dream']),
      h('p', {}, [PROMPTS.skills]),
      h('p', {}, [PROMPTS.marking]),
    ]),
    h('h3', {}, ['What the colours mean']),
    h(
      'dl',
      { class: 'guide' },
      GUIDE.flatMap((item) => [
        h('dt', {}, [h('span', { class: `swatch swatch-${item.swatch}` }, [item.label])]),
        h('dd', {}, [item.text]),
      ]),
    ),
    ...GUIDE_CLOSING.map((text) => h('p', { class: 'hint' }, [text])),
  ]);
}
