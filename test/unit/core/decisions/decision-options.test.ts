// How options are read from the way people write them down, and how a reply points at one of a list:
// the decision finder can only find a choice between options it has read.
import { describe, expect, it } from 'vitest';
import { ENGLISH } from '../../../../src-main/core/decisions/languages/english.js';
import { DUTCH } from '../../../../src-main/core/decisions/languages/dutch.js';
import {
  allOptions,
  mergedOptions,
  referencedOption,
  turnOptions,
} from '../../../../src-main/core/decisions/decision-options.js';

const asked = (text: string) => turnOptions({ role: 'user', text }, ENGLISH).asked;

describe('options a person writes down', () => {
  it('reads options put one per line or sentence, each opened by its name', () => {
    expect(
      asked(
        'Two offers on the table. Startup: 62k, fully remote. Hospital IT department: 58k, hybrid, solid pension.',
      ),
    ).toEqual(['Startup', 'Hospital IT department']);
    expect(
      asked('Hiring a designer.\nPriya: 4y experience, research\nTom (agency): 6y, visual polish'),
    ).toEqual(['Priya', 'Tom']);
  });

  it('reads numbered options by their first words', () => {
    expect(
      asked(
        "option one: Marcello's, the restaurant of our first date. option two: a picnic at the lake where we walk every sunday.",
      ),
    ).toEqual(["Marcello's", 'picnic at the lake']);
  });

  it('leaves out the price an option is offered at, not a time', () => {
    expect(asked('dyson v8 on sale for 249 or shark stratos for 279. 2 cats')).toEqual([
      'dyson v8',
      'shark stratos',
    ]);
    expect(asked('the studio at €950/mo or the 1-bed at €1100 a month?')).toEqual(['studio', '1-bed']);
    expect(asked('lunch at 1 or brunch at 11?')).toEqual(['lunch at 1', 'brunch at 11']);
  });

  it('reads things offered at a price each by the words before each price', () => {
    expect(asked('tickets for the gig. standing floor is £48, balcony seated is £62. im 5ft3')).toEqual([
      'standing floor',
      'balcony seated',
    ]);
    expect(
      asked(
        'shortlisted three tiles: Porto white gloss (£24/m²), Ravenna matte porcelain (£38/m²), Terrazzo Milano (£61/m²).',
      ),
    ).toEqual(['Porto white gloss', 'Ravenna matte porcelain', 'Terrazzo Milano']);
    expect(
      asked(
        'quotes: removal company £1,100 for a full day, or we rent a luton van for £180 and do it ourselves',
      ),
    ).toEqual(['removal company', 'luton van']);
    expect(asked('their pricing page has Starter £19/mo (3 seats), Growth £39/mo (10 seats)')).toEqual([
      'Starter',
      'Growth',
    ]);
    expect(asked('trains from euston: 06:10 (£38, arrives 08:22), 07:40 (£79, arrives 09:51)')).toEqual([
      '06:10',
      '07:40',
    ]);
    expect(
      turnOptions(
        {
          role: 'user',
          text: 'Opties: een Airbnb in De Pijp (€160 per nacht, steile trap) of een klein hotel aan de Keizersgracht (€210 per nacht)',
        },
        DUTCH,
      ).asked,
    ).toEqual(['Airbnb', 'klein hotel']);
  });

  it('takes a price in brackets that opens with words as describing the price before it', () => {
    expect(
      asked('landlord offered: 12 month renewal at £1,350 (from £1,300), or go rolling periodic at £1,400.'),
    ).toEqual(['12 month renewal', 'go rolling periodic']);
    expect(
      asked('Xfinity cable at $65 promo (goes to $95 after a year) or Ziply Fiber at $70 flat.'),
    ).toEqual(['Xfinity cable', 'Ziply Fiber']);
  });

  it('reads options labelled one after another in running text', () => {
    const doors = turnOptions(
      {
        role: 'user',
        text: 'fitter sent 3 door styles: #1 slab handleless – sleek, j-pull #2 fluted – vertical ribbing #3 shaker – classic frame, with brass knobs',
      },
      ENGLISH,
    );
    expect(doors.asked).toEqual(['slab handleless', 'fluted', 'shaker']);
    expect(doors.labelled.get('3')).toBe('shaker');
    expect(
      asked(
        'designer sent 3 logos: Concept A – hand-lettered wordmark Concept B – line icon Concept C – playful',
      ),
    ).toEqual(['Concept A', 'Concept B', 'Concept C']);
    expect(asked('I have 2 kids. 1. is 5 and 2. is 7')).toEqual([]);
  });

  it('reads no options from one price, or from prices of things that are no offers', () => {
    expect(asked('my car costs me about £2,800 a year and i barely drive it')).toEqual([]);
    expect(asked('budget is £400 and the deposit was £100')).toEqual([]);
  });

  it('does not take labels of what is said for options', () => {
    expect(asked('Update: the landlord called.\nBudget: 1,400 a month\nDeadline: friday')).toEqual([]);
  });

  it('reads the options after the word that compares, and a longer "A or B" said outright', () => {
    expect(asked('we keep going back and forth between a Caribbean cruise and a Utah road trip')).toEqual([
      'a Caribbean cruise',
      'a Utah road trip',
    ]);
    expect(
      asked('budget 25k. new toyota corolla hybrid or a 3yo VW golf with 40k km. i drive mostly city'),
    ).toEqual(['corolla hybrid', 'a 3yo VW golf']);
  });
});

describe('a reply pointing at an option of a list', () => {
  const list = turnOptions(
    {
      role: 'assistant',
      text: 'A) Semi-structured interviews\nB) Survey with a burnout scale\nC) Mixed methods\nD) Diary study',
    },
    ENGLISH,
  );

  it('reads a letter after a verb that takes it, and a bare place in the list', () => {
    expect(referencedOption('going for A. 12 people is too few for a survey', list, ENGLISH)).toBe(
      'Semi-structured interviews',
    );
    expect(referencedOption("going w the 4th, it's basically my thesis", list, ENGLISH)).toBe('Diary study');
    expect(referencedOption('ok the last, it fits', list, ENGLISH)).toBe('Diary study');
  });

  it('does not read an article or a time as a pointer', () => {
    expect(referencedOption('going for a walk first, then I will decide', list, ENGLISH)).toBeNull();
    expect(referencedOption('the first time I ran a survey it flopped', list, ENGLISH)).toBeNull();
  });
});

describe('options an answer lays out', () => {
  const answer = (text: string) => turnOptions({ role: 'assistant', text }, ENGLISH);

  it('reads a heading that labels an option as one, and the lines under it as its description', () => {
    const options = answer(
      '## Three builds\n\n### A. **Ryzen 5 7600 build** – ~€1,250\n- RX 7800 XT, 1TB NVMe\n- Great 1440p value\n\n### B. **7800X3D build** – ~€1,480\n- Best for competitive shooters\n\n### C) 14600K build\n- Strong for streaming',
    );
    expect(options.ordered).toEqual(['Ryzen 5 7600 build', '7800X3D build', '14600K build']);
    expect(options.labelled.get('B')).toBe('7800X3D build');
    expect(options.details.get('7800X3D build')).toContain('competitive shooters');
  });

  it('reads a table of options by its rows, and a comparison by its columns', () => {
    const byRow = answer(
      '| Periode | Rente | Bruto maandlast |\n|---|---|---|\n| 10 jaar vast | 3,6% | €1.364 |\n| 20 jaar vast | 3,9% | €1.415 |',
    );
    expect(byRow.ordered).toEqual(['10 jaar vast', '20 jaar vast']);
    expect(byRow.listed).not.toContain('Periode');
    expect(byRow.listed).not.toContain('Rente');
    const byColumn = answer('| | Kobo Libra | Kindle Paperwhite |\n|---|---|---|\n| Buttons | yes | no |');
    expect(byColumn.listed).toEqual(['Kobo Libra', 'Kindle Paperwhite']);
  });

  it("reads a row's own label as its label, and a verdict that points back at an item as no option", () => {
    const options = answer(
      '| Idea | Feasibility | Wow |\n|---|---|---|\n| 1. Carpool matcher | Medium | Medium |\n| 2. Receipt scanner | High | High |\n\n**Most impressive demo:** idea 2. **Safest to finish:** idea 1.',
    );
    expect(options.ordered).toEqual(['Carpool matcher', 'Receipt scanner']);
    expect(options.labelled.get('2')).toBe('Receipt scanner');
  });

  it('names an option, not what it is best at', () => {
    const byWhatTheyDoBest = answer(
      "Here's a shortlist:\n\n**Best for city living:** Bugaboo Butterfly\nVery compact fold.\n\n**Best value:** Joie Litetrax – sturdy all-rounder\nBigger wheels.",
    );
    expect(byWhatTheyDoBest.ordered).toEqual(['Bugaboo Butterfly', 'Joie Litetrax']);
    const underTheirHeads = answer(
      '**Option 1: Lowest upfront cost**\nLoft insulation top-up\n- £400–700\n\n**Option 2: Biggest saving per year**\nCavity wall insulation\n- £1,000–2,000',
    );
    expect(underTheirHeads.ordered).toEqual(['Loft insulation top-up', 'Cavity wall insulation']);
    expect(underTheirHeads.labelled.get('2')).toBe('Cavity wall insulation');
    // Only what an option is best at gives way to what follows it: a price is no name.
    expect(answer('**Kindle Paperwhite**\n- **Price:** £150\n- **Weight:** 205 g').ordered).not.toContain(
      '£150',
    );
  });

  it("takes the items under an option's heading and the line of prose that opens it as describing it", () => {
    const options = answer(
      'Three venues that could fit:\n\n**1. Lakeside Lodge, Windermere**\nExclusive-use lodge with a lake view\n- Sleeps 16, meeting room for 20\n- About £6,800\n\n**2. The Old Mill at Hebden**\nConverted mill with a workshop loft\n- Sleeps 14\n\nGiven your budget, 2 looks like the best balance.',
    );
    expect(options.ordered).toEqual(['Lakeside Lodge, Windermere', 'The Old Mill at Hebden']);
    expect(options.details.get('The Old Mill at Hebden')).toContain('workshop loft');
    // Prose after the last option's items closes it: "the best balance" describes no option.
    expect(options.details.get('The Old Mill at Hebden')).not.toContain('best balance');
  });

  it('reads a Markdown heading as the option its section describes, by the name under a heading that says what it is best at', () => {
    const byHeading = answer(
      '### Gazelle Ultimate C380\n- Bosch middle motor\n- **Prijs:** ~€3.299\n\n### Cortina E-Common\n- **Automatic gears** on every model\n- cheaper to repair\n\n**Mijn advies:** de Cortina.',
    );
    expect(byHeading.ordered).toEqual(['Gazelle Ultimate C380', 'Cortina E-Common']);
    const labelled = answer(
      '### Itinerary 1: Edinburgh + Highlands loop\n- least driving\n\n### Itinerary 3: Skye + North Coast 500 (partial)\n- Most dramatic scenery, most driving',
    );
    expect(labelled.ordered).toEqual(['Edinburgh + Highlands loop', 'Skye + North Coast 500']);
    expect(labelled.labelled.get('3')).toBe('Skye + North Coast 500');
    const namedBelow = answer(
      '### Optie 1: Goedkoopst\n**Odido Glasvezel 500**\n- €45\n\n### Optie 2: Snelst\n**Delta Fiber 1 Gbit**\n- €55',
    );
    expect(namedBelow.ordered).toEqual(['Odido Glasvezel 500', 'Delta Fiber 1 Gbit']);
    // A fence opened and closed on one line leaves what follows it readable; names that open with a
    // section's word are names ("Final Cut Pro").
    expect(
      answer(
        '```npm i zustand``` is all it takes.\n\n- **Final Cut Pro** – one-time\n- **DaVinci Resolve** – free',
      ).ordered,
    ).toEqual(['Final Cut Pro', 'DaVinci Resolve']);
    // A heading right above another heading names a section, as do "Questions" and "Pros".
    expect(
      answer('## Honest view\n### Flask\n- small\n### Django\n- big\n## Questions\n- how big?').ordered,
    ).toEqual(['Flask', 'Django']);
  });

  it("takes an answer's headings for sections where they name none of the options the person put", () => {
    const asked = turnOptions({ role: 'user', text: 'Two offers: Flowly or Rabobank?' }, ENGLISH);
    const sections = answer(
      '### Cash\n- **Flowly**: €72k\n- **Rabobank**: €79k\n\n### Mortgage\nA permanent contract makes it easier.',
    );
    const merged = mergedOptions([asked, sections]);
    expect(allOptions(merged)).toContain('Rabobank');
    expect(allOptions(merged)).not.toContain('Cash');
    expect(allOptions(merged)).not.toContain('Mortgage');
    // Where some headings name the person's options, they are the options.
    const byName = answer('### Flowly\n- €72k\n\n### Rabobank\n- €79k');
    expect(allOptions(mergedOptions([asked, byName]))).toContain('Rabobank');
  });

  it('takes no option from what explains a problem, until the answer turns to what to do', () => {
    const options = answer(
      'Likely causes:\n\n### 1. **Flask is bound to 127.0.0.1**\n- listens inside only\n\n### 2. **Port 5000 is taken on your Mac**\n\nWays to fix it:\n\n1. **Bind to 0.0.0.0**\n2. **Map another port**',
    );
    expect(options.ordered).toEqual(['Bind to 0.0.0.0', 'Map another port']);
    expect(options.listed).not.toContain('Flask is bound to 127.0.0.1');
  });
});
