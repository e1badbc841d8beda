import { identifies } from './identifying-text';

const alderRoad = { schoolName: 'Alder Road Primary School', urn: 990001, people: ['Harriet Head (Alder Road)'] };

describe('identifies', () => {
  it.each([
    ['the full name', 'Parents outside Alder Road Primary School every morning'],
    ['the distinctive words', 'Leaflets handed out at alder road gates'],
    ['the URN', 'See GIAS 990001'],
    ['the reporter', 'Posts naming Harriet Head as a danger to children'],
    ['a curly apostrophe and accents', 'Outside ÁLDER ROAD’s gates'],
  ])('finds %s', (_what, text) => {
    expect(identifies(text, alderRoad)).toBe(true);
  });

  it.each([
    ['a general summary', 'A group leafleted parents at the gate against RSE lessons and filmed staff.'],
    ['generic school words', 'A primary school was picketed by people from outside the area.'],
    ['a word that merely contains the name', 'The alderroadside posts were removed'],
    ['a longer number', 'Petition 99000123 had 400 signatures'],
  ])('lets through %s', (_what, text) => {
    expect(identifies(text, alderRoad)).toBe(false);
  });
});
