/**
 * The words the site's page templates put around the rubric's text, per
 * language: headings, labels and the sentences that explain a page. The
 * rubric's own text comes translated from the data package; these are the
 * rest. A language the site builds has an entry here (the test of the
 * Spanish site fails when one is missing).
 */

export interface Labels {
  readonly home: string;
  /** `This is version **1.4.0** of the rubric: 33 milestones, 119 criteria ...` */
  readonly versionIntro: (label: string, milestones: number, criteria: number) => string;
  readonly howToUse: string;
  readonly howToUseItems: readonly string[];
  readonly matureNote: string;
  readonly neutralityNotice: string;
  readonly notAdvice: string;
  readonly howToCiteVersion: string;
  /** Before a release's BibTeX and CSL-JSON. */
  readonly citeRelease: (version: string) => string;
  /** On Next, which has no citation of its own. */
  readonly citeNext: string;
  readonly mapTitle: string;
  readonly mapDescription: string;
  readonly mapIntro: (milestones: number, buckets: number) => string;
  readonly glossaryTitle: string;
  readonly glossaryDescription: string;
  readonly glossaryIntro: string;
  readonly also: string;
  readonly seeAlso: string;
  readonly stagesTitle: string;
  readonly stagesDescription: string;
  readonly stagesIntro: string;
  readonly noMilestoneAtStage: string;
  readonly signalsTitle: string;
  readonly signalsDescription: string;
  readonly signalsIntro: string;
  readonly buckets: string;
  readonly milestones: string;
  readonly sourcesTitle: string;
  readonly sourcesDescription: string;
  readonly sourcesIntro: string;
  readonly key: string;
  readonly citedBy: string;
  readonly notCited: string;
  /** A CSL date: `17 July 2023`, `July 2023` or `2023`. */
  readonly date: (year: number | undefined, month: number | undefined, day: number | undefined) => string;
  readonly changesTitle: string;
  readonly changesDescription: (label: string) => string;
  readonly firstRelease: (
    label: string,
    milestones: number,
    criteria: number,
    terms: number,
    sources: number,
  ) => string;
  readonly added: string;
  readonly noChanges: (previous: string) => string;
  readonly changesIntro: (previous: string, bump: string) => string;
  /** The diff's group titles, by their English title; a missing one stays in English. */
  readonly changeGroups: Readonly<Record<string, string>>;
  /** Said above the changes where their messages are not in this language. */
  readonly changesInEnglish?: string;
  /** The heading of a changed text shown word by word: `body, word by word`. */
  readonly wordByWord: (field: string) => string;
  readonly windDownTitle: string;
  readonly windDownDescription: string;
  readonly fullMilestone: (link: string) => string;
  readonly credibleOutline: string;
  readonly milestone: (number: number) => string;
  readonly bucket: string;
  readonly section: string;
  readonly expectedFrom: string;
  readonly criteria: string;
  readonly criteriaIntro: string;
  readonly sourcesCited: string;
  readonly related: string;
  readonly crosswalks: string;
  readonly mappingMeaning: string;
  readonly noMapping: string;
  /** Before a mapping's basis: the words of the official text it rests on. */
  readonly restsOn: string;
  /** Before a criterion's condition for being marked not applicable. */
  readonly mayNotApply: string;
  /** After an excerpt: where its words were read. */
  readonly readIn: (where: string) => string;
  /** Heading of a framework page's list of milestones for which the framework was considered and nothing applies. */
  readonly consideredHeading: string;
  readonly excerptsHeading: string;
  readonly howToCite: string;
  readonly topic: string;
  readonly publisher: string;
  readonly issued: string;
  readonly officialText: string;
  readonly citedByGuideAs: string;
  readonly frameworkDescription: (title: string) => string;
  readonly topicNote: string;
  readonly issuedOn: (date: string) => string;
  readonly retiredItem: string;
  readonly noMilestoneMaps: string;
  readonly unmappedHeading: string;
  readonly everyItemMapped: string;
  readonly criterionOwner: (id: string) => string;
  /** The label of the unreleased version: `Next (1.4.0 and unreleased changes)`. */
  readonly next: (version: string) => string;
  readonly nextCite: (version: string) => string;
  /** The note on a page some of whose strings are shown in English. */
  readonly partlyEnglish: string;
  /** The note on a page some of whose strings were translated from an older English text. */
  readonly partlyStale: string;
}

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const MONTHS_ES = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
];

/** `1 stage`, `5 stages`. */
const count = (n: number, singular: string, plural = `${singular}s`): string => `${n} ${n === 1 ? singular : plural}`;

const en: Labels = {
  home: 'Home',
  versionIntro: (label, milestones, criteria) =>
    `This is version **${label}** of the rubric: ${count(milestones, 'milestone')}, ${count(criteria, 'criterion', 'criteria')} an assessor can mark met or not met. The map shows every milestone by [risk bucket](./map.mdx) (rows) and by the [lifecycle stage](./stages.mdx) whose description in the guide names it, where one does (columns); each number leads to the milestone: its criteria, why it matters, how to read the evidence and its sources.`,
  howToUse: 'How to use it',
  howToUseItems: [
    'Read a milestone and check an arrangement against its criteria; the [glossary](./glossary.mdx) defines the terms and every citation leads to the [sources](./sources.mdx).',
    'Record an assessment on the [self-assessment](/self-assessment) page or as a YAML file for `npx usd1-milestones assess`, and put arrangements side by side on the [comparison](/compare) page.',
    'Follow the [progress signals](./signals.mdx): things anyone can track over time.',
    'See [what changed](./changes.mdx) in this version.',
  ],
  matureNote:
    'A mature arrangement usually shows progress in every bucket, not only in price stability. Compare arrangements across all of them.',
  neutralityNotice: 'Neutrality notice',
  notAdvice: 'Not advice',
  howToCiteVersion: 'How to cite this version',
  citeRelease: (version) =>
    `Cite the rubric with its version: the criteria can change from one version to the next. For version ${version}, as BibTeX and as CSL-JSON (for Zotero, Pandoc and other citation tools); the same entries, and a CITATION.cff, are among this version's [downloads](/data).`,
  citeNext:
    'Next holds unreleased changes and has no citation of its own; cite a released version, whose home page gives its citation.',
  mapTitle: 'Milestone map',
  mapDescription: 'The milestones in their seven risk buckets.',
  mapIntro: (milestones, buckets) =>
    `The ${milestones} milestones in ${buckets} risk buckets, by the [lifecycle stage](./stages.mdx) whose description in the guide names each one, where one does.`,
  glossaryTitle: 'Glossary',
  glossaryDescription: 'Every term the guide defines.',
  glossaryIntro: 'Every term the guide defines, with its abbreviations and other spellings.',
  also: 'Also:',
  seeAlso: 'See also:',
  stagesTitle: 'Lifecycle stages',
  stagesDescription: 'The five lifecycle stages and the milestones tied to each.',
  stagesIntro:
    "Expectations rise as volume and reach grow. Not every arrangement follows this exact path. A milestone is listed under a stage only where the words of the guide's description of that stage name its subject; those words are quoted beside it. The guide itself ties only the wind-down plan to a stage (long-run maturity); the rest is this rubric's reading of the stage descriptions, and a milestone they do not name has no stage.",
  noMilestoneAtStage: 'No milestone is tied to this stage.',
  signalsTitle: 'Progress signals',
  signalsDescription: 'Signals anyone can track without relying on promotional claims.',
  signalsIntro: 'Things an outsider can observe over time, without relying on promotional claims.',
  buckets: 'Buckets:',
  milestones: 'Milestones:',
  sourcesTitle: 'Sources',
  sourcesDescription: 'The bibliography, numbered as in the guide.',
  sourcesIntro: 'The sources the milestones cite, numbered as in the original guide.',
  key: 'Key:',
  citedBy: 'Cited by:',
  notCited: 'Not cited by any milestone.',
  date: (year, month, day) => {
    const name = month === undefined ? undefined : MONTHS_EN[month - 1];
    if (name === undefined) return String(year ?? '');
    return day === undefined ? `${name} ${year}` : `${day} ${name} ${year}`;
  },
  changesTitle: 'What changed',
  changesDescription: (label) => `Changes in version ${label}.`,
  firstRelease: (label, milestones, criteria, terms, sources) =>
    `Version ${label} is the first release: ${count(milestones, 'milestone')} with ${count(criteria, 'criterion', 'criteria')}, ${count(terms, 'glossary term')} and ${count(sources, 'source')}, taken from the original guide.`,
  added: 'Added',
  noChanges: (previous) => `No changes since version ${previous}.`,
  changesIntro: (previous, bump) =>
    `Changes since version ${previous}, item by item. This release is a **${bump}** release.`,
  changeGroups: {},
  wordByWord: (field) => `${field}, word by word`,
  windDownTitle: 'Wind-down plan',
  windDownDescription: 'How holders get their money back if an arrangement stops.',
  fullMilestone: (link) => `The full milestone is ${link}.`,
  credibleOutline: 'What a credible outline explains',
  milestone: (number) => `Milestone ${number}`,
  bucket: 'Bucket:',
  section: 'Section:',
  expectedFrom: 'Expected from:',
  criteria: 'Criteria',
  criteriaIntro:
    'Each criterion can be marked met or not met. Each starts with its id, a link to that criterion: copy it to point at it.',
  sourcesCited: 'Sources cited',
  related: 'Related milestones',
  crosswalks: 'Crosswalks',
  mappingMeaning:
    "Each mapping says that the milestone and the framework item address related things, and how: an OSCAL relationship (read from the milestone to the item) and what the comparison rests on (the meaning, the words or the function of the texts), with the words of the official text quoted as read. `no-relationship` says a framework was considered and nothing in it applies. Mappings are this rubric's judgement; meeting a milestone never means complying with a law or a standard.",
  noMapping: 'No item of the framework catalogs relates closely enough to this milestone.',
  restsOn: 'Rests on:',
  mayNotApply: 'May be marked not applicable:',
  readIn: (where) => `read in ${where}`,
  consideredHeading: 'Considered, and nothing applies',
  excerptsHeading: 'Words of the official text that mappings rest on:',
  howToCite: 'How to cite this',
  topic: 'topic',
  publisher: 'Publisher:',
  issued: 'Issued:',
  officialText: 'Official text:',
  citedByGuideAs: 'Cited by the guide as:',
  frameworkDescription: (title) => `How the milestones map to ${title}.`,
  topicNote:
    "An item shown with a *topic* is one whose official title was not verified for this catalog: the topic is this rubric's summary of its subject, not its title.",
  issuedOn: (date) => `Issued ${date}.`,
  retiredItem: 'This item is retired.',
  noMilestoneMaps: 'No milestone maps to this item.',
  unmappedHeading: 'Items no milestone maps to',
  everyItemMapped: 'Every item of this framework has at least one mapping.',
  criterionOwner: (id) => ` (criterion \`${id}\`)`,
  next: (version) => `Next (${version} and unreleased changes)`,
  nextCite: (version) => `${version} and unreleased changes`,
  partlyEnglish: 'Some of this page is shown in English: it is not translated yet.',
  partlyStale: 'Some of this page was translated from an earlier English text and may be out of date.',
};

const es: Labels = {
  home: 'Inicio',
  versionIntro: (label, milestones, criteria) =>
    `Esta es la versión **${label}** de la rúbrica: ${milestones} ${milestones === 1 ? 'hito' : 'hitos'} y ${criteria} ${criteria === 1 ? 'criterio' : 'criterios'} que un evaluador puede marcar como cumplidos o no cumplidos. El mapa muestra cada hito por [categoría de riesgo](./map.mdx) (filas) y por la [etapa del ciclo de vida](./stages.mdx) cuya descripción en la guía lo nombra, cuando alguna lo hace (columnas); cada número lleva al hito: sus criterios, por qué importa, cómo leer la evidencia y sus fuentes.`,
  howToUse: 'Cómo usarla',
  howToUseItems: [
    'Lea un hito y contraste un acuerdo con sus criterios; el [glosario](./glossary.mdx) define los términos y cada cita lleva a las [fuentes](./sources.mdx).',
    'Registre una evaluación en la página de [autoevaluación](/self-assessment) o como un archivo YAML para `npx usd1-milestones assess`, y compare acuerdos lado a lado en la página de [comparación](/compare).',
    'Siga las [señales de progreso](./signals.mdx): lo que cualquiera puede observar a lo largo del tiempo.',
    'Vea [qué cambió](./changes.mdx) en esta versión.',
  ],
  matureNote:
    'Un acuerdo maduro suele mostrar avances en todas las categorías, no solo en la estabilidad del precio. Compare los acuerdos en todas ellas.',
  neutralityNotice: 'Aviso de neutralidad',
  notAdvice: 'No es asesoramiento',
  howToCiteVersion: 'Cómo citar esta versión',
  citeRelease: (version) =>
    `Cite la rúbrica con su versión: los criterios pueden cambiar de una versión a otra. Para la versión ${version}, en BibTeX y en CSL-JSON (para Zotero, Pandoc y otras herramientas de citas); las mismas entradas, y un CITATION.cff, están entre las [descargas](/data) de esta versión.`,
  citeNext:
    'Next contiene cambios no publicados y no tiene una cita propia; cite una versión publicada, cuya página de inicio da su cita.',
  mapTitle: 'Mapa de hitos',
  mapDescription: 'Los hitos en sus siete categorías de riesgo.',
  mapIntro: (milestones, buckets) =>
    `Los ${milestones} hitos en ${buckets} categorías de riesgo, según la [etapa del ciclo de vida](./stages.mdx) cuya descripción en la guía nombra cada uno, cuando alguna lo hace.`,
  glossaryTitle: 'Glosario',
  glossaryDescription: 'Cada término que define la guía.',
  glossaryIntro: 'Cada término que define la guía, con sus abreviaturas y otras grafías (en inglés).',
  also: 'También:',
  seeAlso: 'Véase también:',
  stagesTitle: 'Etapas del ciclo de vida',
  stagesDescription: 'Las cinco etapas del ciclo de vida y los hitos vinculados a cada una.',
  stagesIntro:
    'Las expectativas aumentan a medida que crecen el volumen y el alcance. No todos los acuerdos siguen exactamente este camino. Un hito figura bajo una etapa solo cuando las palabras de la descripción de esa etapa en la guía nombran su tema; esas palabras se citan a su lado (en inglés, como las escribe la guía). La propia guía solo vincula el plan de cierre ordenado a una etapa (madurez a largo plazo); el resto es la lectura que esta rúbrica hace de las descripciones de las etapas, y un hito que no nombran no tiene etapa.',
  noMilestoneAtStage: 'Ningún hito está vinculado a esta etapa.',
  signalsTitle: 'Señales de progreso',
  signalsDescription: 'Señales que cualquiera puede seguir sin depender de afirmaciones promocionales.',
  signalsIntro:
    'Lo que un observador externo puede ver a lo largo del tiempo, sin depender de afirmaciones promocionales.',
  buckets: 'Categorías:',
  milestones: 'Hitos:',
  sourcesTitle: 'Fuentes',
  sourcesDescription: 'La bibliografía, numerada como en la guía.',
  sourcesIntro:
    'Las fuentes que citan los hitos, numeradas como en la guía original. Los títulos son los de su publicación.',
  key: 'Clave:',
  citedBy: 'La citan:',
  notCited: 'Ningún hito la cita.',
  date: (year, month, day) => {
    const name = month === undefined ? undefined : MONTHS_ES[month - 1];
    if (name === undefined) return String(year ?? '');
    return day === undefined ? `${name} de ${year}` : `${day} de ${name} de ${year}`;
  },
  changesTitle: 'Qué cambió',
  changesDescription: (label) => `Cambios en la versión ${label}.`,
  firstRelease: (label, milestones, criteria, terms, sources) =>
    `La versión ${label} es la primera publicación: ${milestones} hitos con ${criteria} criterios, ${terms} términos del glosario y ${sources} fuentes, tomados de la guía original.`,
  added: 'Añadido',
  noChanges: (previous) => `Sin cambios desde la versión ${previous}.`,
  changesIntro: (previous, bump) =>
    `Cambios desde la versión ${previous}, elemento por elemento. Esta publicación es de tipo **${bump}**.`,
  changeGroups: {
    'Removed without a retired stub': 'Eliminado sin un registro de retiro',
    Retired: 'Retirado',
    'Renumbered or moved': 'Renumerado o trasladado',
    'Meaning changed': 'Cambio de significado',
    Added: 'Añadido',
    Editorial: 'Cambios de redacción',
  },
  changesInEnglish: 'La lista de cambios se muestra en inglés, tal como la genera la comparación de versiones.',
  wordByWord: (field) => `${field}, palabra por palabra (en inglés)`,
  windDownTitle: 'Plan de cierre ordenado',
  windDownDescription: 'Cómo recuperan su dinero los tenedores si un acuerdo deja de operar.',
  fullMilestone: (link) => `El hito completo es ${link}.`,
  credibleOutline: 'Qué explica un esquema creíble',
  milestone: (number) => `Hito ${number}`,
  bucket: 'Categoría:',
  section: 'Sección:',
  expectedFrom: 'Esperado desde:',
  criteria: 'Criterios',
  criteriaIntro:
    'Cada criterio puede marcarse como cumplido o no cumplido. Cada uno empieza con su identificador, un enlace a ese criterio: cópielo para remitir a él.',
  sourcesCited: 'Fuentes citadas',
  related: 'Hitos relacionados',
  crosswalks: 'Correspondencias',
  mappingMeaning:
    'Cada correspondencia indica que el hito y el elemento del marco tratan asuntos relacionados, y de qué modo: una relación OSCAL (leída del hito al elemento) y aquello en lo que se basa la comparación (el significado, las palabras o la función de los textos), con las palabras del texto oficial citadas tal como se leyeron. `no-relationship` indica que se consideró un marco y que nada en él se aplica. Las correspondencias son un juicio de esta rúbrica; cumplir un hito nunca significa cumplir una ley o una norma.',
  noMapping: 'Ningún elemento de los catálogos de marcos se relaciona lo bastante con este hito.',
  restsOn: 'Se basa en:',
  mayNotApply: 'Puede marcarse como no aplicable:',
  readIn: (where) => `leído en ${where}`,
  consideredHeading: 'Considerado, y nada se aplica',
  excerptsHeading:
    'Palabras del texto oficial en las que se basan las correspondencias (en la lengua en que se leyeron):',
  howToCite: 'Cómo citarlo',
  topic: 'tema',
  publisher: 'Editor:',
  issued: 'Publicado:',
  officialText: 'Texto oficial:',
  citedByGuideAs: 'Citado por la guía como:',
  frameworkDescription: (title) => `Cómo se corresponden los hitos con ${title}.`,
  topicNote:
    'Un elemento que se muestra con un *tema* es uno cuyo título oficial no se verificó para este catálogo: el tema es el resumen que hace esta rúbrica de su asunto, no su título. Los títulos oficiales sin traducción oficial verificada se muestran en inglés.',
  issuedOn: (date) => `Publicado en ${date}.`,
  retiredItem: 'Este elemento está retirado.',
  noMilestoneMaps: 'Ningún hito se corresponde con este elemento.',
  unmappedHeading: 'Elementos con los que no se corresponde ningún hito',
  everyItemMapped: 'Cada elemento de este marco tiene al menos una correspondencia.',
  criterionOwner: (id) => ` (criterio \`${id}\`)`,
  next: (version) => `Siguiente (${version} y cambios no publicados)`,
  nextCite: (version) => `${version} y cambios no publicados`,
  partlyEnglish: 'Parte de esta página se muestra en inglés: aún no está traducida.',
  partlyStale: 'Parte de esta página se tradujo de un texto en inglés anterior y puede estar desactualizada.',
};

const byLanguage: Readonly<Record<string, Labels>> = { en, es };

/** The labels of `lang`; English for a language this site has none for. */
export function labelsFor(lang: string): Labels {
  return byLanguage[lang] ?? en;
}

/** The languages the page templates are written in. */
export const labelLanguages: readonly string[] = Object.keys(byLanguage);
