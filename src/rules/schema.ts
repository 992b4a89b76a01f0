// Schemas of the data files in rules/. Analysts edit those files; these schemas say what an entry
// may hold, and the loader turns a violation into "file, entry, field: message".
import { z } from 'zod';

const domain = z
  .string()
  .regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'a lower-case web domain without "www." (e.g. "iust.ac.ir")');
const nonEmpty = z.string().trim().min(1);
/** ROR id without "https://ror.org/": 0 then 6 base-32 characters and 2 check digits. */
const rorId = z
  .string()
  .regex(/^0[a-hj-km-np-tv-z0-9]{6}[0-9]{2}$/, 'a 9-character ROR id (e.g. "05vf56z40")');
const wikidataId = z.string().regex(/^Q[1-9][0-9]*$/, 'a Wikidata item id (e.g. "Q1136183")');

/** A university (Iranian or foreign). `id` is its current primary web domain. */
export const UniversitySchema = z.object({
  id: domain,
  /** Older or secondary domains of the same institution (e-mail addresses link through them too). */
  domains: z.array(domain).default([]),
  /** Official Persian name. */
  fa: nonEmpty,
  /** Other Persian names: short, old, colloquial («علم و صنعت», «پلی‌تکنیک تهران», «شریف»). */
  names: z.array(nonEmpty).default([]),
  en: nonEmpty,
  /** English short or old names and acronyms (IUST, Tehran Polytechnic). */
  enNames: z.array(nonEmpty).default([]),
  city: nonEmpty,
  /** ISO 3166-1 alpha-2. */
  country: z.string().regex(/^[A-Z]{2}$/),
  kind: z
    .enum([
      'comprehensive',
      'technology',
      'medical',
      'system',
      'institute',
      'art',
      'teacher-training',
      'other',
    ])
    .default('other'),
  /**
   * Set for systems with branches (Islamic Azad, Payame Noor): the words that introduce a branch
   * («واحد», «مرکز», «شعبه»). «دانشگاه آزاد اسلامی واحد X» maps to `id` with X kept as the unit.
   */
  branchWords: z.array(nonEmpty).optional(),
  ror: rorId.optional(),
  wikidata: wikidataId.optional(),
});

export const OrganizationSchema = z.object({
  /** Web domain when certain; otherwise null (the organisation is recognised but gets no id). */
  id: domain.nullable(),
  domains: z.array(domain).default([]),
  fa: nonEmpty,
  names: z.array(nonEmpty).default([]),
  en: z.string().optional(),
  /** Other English names: short forms English releases use («Science Ministry», «Ministry of Health»). */
  enNames: z.array(nonEmpty).default([]),
  type: z.enum([
    'ministry',
    'government',
    'agency',
    'research-institute',
    'park',
    'academy',
    'embassy',
    'consulate',
    'international',
    'company',
    'media',
    'other',
  ]),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  ror: rorId.optional(),
  wikidata: wikidataId.optional(),
});

/** A unit inside an organisation (معاونت بین‌الملل، دفتر همکاری‌های علمی و بین‌المللی). */
export const UnitSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  fa: nonEmpty,
  names: z.array(nonEmpty).default([]),
});

/**
 * Open-class heads: a head word followed by a name («دانشکده مهندسی برق», «پژوهشکده …»,
 * «سالن …»). `maxWords` bounds how far the name runs.
 */
export const HeadSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  head: nonEmpty,
  /** unit: part of an organisation; place: a hall or building (never an organisation). */
  type: z.enum(['unit', 'place']),
  maxWords: z.number().int().min(1).max(8).default(4),
});

/** An office or academic title. `fa` is the canonical form written in records («معاون بین‌الملل»). */
export const TitleSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  fa: nonEmpty,
  /** Variants that mean the same office («رییس», «ریاست»…); matched by the matching key. */
  names: z.array(nonEmpty).default([]),
  /** Plural forms («معاونان بین‌الملل», «روسای»), which distribute over listed organisations. */
  plurals: z.array(nonEmpty).default([]),
  /** academic ranks (استاد، دانشیار) describe a person but are not an office at a meeting. */
  kind: z.enum(['office', 'academic', 'diplomatic', 'government']).default('office'),
  /**
   * An office whose name runs over a place («نماینده مردم تفت و میبد»): when no organisation is
   * named, the office's title keeps the place, as readers write it.
   */
  territory: z.boolean().default(false),
  /**
   * An organisation has several holders of this office («معاون», «مدیر»): its bare plural
   * («معاونان دانشگاه X») is a group of them, not one office of each organisation.
   */
  several: z.boolean().default(false),
  /** Words that may follow the place and belong to the office («در مجلس شورای اسلامی»). */
  seat: z.array(nonEmpty).default([]),
  /**
   * The office's abstract noun («مدیریت», «معاونت»): right after a person's name («دکتر X،
   * مدیریت همکاری‌های علمی …») it is that person's office; elsewhere it names a unit or an activity.
   */
  nouns: z.array(nonEmpty).default([]),
});

export const HonorificSchema = z.object({
  fa: nonEmpty,
  names: z.array(nonEmpty).default([]),
});

export const MEETING_TRIGGER_KINDS = [
  'meeting',
  'visit',
  'signing',
  'conference',
  'workshop',
  'other',
] as const;

export const TriggersSchema = z.object({
  /** Event nouns and the meeting kind they signal, in precedence order of records.md. */
  events: z.array(
    z.object({
      id: z.string().regex(/^[a-z0-9.-]+$/),
      kind: z.enum(MEETING_TRIGGER_KINDS),
      words: z.array(nonEmpty).min(1),
    }),
  ),
  /** Phrases that contain an event noun but name no event («هیئت علمی», «هیئت امنا» as a body). */
  notEvents: z.array(nonEmpty).default([]),
  /** Verbs/phrases that say an event took place («برگزار شد», «دیدار کرد», «حضور یافتند»). */
  happened: z.array(nonEmpty),
  /**
   * Event verbs whose light verb a release leaves out before «و» («با X دیدار و با وی … را بررسی
   * کرد»): they happened when the sentence ends with a past verb.
   */
  elidedHappened: z.array(nonEmpty).default([]),
  /**
   * Speech verbs («گفت», «تأکید کرد»): «در دیدار با سفیر … تأکید کرد» reports a meeting that took
   * place, when nothing in the sentence is future.
   */
  reported: z.array(nonEmpty).default([]),
  /**
   * Verbs of what was discussed («… تأکید شد», «… مورد بررسی قرار گرفت», «… تبادل نظر کردند»):
   * «در نشست X و Y … بررسی شد» reports the event when nothing else in the story does.
   */
  discussed: z.array(nonEmpty).default([]),
  /** Calls and registrations («ثبت‌نام … آغاز شد»): the sentence announces an event, none took place. */
  announcement: z.array(nonEmpty).default([]),
  /** Phrases that make a clause future or planned («برگزار خواهد شد», «قرار است»). */
  planned: z.array(nonEmpty),
  /** Decision openers and the decision kind they make. */
  decisions: z.array(
    z.object({
      id: z.string().regex(/^[a-z0-9.-]+$/),
      kind: z.enum(['next_meeting', 'agreement', 'action', 'other']),
      words: z.array(nonEmpty).min(1),
    }),
  ),
  /** Words for being present («با حضور», «حضور داشتند»). */
  presence: z.array(nonEmpty),
  /** Words for only sending a message («پیام», «پیامی»), whose senders are not attendees. */
  messageOnly: z.array(nonEmpty),
  /** Organiser markers («به دعوت», «به میزبانی», «به همت»). */
  organizer: z.array(nonEmpty),
  /** Nouns of a follow-up event inside a decision («نشست بعدی»): they make it a next_meeting. */
  followUp: z.array(nonEmpty),
  /** Words after an event noun that make it a follow-up («وبینار بعدی», «نشست آتی»). */
  followUpMarkers: z.array(nonEmpty).default([]),
  /** Verbs of holding an event: a decided action that holds one is a next meeting. */
  holdVerbs: z.array(nonEmpty).default([]),
  /**
   * Verbs of a task («… پیگیری شود», «… اقدام نمایند»): a decided action ending in one is a task,
   * also when its object names a follow-up («امضای تفاهم‌نامه … پیگیری شود»).
   */
  taskVerbs: z.array(nonEmpty).default([]),
  /** Verbs that are an event themselves («… افتتاح شود»): deciding one plans a follow-up event. */
  eventVerbs: z.array(nonEmpty).default([]),
  /** Verbs done together («X با Y … همکاری داشته باشد»): deciding one with «با» is an agreement. */
  jointVerbs: z.array(nonEmpty).default([]),
  /** Words before a year that make it a vague time («تابستان سال آینده»), not a decision's date. */
  vagueTime: z.array(nonEmpty).default([]),
  /** Words that refer back to the event being reported («در این نشست», «در حاشیه این دیدار»). */
  anaphora: z.array(nonEmpty),
  /** Phrases that move the story to another event («روز بعد», «در ادامه سفر»). */
  nextEvent: z.array(nonEmpty).default([]),
  /** Markers of an online event: it has no location. */
  online: z.array(nonEmpty),
  /** Pronouns that refer to a person already named (وی، ایشان). */
  pronouns: z.array(nonEmpty),
  /** Words that end a person's name when they follow it (verbs, prepositions, conjunctions). */
  nameStops: z.array(nonEmpty),
  /** Courtesy words between an office and its organisation («رئیس محترم دانشگاه X»): skipped. */
  courtesy: z.array(nonEmpty).default([]),
  /**
   * Phrases after a leader that introduce who came with them («به همراه», «با همراهی»): the
   * companions named without an office of their own belong to the leader's organisation.
   */
  companions: z.array(nonEmpty).default([]),
  /** Nouns of a delegation («هیئتی از دانشگاه X»): its members belong to the organisation after «از». */
  delegation: z.array(nonEmpty).default([]),
  /**
   * Head words of organisation names: alone after an office («رئیس دانشگاه», «ریاست پژوهشگاه») they
   * mean the host, the document's own, or the one of that kind named last.
   */
  orgHeads: z.array(nonEmpty).default([]),
  /**
   * After an office with no organisation of its own, words naming a unit of the story's own
   * organisation («مدیر مرکز رشد …»، «مدیرگروه روابط بین‌الملل»، «ریاست دانشکدگان فنی»): the
   * office is the story's organisation's, unless an external head word («رئیس بخش اداری وزارت
   * صنایع»، «رئیس انجمن …») says the words name an organisation khabar does not know.
   */
  ownUnitHeads: z.array(nonEmpty).default([]),
  externalHeads: z.array(nonEmpty).default([]),
  /** Numbers and quantifiers («دو», «چند», «سایر»): they count organisations, never name an office's field. */
  quantifiers: z.array(nonEmpty).default([]),
  /**
   * Plain light verbs and their formal forms («کرد» → «نمود», «شد» → «گردید»): every phrase of the
   * verb lists above (happened, reported, planned, presence, decisions) is also read in them.
   */
  formalVerbs: z.record(nonEmpty, z.array(nonEmpty)).default({}),
  /** Words naming both parties («طرفین», «دو دانشگاه»): a decided action they share is an agreement. */
  mutual: z.array(nonEmpty).default([]),
});

/** Common Persian given names and detached surname parts: they decide how far a name runs. */
export const PersonNamesSchema = z.object({
  given: z.array(nonEmpty),
  /** Given names that are also everyday words: recognised only next to an honorific or office. */
  ambiguous: z.array(nonEmpty).default([]),
  surnameParts: z.array(z.string().min(1)),
  /** Words that begin a surname written apart from the rest of it («میر اسماعیل», «میر حسینی»). */
  surnamePrefixes: z.array(z.string().min(1)).default([]),
  /** Words naming a thing after a person («مجتمع … دکتر X», «جایزه دکتر X»): that name is no person. */
  namedAfter: z.array(nonEmpty).default([]),
  /** Speech verbs: a name right before one, at the start of a sentence, is its speaker. */
  speechVerbs: z.array(nonEmpty).default([]),
  /** Phrases that read as a given name + surname but name an office or a title («ولی فقیه»). */
  notNames: z.array(nonEmpty).default([]),
});

/** rules/person-names.generated.json, written by scripts/build-names.ts from public name lists and hazm. */
export const DerivedNamesSchema = z.object({
  sources: z.record(z.string(), z.string()),
  /** Frequent Iranian surnames, written as the source writes them (with or without space/ZWNJ). */
  surnames: z.array(nonEmpty),
  /** Everyday words (hazm's tagged vocabulary above a frequency): never a further part of a name. */
  commonWords: z.array(nonEmpty),
  /** The common words that are also adverbs, conjunctions, prepositions, pronouns…: never in a name. */
  functionWords: z.array(nonEmpty).default([]),
  /** First names of Iranian registrations (one or two words, as written). */
  givenNames: z.array(nonEmpty).default([]),
});

/**
 * An entry of rules/generated/*.json, written by scripts/build-gazetteer.ts from public facts
 * (Hipo's university list, IR.json, ROR). Hand-curated files win: the script leaves out any entry
 * whose domain or name they already have. `sources` says where each entry came from.
 */
export const GeneratedOrgSchema = z.object({
  id: domain,
  domains: z.array(domain).default([]),
  type: z.enum(['university', 'organization']),
  /** Persian names (official first). */
  fa: nonEmpty.optional(),
  names: z.array(nonEmpty).default([]),
  en: nonEmpty,
  /** Other Latin-script names (ROR labels and aliases in any language). */
  enNames: z.array(nonEmpty).default([]),
  /** Acronyms, kept as facts; not matched (see recognize/world.ts). */
  acronyms: z.array(nonEmpty).default([]),
  city: nonEmpty.optional(),
  country: z.string().regex(/^[A-Z]{2}$/),
  ror: rorId.optional(),
  wikidata: wikidataId.optional(),
  sources: z.array(nonEmpty).min(1),
});

/** What the generated data adds to a hand-curated entry: ids and alias domains, never its names. */
export const EnrichmentSchema = z.object({
  id: domain,
  domains: z.array(domain).default([]),
  ror: rorId.optional(),
  wikidata: wikidataId.optional(),
  sources: z.array(nonEmpty).min(1),
});

/** Words of Latin-script organisation names (rules/org-words.json), for the world gazetteer's guards. */
export const OrgWordsSchema = z.object({
  /** A generated Latin name must contain one of these to be matched («University», «Institut»). */
  latinHeads: z.array(nonEmpty).min(1),
  /** Words that do not tell one institution from another («State», «National», «of»). */
  latinGeneric: z.array(nonEmpty).min(1),
  /** A generated Persian name must begin with one of these («دانشگاه», «پژوهشکده», «بیمارستان»). */
  faHeads: z.array(nonEmpty).min(1),
  /**
   * Heads of units that many institutions have («مرکز تحقیقات دیابت», «بیمارستان رازی»): a generated
   * name with such a head is kept only with at least this many words.
   */
  faUnitHeads: z.record(z.string(), z.number().int().min(2)).default({}),
  /** Names beginning with these are companies, which get no id (records.md): left out. */
  faNotOrganizations: z.array(nonEmpty).default([]),
  latinNotOrganizations: z.array(nonEmpty).default([]),
  /**
   * Words of other Persian standards read as their Iranian equivalent when matching (Dari
   * «پوهنتون» = «دانشگاه»): every recogniser sees the equivalent's key; the text is unchanged.
   */
  faSynonyms: z.record(nonEmpty, nonEmpty).default({}),
});

/** Persian names of countries (rules/countries.json): they scope transliterated foreign names. */
export const CountrySchema = z.object({
  code: z.string().regex(/^[A-Z]{2}$/),
  fa: z.array(nonEmpty).min(1),
});

/**
 * How Persian renderings of foreign organisation names are matched to Latin names
 * (rules/transliteration.json; see src/recognize/transliterate.ts).
 */
export const TransliterationSchema = z.object({
  /** Head words that open an organisation's name, and the concept they stand for. */
  heads: z.array(z.object({ fa: nonEmpty, concept: nonEmpty })).min(1),
  /** Generic words, matched by meaning (دانشگاه صنعتی ↔ University of Technology), not by sound. */
  concepts: z
    .array(z.object({ id: nonEmpty, fa: z.array(nonEmpty).min(1), en: z.array(nonEmpty).min(1) }))
    .min(1),
  /** Latin words that neither name nor describe («of», «de»). */
  latinFunctionWords: z.array(nonEmpty).default([]),
  /**
   * Places Persian calls by a name of its own («پکن» Beijing, «ورشو» Warsaw, «ژنو» Geneva): the
   * Persian word is compared as the Latin name sounds (one word each).
   */
  exonyms: z.array(z.object({ fa: z.array(z.string().regex(/^\S+$/u)).min(1), en: nonEmpty })).default([]),
  accept: z.object({
    /** The best candidate's score must reach this … */
    minScore: z.number().min(0).max(1),
    /** … and beat the runner-up by this much. */
    minMargin: z.number().min(0).max(1),
    /** Without a country near the name, its sound skeleton needs at least this many consonants. */
    minWorldSkeleton: z.number().int().min(1),
    /** When skeletons tie, the written vowels must favour one candidate by this much … */
    minVowelMargin: z.number().min(0).max(1).default(0.15),
    /** … and the accepted candidate's vowels must fit at least this well. */
    minVowelFit: z.number().min(0).max(1).default(0),
    /** Concepts a Latin name may have only when the Persian says them too («Kabul Medical University» ≠ «دانشگاه کابل»). */
    distinctive: z.array(nonEmpty).default([]),
  }),
});

/** Ordinary Persian words (rules/generated/known-words.json, from hazm's lexicon). */
export const KnownWordsSchema = z.object({
  source: nonEmpty,
  minFrequency: z.number().int().min(0),
  words: z.array(nonEmpty),
});

// ---- English (rules/en/): the English path's words. Offices map onto the ids of titles.json, so an
// English and a Persian report of one event name the same offices.

/** An English office: `id` is a title id of titles.json; `en` is its canonical English form. */
export const EnTitleSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  en: nonEmpty,
  names: z.array(nonEmpty).default([]),
  /** Plural forms («representatives from X, Y and Z»), which distribute over listed organisations. */
  plurals: z.array(nonEmpty).default([]),
});

/** An English honorific, split off a person's name (Dr., Prof., H.E., Ayatollah …). */
export const EnHonorificSchema = z.object({ en: nonEmpty, names: z.array(nonEmpty).default([]) });

const phraseList = z.array(nonEmpty);

/** English event triggers: the same roles as triggers.json, in English words. */
export const EnTriggersSchema = z.object({
  events: TriggersSchema.shape.events,
  notEvents: phraseList.default([]),
  happened: phraseList,
  reported: phraseList.default([]),
  announcement: phraseList.default([]),
  planned: phraseList,
  decisions: TriggersSchema.shape.decisions,
  presence: phraseList,
  messageOnly: phraseList,
  organizer: phraseList,
  followUp: phraseList,
  followUpMarkers: phraseList.default([]),
  holdVerbs: phraseList.default([]),
  vagueTime: phraseList.default([]),
  anaphora: phraseList,
  nextEvent: phraseList.default([]),
  online: phraseList,
  pronouns: phraseList,
  /** Words that end a person's name (function words, verbs, office and organisation words). */
  nameStops: phraseList,
  /** «a delegation from X led by A and comprised of B, C»: the members belong to X. */
  groupWords: phraseList,
  /** Prepositions that put an event at an organisation («held at X», «in X»). */
  venue: phraseList,
  /** Words that make a decided item a task for someone («establishment of», «prepare»): an action. */
  actionWords: phraseList.default([]),
  /** Words after which an organisation list is elliptic: «Universities of Kurdistan; Guilan». */
  pluralHeads: phraseList,
});

const monthNames = z.array(z.object({ month: z.number().int().min(1).max(12), names: phraseList.min(1) }));

/** Month and weekday words of English dates, and the years that make a date Jalali. */
export const EnDatesSchema = z.object({
  /** Jalali months as written in English («24 Ordibehesht 1403»). */
  jalaliMonths: monthNames.length(12),
  gregorianMonths: monthNames.length(12),
  weekdays: z
    .array(
      z.object({
        weekday: z.enum(['saturday', 'sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday']),
        names: phraseList.min(1),
      }),
    )
    .length(7),
  /** A year in this range is a Jalali year, also under a Gregorian month name («24 May 1403»). */
  jalaliYears: z.object({ min: z.number().int(), max: z.number().int() }),
});

export type University = z.infer<typeof UniversitySchema>;
export type Organization = z.infer<typeof OrganizationSchema>;
export type Unit = z.infer<typeof UnitSchema>;
export type Head = z.infer<typeof HeadSchema>;
export type Title = z.infer<typeof TitleSchema>;
export type Honorific = z.infer<typeof HonorificSchema>;
export type Triggers = z.infer<typeof TriggersSchema>;
export type PersonNames = z.infer<typeof PersonNamesSchema>;
export type OrgWords = z.infer<typeof OrgWordsSchema>;
export type Country = z.infer<typeof CountrySchema>;
export type Transliteration = z.infer<typeof TransliterationSchema>;
export type GeneratedOrg = z.infer<typeof GeneratedOrgSchema>;
export type Enrichment = z.infer<typeof EnrichmentSchema>;
export type DerivedNames = z.infer<typeof DerivedNamesSchema>;
export type EnTitle = z.infer<typeof EnTitleSchema>;
export type EnHonorific = z.infer<typeof EnHonorificSchema>;
export type EnTriggers = z.infer<typeof EnTriggersSchema>;
export type EnDates = z.infer<typeof EnDatesSchema>;
export type Office = z.infer<typeof OfficeSchema>;
export type OfficeHolder = z.infer<typeof OfficeHolderSchema>;

/**
 * A Jalali day, month or year of rules/officeholders.json: "1392-05-12", "1392-05" or "1392". The
 * coarser the form, the less sure the fact: a term's bounds are widened to the whole month or year.
 */
const jalaliBound = z
  .string()
  .regex(
    /^1[2-4]\d{2}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
    'a Jalali "YYYY", "YYYY-MM" or "YYYY-MM-DD"',
  );

/** One holder of an office and the term they held it (rules/officeholders.json). */
export const OfficeHolderSchema = z
  .object({
    /** The full name as written in Persian («حسن روحانی»). */
    name: nonEmpty,
    /** Other full forms («سید محمد خاتمی», «محمدجواد ظریف»); compared by the matching key. */
    aliases: z.array(nonEmpty).default([]),
    /** The surname: it names the holder only next to the office («روحانی، رئیس‌جمهور»). */
    surname: nonEmpty,
    /**
     * The full name alone is enough (no office beside it in the text): only for names nobody else in
     * the news bears.
     */
    alone: z.boolean().default(false),
    from: jalaliBound,
    /** null: in office when the file was last checked (no end). */
    to: jalaliBound.nullable(),
    /** Where the term was checked (article name, e.g. Persian Wikipedia's). */
    source: nonEmpty,
  })
  .refine((h) => h.to === null || h.to >= h.from, { message: 'to is before from', path: ['to'] });

/**
 * An office whose holders date a text (rules/officeholders.json): a day written without its year in
 * a text without a publication date gets a year when the terms of the holders the text names leave
 * exactly one (src/extract/year-anchor.ts).
 */
export const OfficeSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** The office as titles.json knows it. */
  titleId: z.string().regex(/^[a-z0-9-]+$/),
  /** The organisation the office belongs to (its id); null: a national office (رئیس‌جمهور). */
  organizationId: domain.nullable(),
  holders: z.array(OfficeHolderSchema).min(1),
});

/** Which schema each file in rules/ is read with. Files are arrays of entries unless noted. */
export const RULE_FILES = {
  'universities.iran.json': z.array(UniversitySchema),
  'universities.foreign.json': z.array(UniversitySchema),
  'organizations.json': z.array(OrganizationSchema),
  'units.json': z.array(UnitSchema),
  'heads.json': z.array(HeadSchema),
  'titles.json': z.array(TitleSchema),
  'honorifics.json': z.array(HonorificSchema),
  'triggers.json': TriggersSchema,
  'person-names.json': PersonNamesSchema,
  'org-words.json': OrgWordsSchema,
  'countries.json': z.array(CountrySchema),
  'transliteration.json': TransliterationSchema,
  'generated/known-words.json': KnownWordsSchema,
  'generated/organizations.iran.json': z.array(GeneratedOrgSchema),
  'generated/universities.world.json': z.array(GeneratedOrgSchema),
  'generated/enrichment.json': z.array(EnrichmentSchema),
  'person-names.generated.json': DerivedNamesSchema,
  'en/titles.json': z.array(EnTitleSchema),
  'en/honorifics.json': z.array(EnHonorificSchema),
  'en/triggers.json': EnTriggersSchema,
  'en/dates.json': EnDatesSchema,
  'officeholders.json': z.array(OfficeSchema),
} as const;
