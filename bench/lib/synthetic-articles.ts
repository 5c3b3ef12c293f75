/**
 * Realistic synthetic news articles for benchmarks: deterministic for a seed,
 * built from word banks so that titles, summaries and bodies read like news
 * and share vocabulary the way real archives do (places, people, topics).
 *
 *   generateArticles(10_000, 1)        → domain Article objects, no I/O
 *   writeMarkdownFiles(dir, articles)  → a content folder the site can build
 *
 * The search benchmark indexes the objects; the build-scale benchmark builds
 * the site from the files. Nothing generated is committed: benchmarks write
 * to temporary folders.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { countWords, markdownToText, readingMinutes } from '../../lib/content/text';
import type { Article, Author, Category } from '../../lib/content/types';

/** The site's four sections, as in content/categories. */
export const syntheticCategories: Category[] = [
  {
    slug: 'world',
    title: 'World',
    description: 'Diplomacy, conflict, elections and climate news from every region.',
    order: 1,
    path: '/world',
  },
  { slug: 'life', title: 'Life', description: 'Health, housing, food, family and the way we live now.', order: 2, path: '/life' },
  {
    slug: 'social-media',
    title: 'Social Media',
    description: 'Platforms, creators, misinformation and the rules of online life.',
    order: 3,
    path: '/social-media',
  },
  {
    slug: 'tech-science',
    title: 'Tech & Science',
    description: 'Discoveries, inventions and the technology debates of the decade.',
    order: 4,
    path: '/tech-science',
  },
];

const AUTHOR_NAMES: [string, string, Author['kind']][] = [
  ['amara-okafor', 'Amara Okafor', 'person'],
  ['lucas-moreau', 'Lucas Moreau', 'person'],
  ['ingrid-halvorsen', 'Ingrid Halvorsen', 'person'],
  ['rafael-nogueira', 'Rafael Nogueira', 'person'],
  ['mei-tanaka', 'Mei Tanaka', 'person'],
  ['jonas-becker', 'Jonas Becker', 'person'],
  ['fatima-zahra-el-idrissi', 'Fatima Zahra El Idrissi', 'person'],
  ['chloe-dubois', 'Chloé Dubois', 'person'],
  ['tomasz-wojcik', 'Tomasz Wójcik', 'person'],
  ['priya-raman', 'Priya Raman', 'person'],
  ['daniel-osei', 'Daniel Osei', 'person'],
  ['wire-desk', 'Wire Desk', 'organization'],
];

export const syntheticAuthors: Author[] = AUTHOR_NAMES.map(([slug, name, kind]) => ({
  slug,
  name,
  role: kind === 'organization' ? 'News agency' : 'Correspondent',
  kind,
  links: [],
  bioHtml: `<p>${name} reports for the site.</p>`,
  bioText: `${name} reports for the site.`,
  path: `/author/${slug}`,
}));

const PLACES = [
  'Lisbon',
  'São Paulo',
  'Zürich',
  'Montréal',
  'Kraków',
  'Moscow',
  'Istanbul',
  'Nairobi',
  'Lagos',
  'Jakarta',
  'Manila',
  'Bogotá',
  'Lima',
  'Santiago',
  'Reykjavík',
  'Oslo',
  'Helsinki',
  'Tallinn',
  'Vilnius',
  'Warsaw',
  'Prague',
  'Vienna',
  'Budapest',
  'Athens',
  'Genoa',
  'Marseille',
  'Rotterdam',
  'Antwerp',
  'Dublin',
  'Cardiff',
  'Glasgow',
  'Leeds',
  'Berlin',
  'Hamburg',
  'Munich',
  'Copenhagen',
  'Gdańsk',
  'Seville',
  'Valencia',
  'Porto',
  'Tunis',
  'Cairo',
  'Beirut',
  'Amman',
  'Damascus',
  'Baghdad',
  'Tehran',
  'Karachi',
  'Dhaka',
  'Chennai',
  'Mumbai',
  'Hanoi',
  'Seoul',
  'Osaka',
  'Sydney',
  'Auckland',
  'Toronto',
  'Vancouver',
  'Chicago',
  'Houston',
  'Mexico City',
  'Quito',
  'Accra',
  'Dakar',
  'Addis Ababa',
  'Kinshasa',
  'Luanda',
  'Cape Town',
  'Harare',
  'Kyiv',
  'Tbilisi',
  'Yerevan',
  'Baku',
  'Almaty',
  'Ulaanbaatar',
];
const COUNTRIES = [
  'Syria',
  'Brazil',
  'Switzerland',
  'Canada',
  'Poland',
  'Turkey',
  'Kenya',
  'Nigeria',
  'Indonesia',
  'Philippines',
  'Colombia',
  'Peru',
  'Chile',
  'Iceland',
  'Norway',
  'Finland',
  'Estonia',
  'Austria',
  'Hungary',
  'Greece',
  'Italy',
  'France',
  'Netherlands',
  'Belgium',
  'Ireland',
  'Germany',
  'Denmark',
  'Spain',
  'Portugal',
  'Tunisia',
  'Egypt',
  'Lebanon',
  'Jordan',
  'Iraq',
  'Pakistan',
  'Bangladesh',
  'India',
  'Vietnam',
  'Japan',
  'Australia',
  'Mexico',
  'Ghana',
  'Senegal',
  'Ethiopia',
  'Angola',
  'Zimbabwe',
  'Ukraine',
  'Georgia',
  'Armenia',
  'Kazakhstan',
  'Mongolia',
  'Côte d’Ivoire',
];
const FIRST = [
  'Ana',
  'Karim',
  'Ingrid',
  'Nadim',
  'Chiara',
  'Reto',
  'Rania',
  'Anders',
  'Lucía',
  'Mateus',
  'Olga',
  'Yusuf',
  'Hana',
  'Kwame',
  'Sofia',
  'Jakub',
  'Leila',
  'Tomás',
  'Eun-ji',
  'Arjun',
  'Noor',
  'Pieter',
  'Ewa',
  'Dmitri',
  'Aisha',
  'Jean',
  'François',
  'Björn',
  'Zeynep',
  'Mariana',
  'Kofi',
  'Siobhán',
  'Ngozi',
  'Matteo',
  'Linh',
  'Farah',
];
const LAST = [
  'Haddad',
  'Benslimane',
  'Solberg',
  'Saadeh',
  'Lombardi',
  'Zimmerli',
  'Lie',
  'Ferreira',
  'Carvalho',
  'Nowak',
  'Petrova',
  'Demir',
  'Sato',
  'Mensah',
  'Rossi',
  'Kowalski',
  'Mansour',
  'García',
  'Kim',
  'Sharma',
  'Hussain',
  'de Vries',
  'Wiśniewska',
  'Ivanov',
  'Bello',
  'Lefèvre',
  'Hollande',
  'Lindqvist',
  'Yılmaz',
  'Oliveira',
  'Asante',
  'Ní Bhriain',
  'Okonkwo',
  'Ricci',
  'Nguyen',
  'Aziz',
];
const ROLES = [
  'the mayor',
  'a city councillor',
  'the health minister',
  'a senior economist',
  'a spokesperson for the ministry',
  'a researcher at the national institute',
  'the head of the regional authority',
  'a union representative',
  'a local shop owner',
  'an independent analyst',
  'a professor of public policy',
  'the director of the charity',
  'a spokesperson for the company',
  'a parent of two',
  'a retired engineer',
  'a digital rights campaigner',
];

type Bank = { topics: string[]; things: string[]; actions: string[]; tags: string[]; orgs: string[] };

const BANKS: Record<string, Bank> = {
  world: {
    topics: [
      'ceasefire',
      'election',
      'drought',
      'flood defences',
      'grain exports',
      'refugee support',
      'border talks',
      'water network',
      'sanctions',
      'climate finance',
      'port strike',
      'wildfire season',
      'debt relief',
      'peace plan',
      'coastal erosion',
    ],
    things: [
      'a new treaty',
      'emergency funding',
      'a reconstruction plan',
      'the shipping corridor',
      'the aid package',
      'an inquiry',
      'the budget',
      'a regional pact',
      'the referendum',
      'new evacuation routes',
    ],
    actions: ['approves', 'rejects', 'delays', 'backs', 'questions', 'expands', 'suspends', 'announces', 'renews', 'debates'],
    tags: [
      'Diplomacy',
      'Climate',
      'Elections',
      'Middle East',
      'Europe',
      'Latin America',
      'Africa',
      'Asia',
      'Food',
      'Oceans',
      'Cities',
      'Transport',
    ],
    orgs: [
      'the United Nations',
      'the European Commission',
      'the African Union',
      'the World Bank',
      'the Red Cross',
      'the regional parliament',
      'the coast guard',
      'the electoral commission',
    ],
  },
  life: {
    topics: [
      'housing co-ops',
      'school meals',
      'four-day week',
      'community kitchens',
      'heatwave homes',
      'rent controls',
      'social prescribing',
      'night trains',
      'allotments',
      'childcare costs',
      'public libraries',
      'loneliness',
      'cycling lanes',
      'care homes',
      'food prices',
    ],
    things: [
      'a pilot scheme',
      'new guidance',
      'free bus passes',
      'a waiting list',
      'longer opening hours',
      'a grants fund',
      'cheaper rents',
      'a volunteer network',
      'the new timetable',
      'a local survey',
    ],
    actions: ['tries', 'extends', 'cuts', 'funds', 'tests', 'rethinks', 'welcomes', 'doubles', 'pauses', 'reopens'],
    tags: ['Housing', 'Health', 'Education', 'Food', 'Cities', 'Youth', 'Family', 'Energy', 'Transport', 'Culture'],
    orgs: [
      'the city council',
      'the housing association',
      'the parents’ group',
      'the NHS trust',
      'the food bank',
      'the tenants’ union',
      'the school board',
      'the library service',
    ],
  },
  'social-media': {
    topics: [
      'deepfake videos',
      'creator funds',
      'age checks',
      'misinformation',
      'feed algorithms',
      'content moderation',
      'teen accounts',
      'influencer ads',
      'livestream shopping',
      'viral rumours',
      'account bans',
      'election ads',
      'fact-checking',
      'quiet hours',
      'data scraping',
    ],
    things: [
      'a new label',
      'stricter rules',
      'a transparency report',
      'an appeals process',
      'a fine',
      'new parental controls',
      'a verification badge',
      'an advertising ban',
      'a warning screen',
      'a research archive',
    ],
    actions: ['launches', 'drops', 'tightens', 'tests', 'defends', 'pauses', 'expands', 'removes', 'reverses', 'limits'],
    tags: ['Misinformation', 'Creators', 'Regulation', 'Privacy', 'Youth', 'Elections', 'Artificial Intelligence', 'Advertising'],
    orgs: [
      'Clipstream',
      'Chirper',
      'Framegram',
      'the regulator',
      'the fact-checking network',
      'the platform’s oversight board',
      'the data protection authority',
      'the creators’ guild',
    ],
  },
  'tech-science': {
    topics: [
      'battery recycling',
      'weather models',
      'lunar water ice',
      'deep-sea microbes',
      'quantum sensors',
      'gene therapy',
      'fusion energy',
      'satellite data',
      'hospital AI',
      'plastic-eating enzymes',
      'solar roads',
      'brain implants',
      'vaccine trials',
      'coral restoration',
      'heat pumps',
    ],
    things: [
      'a new study',
      'a prototype',
      'the first trial',
      'an open dataset',
      'a funding round',
      'a safety review',
      'the launch window',
      'peer review',
      'a patent dispute',
      'the pilot plant',
    ],
    actions: ['unveils', 'tests', 'publishes', 'delays', 'doubles', 'scales up', 'questions', 'confirms', 'abandons', 'licenses'],
    tags: ['Artificial Intelligence', 'Space', 'Research', 'Energy', 'Health', 'Oceans', 'Climate', 'Privacy', 'Robotics'],
    orgs: [
      'the space agency',
      'the university hospital',
      'the research consortium',
      'the national laboratory',
      'a start-up',
      'the science academy',
      'the observatory',
      'the medical council',
    ],
  },
};

/** General vocabulary, so that bodies vary the way real reporting does. */
const GROUPS = [
  'farmers',
  'nurses',
  'teachers',
  'pilots',
  'dockworkers',
  'miners',
  'students',
  'pensioners',
  'tourists',
  'landlords',
  'tenants',
  'commuters',
  'volunteers',
  'firefighters',
  'midwives',
  'lawyers',
  'judges',
  'diplomats',
  'peacekeepers',
  'journalists',
  'scientists',
  'engineers',
  'economists',
  'bankers',
  'auditors',
  'inspectors',
  'architects',
  'musicians',
  'athletes',
  'chefs',
  'shopkeepers',
  'bus drivers',
  'cyclists',
  'beekeepers',
  'winemakers',
  'shepherds',
  'fishermen',
  'carers',
  'paramedics',
  'librarians',
  'software developers',
  'truckers',
  'vets',
  'translators',
  'park rangers',
];
const PLACES_IN_TOWN = [
  'the harbour',
  'the old town',
  'the hospital',
  'the airport',
  'the central station',
  'the market square',
  'the university',
  'the industrial park',
  'the river port',
  'the ring road',
  'the business district',
  'the suburbs',
  'the valley',
  'the coast',
  'the border crossing',
  'the refinery',
  'the reservoir',
  'the steelworks',
  'the vineyards',
  'the ski resort',
  'the islands',
];
const GOODS = [
  'wheat',
  'maize',
  'rice',
  'coffee',
  'cocoa',
  'copper',
  'lithium',
  'cobalt',
  'steel',
  'cement',
  'timber',
  'diesel',
  'fertiliser',
  'insulin',
  'antibiotics',
  'microchips',
  'solar panels',
  'wind turbines',
  'bicycles',
  'school books',
  'olive oil',
  'sugar',
  'tea',
  'wool',
  'natural gas',
  'hydrogen',
  'electricity',
  'drinking water',
  'bread',
  'milk',
];
const FEELINGS = [
  'anxious',
  'hopeful',
  'frustrated',
  'cautiously optimistic',
  'sceptical',
  'relieved',
  'angry',
  'exhausted',
  'determined',
  'divided',
];
const EVENTS = [
  'a heatwave',
  'a cyberattack',
  'a bridge collapse',
  'a court ruling',
  'a snap election',
  'a general strike',
  'a cholera outbreak',
  'a currency crash',
  'a landslide',
  'a power cut',
  'a data leak',
  'a hunger strike',
  'a royal visit',
  'a trade dispute',
  'a cabinet reshuffle',
  'a wildfire',
  'an earthquake',
  'a corruption scandal',
  'a pay deal',
  'a ferry accident',
];

const CONNECTORS = [
  'However,',
  'Meanwhile,',
  'Even so,',
  'At the same time,',
  'In practice,',
  'For now,',
  'Still,',
  'By contrast,',
  'Earlier this year,',
  'According to officials,',
];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const HEADINGS = [
  'What happens next',
  'Why it matters',
  'The cost',
  'A divided response',
  'Lessons from elsewhere',
  'What critics say',
  'Behind the numbers',
  'The view on the ground',
];

/** mulberry32: small, fast and good enough for test data. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * `n` articles, newest first, dated over the eight years before
 * 2026-11-01, spread over the four sections and twelve bylines. The same
 * `n` and `seed` always give the same articles.
 */
export function generateArticles(n: number, seed = 1): Article[] {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const between = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const person = () => `${pick(FIRST)} ${pick(LAST)}`;
  const end = Date.UTC(2026, 10, 1);
  const span = 8 * 365 * 24 * 3600 * 1000;
  const articles: Article[] = [];

  for (let i = 0; i < n; i++) {
    const category = syntheticCategories[i % syntheticCategories.length]!;
    const bank = BANKS[category.slug]!;
    const place = pick(PLACES);
    const country = pick(COUNTRIES);
    const topic = pick(bank.topics);
    const thing = pick(bank.things);
    const org = pick(bank.orgs);
    const who = person();
    const titles = [
      `${place} ${pick(bank.actions)} ${thing} as ${topic} debate grows`,
      `${capitalize(org)} ${pick(bank.actions)} ${thing} on ${topic}`,
      `How ${place} is handling ${topic}, and what ${country} can learn`,
      `${capitalize(topic)}: ${who} says ${thing} is “only a start”`,
      `${country} ${pick(bank.actions)} ${thing} after months of pressure over ${topic}`,
      `Inside the fight over ${topic} in ${place}`,
    ];
    const title = pick(titles);
    const summary = `${capitalize(org)} ${pick(bank.actions)} ${thing} in ${place}, where ${topic} has divided opinion. ${pick(['Critics say', 'Supporters say', 'Residents say', 'Analysts say'])} the plan ${pick(['goes too far', 'does not go far enough', 'could be copied across ' + country, 'will take years to judge'])}.`;

    // Each story has its own angle: it draws on a few of the sentence shapes, not all.
    const voice = Array.from({ length: between(5, 8) }, () => rnd());
    const sentences = () => {
      const other = pick(bank.topics);
      const templates = [
        `${capitalize(org)} said on ${pick(DAYS)} that ${thing} would be reviewed within ${between(2, 12)} months.`,
        `“We cannot keep waiting,” said ${person()}, ${pick(ROLES)} in ${place}. “People need answers on ${topic} now.”`,
        `Officials in ${country} estimate that about ${between(2, 95)} per cent of households are affected by ${other}.`,
        `${pick(CONNECTORS)} the debate over ${topic} has spread to ${pick(PLACES)} and ${pick(PLACES)}.`,
        `A report published last ${pick(['spring', 'summer', 'autumn', 'winter'])} found that ${other} costs the region ${between(10, 900)} million euros a year.`,
        `${person()}, ${pick(ROLES)}, said the decision on ${thing} reflected “a long and difficult process”.`,
        `Critics argue that ${thing} does little to address ${other}, and have called for ${pick(bank.things)} instead.`,
        `The number of complaints about ${topic} rose by ${between(5, 80)} per cent last year, according to ${pick(bank.orgs)}.`,
        `In ${pick(PLACES)}, a similar approach to ${other} was abandoned after ${between(2, 9)} years.`,
        `${pick(CONNECTORS)} ${pick(bank.orgs)} has promised to publish its figures on ${topic} before the end of the year.`,
        `${capitalize(pick(GROUPS))} near ${pick(PLACES_IN_TOWN)} say they feel ${pick(FEELINGS)} about what comes next.`,
        `The price of ${pick(GOODS)} has risen by ${between(3, 60)} per cent since ${pick(EVENTS)} hit ${pick(PLACES)} in ${pick(['January', 'March', 'May', 'July', 'September', 'November'])}.`,
        `Many ${pick(GROUPS)} remember ${pick(EVENTS)} in ${pick(PLACES)}, and the way ${pick(GROUPS)} were left to cope alone.`,
        `Shipments of ${pick(GOODS)} and ${pick(GOODS)} through ${pick(PLACES_IN_TOWN)} were delayed for ${between(2, 30)} days.`,
        `“Nobody asked ${pick(GROUPS)} what they needed,” said ${person()}, who has lived near ${pick(PLACES_IN_TOWN)} for ${between(5, 40)} years.`,
        `${person()} pointed to ${pick(EVENTS)} as the moment when opinion in ${country} began to shift.`,
        `Local ${pick(GROUPS)} have organised ${pick(['a petition', 'a march', 'a series of public meetings', 'an online campaign', 'a legal challenge'])} against the plans.`,
        `Some ${pick(GROUPS)} say ${pick(GOODS)} has become harder to find, while others blame ${pick(EVENTS)} rather than ${topic}.`,
      ];
      return Array.from({ length: between(3, 5) }, () => templates[Math.floor(pick(voice) * templates.length)]!).join(' ');
    };

    // Markdown as editors write it: paragraphs, subheadings, now and then a
    // list or a link to the section, so the pipeline has real work to do.
    const blocks: string[] = [];
    const seen = new Set<string>();
    const paragraphs = between(5, 11);
    for (let p = 0; p < paragraphs; p++) {
      if (p > 1 && p % 4 === 0) blocks.push(`## ${pick(HEADINGS)}`);
      let text = sentences();
      while (seen.has(text)) text = sentences();
      seen.add(text);
      blocks.push(text);
      if (p === 2 && rnd() < 0.4)
        blocks.push(Array.from({ length: 3 }, () => `- ${capitalize(pick(GROUPS))} near ${pick(PLACES_IN_TOWN)}`).join('\n'));
    }
    if (rnd() < 0.3) blocks.push(`More from the [${category.title} desk](${category.path}).`);
    const markdown = blocks.join('\n\n');
    const text = markdownToText(markdown);
    const words = countWords(text);
    const slug = `${slugify(title).slice(0, 70).replace(/-+$/, '')}-${i + 1}`;
    const date = new Date(end - Math.floor(rnd() * span));
    date.setUTCSeconds(0, 0);
    const tagCount = between(1, 4);
    // Section tags are few and big; place tags are many and small, as in a real archive.
    const tags = [...new Set([...Array.from({ length: tagCount }, () => pick(bank.tags)), ...(rnd() < 0.5 ? [place] : [])])];
    const published = date.toISOString().replace('.000Z', 'Z');
    const article: Article = {
      slug,
      title,
      summary,
      date: published,
      modified: published,
      category: category.slug,
      authors: [pick(syntheticAuthors).slug],
      genre: 'news',
      tags,
      draft: false,
      corrections: [],
      aliases: [],
      markdown,
      text,
      wordCount: words,
      readingMinutes: readingMinutes(words),
      path: `/${category.slug}/${slug}`,
      sourcePath: `content/articles/${slug}.md`,
    };
    articles.push(article);
  }
  return articles.sort((a, b) => Date.parse(b.date) - Date.parse(a.date) || a.slug.localeCompare(b.slug));
}

const yamlString = (s: string) => JSON.stringify(s);

/**
 * Writes `articles` as a content folder the site builds from (CONTENT_DIR):
 * articles/, plus the authors/ and categories/ files they refer to. Files
 * follow the content contract (lib/content/validation) and have no images.
 */
export function writeMarkdownFiles(dir: string, articles: Article[]): void {
  for (const sub of ['articles', 'authors', 'categories']) mkdirSync(join(dir, sub), { recursive: true });
  const usedCategories = new Set(articles.map((a) => a.category));
  const usedAuthors = new Set(articles.flatMap((a) => a.authors));
  for (const c of syntheticCategories.filter((c) => usedCategories.has(c.slug)))
    writeFileSync(
      join(dir, 'categories', `${c.slug}.md`),
      `---\ntitle: ${yamlString(c.title)}\ndescription: ${yamlString(c.description ?? c.title)}\norder: ${c.order}\n---\n\n${c.description ?? ''}\n`,
    );
  for (const a of syntheticAuthors.filter((a) => usedAuthors.has(a.slug)))
    writeFileSync(
      join(dir, 'authors', `${a.slug}.md`),
      `---\nname: ${yamlString(a.name)}\nrole: ${yamlString(a.role ?? 'Correspondent')}\nkind: ${a.kind}\n---\n\n${a.bioText}\n`,
    );
  for (const a of articles) {
    const front = [
      '---',
      `title: ${yamlString(a.title)}`,
      `summary: ${yamlString(a.summary)}`,
      `date: ${a.date}`,
      `category: ${a.category}`,
      a.authors.length === 1 ? `author: ${a.authors[0]}` : `authors: ${JSON.stringify(a.authors)}`,
      ...(a.genre === 'news' ? [] : [`genre: ${a.genre}`]),
      ...(a.aliases.length ? [`aliases: ${JSON.stringify(a.aliases)}`] : []),
      `tags: ${JSON.stringify(a.tags)}`,
      '---',
    ].join('\n');
    writeFileSync(join(dir, 'articles', `${a.slug}.md`), `${front}\n\n${a.markdown}\n`);
  }
}
