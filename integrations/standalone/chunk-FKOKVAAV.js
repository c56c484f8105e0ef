import {createRequire}from'node:module';createRequire(import.meta.url);
var t=["citation-unknown","citation-malformed","citation-unused","citation-numbering","glossary-unknown","milestone-unknown","framework-unknown"],r=[...t,"rubric-schema","rubric-duplicate","rubric-syntax","unsafe-content","milestone-sources","milestone-sections","criterion-unmarkable","assessment-syntax","assessment-schema","assessment-consistency","translation-stale","translation-missing","translation-structure","translation-orphan"];function o(e,n,i){let s=t.includes(e)?i?.[e]:void 0;return s===void 0?n:s==="off"?void 0:s==="error"?"error":"warning"}var l={"citation-unknown":{severity:"error",description:"A citation key, or a number, that the bibliography or Sources list lacks.",explanation:"A citation key (`[@fsb-2032]`, or a key in a milestone's `sources:`\nlist) that `rubric/sources.yaml` lacks, or a numbered citation `[9]` beyond a\ndocument's own Sources list. Fix the key (the message suggests the closest one)\nor add the source to the bibliography.",examples:{as:"document",fails:["Reserves are held as the policy says [@fsb-2032]."],passes:["Reserves are held as the policy says [@fsb-2023]."],fixed:[{from:"Reserves are held as the policy says [@FSB-2023].",to:"Reserves are held as the policy says [@fsb-2023]."}]},fixable:true,fix:"`--fix` writes a key given in another case as the bibliography spells it\n(`[@FSB-2023]` becomes `[@fsb-2023]`). A close spelling (`fsb-2032`) is offered\n(the editor's quick fix, SARIF's `fixes`) and never applied."},"citation-malformed":{severity:"error",description:"A citation with an empty key: `[@]`, `[@ ]`.",explanation:"A citation with an empty key: `[@]`, `[@ ]`.",examples:{as:"document",fails:["As the report says [@]."],passes:["As the report says [@fsb-2023, p. 4]."]},fixable:false},"citation-unused":{severity:"warning",description:"A source that is never cited: in its document (numbered mode) or anywhere in the rubric.",explanation:`A numbered source that its document never cites, or a
bibliography entry that no file cites when the whole rubric is checked.`,examples:{as:"document",fails:[`The plan is tested [1].

## Sources

1. First source.
2. Second source.`],passes:[`The plan is tested [1] and published [2].

## Sources

1. First source.
2. Second source.`]},fixable:false},"citation-numbering":{severity:"error",description:"A Sources list whose written numbers are not the ones it shows.",explanation:"A Sources list whose items are written with other numbers than the ones\nit shows. Markdown numbers an ordered list by place, from its first number: once\n`4. A new source` is inserted between `1.` and `2.`, it shows as 2, and the\ntext's `[4]` points at another source. A list with the same number on every\nitem (`1.` each time) is numbered by place on purpose and is not reported.",examples:{as:"document",fails:[`Tested [1], published [4].

## Sources

1. First source.
4. A source inserted later.
2. Second source.
3. Third source.`],passes:[`Tested [1], published [2].

## Sources

1. First source.
1. Second source.`],fixed:[{from:`Tested [1] and [2], published [4] and [3].

## Sources

1. First source.
4. A source inserted later.
2. Second source.
3. Third source.
`,to:`Tested [1] and [3], published [2] and [4].

## Sources

1. First source.
2. A source inserted later.
3. Second source.
4. Third source.
`}]},fixable:true,fix:`\`--fix\` numbers the list in order and rewrites each citation with the number
its source now shows, when every item was written with a different number (then
what each citation meant is certain). With a number written twice, the finding
has no fix.`},"glossary-unknown":{severity:"error",description:"A `glossary:` link to a slug the glossary lacks, or to a retired term.",explanation:"A `glossary:` link, or a term's `seeAlso` entry, naming a slug the\nglossary lacks, or a link to a retired term. Slugs are the term lower-cased with other characters turned\ninto `-`: `Mint and burn` is `mint-and-burn`.",examples:{as:"document",fails:["Prices stay close through [arbitrage](glossary:arbitrge)."],passes:["Prices stay close through [arbitrage](glossary:arbitrage)."],fixed:[{from:"Checks of [who the customer is](glossary:know-your-customer) and [KYC](glossary:KYC).",to:"Checks of [who the customer is](glossary:kyc) and [KYC](glossary:kyc)."}]},fixable:true,fix:"`--fix` writes a term's name, an alias or a case variant as the term's slug\n(`glossary:KYC` and `glossary:know-your-customer` become `glossary:kyc`), and a\nretired term as the one term that replaced it. A close spelling is offered and\nnever applied."},"milestone-unknown":{severity:"error",description:"A `milestone:` link to an id the rubric lacks, or to a retired one.",explanation:"A `milestone:` link to an id the rubric lacks, or to a retired milestone or\ncriterion (the message names what replaced it).",examples:{as:"document",fails:["See [Milestone 5](milestone:reserve-polcy)."],passes:["See [Milestone 5](milestone:reserve-policy)."],fixed:[{from:"See [Milestone 5](milestone:5).",to:"See [Milestone 5](milestone:reserve-policy)."}]},fixable:true,fix:"`--fix` writes a milestone's number as its id (`milestone:5` becomes\n`milestone:reserve-policy`), a retired milestone or criterion as its one\nsuccessor, and a criterion under the milestone that holds it (criterion ids are\nunique in the rubric). A retired id replaced by several, and a close spelling,\nare left to the writer; the close spelling is offered."},"framework-unknown":{severity:"error",description:"A `framework:` link or a mapping `target` whose framework or item the catalogs lack.",explanation:'A `framework:` link in Markdown (`[PFMI Principle 7](framework:pfmi/P7)`)\nor a mapping `target` in a milestone\'s front matter (`target: pfmi/P7`) whose\nframework or item the catalogs in `rubric/frameworks/` lack, or an item that\nis retired. The message names the catalogs or the closest item, for example\n"Unknown item `P25` in framework `pfmi`; did you mean `P15`?". Fix the\ntarget, or add the item to its catalog if the official text has it (see\n[crosswalks.md](crosswalks.md)). For links in Markdown the level can be set in `usd1-milestones.json`; a mapping target is always an error.',examples:{as:"document",fails:["See [PFMI Principle 25](framework:pfmi/P25)."],passes:["See [PFMI Principle 7](framework:pfmi/P7)."]},fixable:true,fix:"`--fix` writes a retired item in a `framework:` link as the one item that\nreplaced it. A close spelling is offered and never applied. A mapping `target`\nin front matter is reported by the loader and has no fix."},"rubric-schema":{severity:"error",description:"A rubric file breaks the schema: wrong type, missing or unknown field, unknown reference.",explanation:"A rubric file that breaks the schema: a missing or unknown key (a\ntypo such as `buckt:` is never ignored), a value of the wrong type, a value too\nlong, an unknown bucket, section, stage or related milestone, a criterion id\nthat does not start with its milestone's id, a file name that does not match\n`NN-id.md`, a missing required file, or an empty `milestones/` folder. In a\nframework catalog: a catalog whose `id` is not its file name, an item with both\nor neither of `title` and `topic`, a mapping `relationship` that is not one of\nOSCAL's five.",fixable:false},"rubric-duplicate":{severity:"error",description:"Two milestones, criteria, terms or sources share an id or a number.",explanation:`Two buckets, sections, stages, signals, milestones, criteria, terms,
sources or items of one framework catalog share an id or a number, or two terms share a slug or alias. The
message gives the place of the first use.`,fixable:false},"rubric-syntax":{severity:"error",description:"A file that cannot be read as text, YAML or front matter: bad syntax, invalid UTF-8, too large.",explanation:`A file that cannot be read as data: invalid YAML or front matter,
front matter that is never closed, invalid UTF-8, a binary file, a file over
8 MB, a YAML alias bomb (more than 100 alias expansions), a YAML list or map of
more than 50,000 entries, an unreadable path, a symbolic link out of the rubric
folder, or a file not checked within the time budget.`,fixable:false},"unsafe-content":{severity:"error",description:"Raw HTML, MDX/JSX, expressions, `javascript:`/`data:` URLs, or invisible characters (control characters, line and paragraph separators, bidirectional marks and overrides) in rubric text.",explanation:"Raw HTML (comments included), MDX/JSX, curly braces (which MDX\nreads as code, `{#id}` heading ids included), or a URL whose scheme is not\n`https:`, `http:`, `mailto:`, `glossary:`, `milestone:` or `framework:`\n(`javascript:`, `data:` and `vbscript:` are named as unsafe; the scheme is read\nas a browser reads it, so `&#106;avascript:` and `java&#9;script:` count) in\nrubric text. Also an invisible character that can hide or reorder what a\nreader sees: a control character (ESC among them; tab and line breaks are\nallowed), U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR, or a\nbidirectional mark, embedding, override or isolate (U+061C, U+200E, U+200F,\nU+202A to U+202E, U+2066 to U+2069), reported at each one. Rubric text is every\nmilestone body and every string in the rubric's YAML and front matter,\ntranslations included: data that a website renders.",examples:{as:"rubric text",fails:['<div class="warning">Raw HTML</div>',"A [link](javascript:alert(1))."],passes:["A [link](https://example.org) and **emphasis**."]},fixable:false},"milestone-sources":{severity:"error",description:"A milestone whose front matter's `sources` and its body's citations differ.",explanation:"A milestone file whose `sources:` list and the citations in its body\ndisagree: a key listed that the body never cites (reported at the key in\n`sources`), or a key cited that `sources` does not list (reported at the\ncitation). The site lists a milestone's sources from `sources`, so the two must\nname the same ones.",examples:{as:"milestone file",fails:[`---
id: example
title: An example milestone
criteria:
  - id: example.policy
    text: The issuer publishes its reserve policy.
sources: [fsb-2023, imf-2025]
---
## Why it matters

Holders can see what backs the units [@fsb-2023].

## Reading the evidence

The policy is published on the issuer's site.
`],passes:[`---
id: example
title: An example milestone
criteria:
  - id: example.policy
    text: The issuer publishes its reserve policy.
sources: [fsb-2023]
---
## Why it matters

Holders can see what backs the units [@fsb-2023].

## Reading the evidence

The policy is published on the issuer's site.
`],fixed:[{from:`---
id: example
title: An example milestone
criteria:
  - id: example.policy
    text: The issuer publishes its reserve policy.
sources: [fsb-2023]
---
## Why it matters

Holders can see what backs the units [@fsb-2023], and how it is held [@imf-2025].

## Reading the evidence

The policy is published on the issuer's site.
`,to:`---
id: example
title: An example milestone
criteria:
  - id: example.policy
    text: The issuer publishes its reserve policy.
sources: [fsb-2023, imf-2025]
---
## Why it matters

Holders can see what backs the units [@fsb-2023], and how it is held [@imf-2025].

## Reading the evidence

The policy is published on the issuer's site.
`}]},fixable:true,fix:"`--fix` adds a key the body cites to the end of `sources:`, written as the\nlist is (`[a, b]` or one `- key` a line). A key listed and never cited is left:\nonly the writer knows whether to cite it or remove it."},"milestone-sections":{severity:"error",description:"A milestone body without the sections every milestone page shows.",explanation:"A milestone file whose body does not start with `## Why it matters`\nor has no `## Reading the evidence` section: the two sections every milestone\npage shows. The first is reported where the body starts, the second at the end\nof the file.",examples:{as:"milestone file",fails:[`---
id: example
title: An example milestone
criteria:
  - id: example.policy
    text: The issuer publishes its reserve policy.
sources: [fsb-2023]
---
## Why it matters

Holders can see what backs the units [@fsb-2023].
`],passes:[`---
id: example
title: An example milestone
criteria:
  - id: example.policy
    text: The issuer publishes its reserve policy.
sources: [fsb-2023]
---
## Why it matters

Holders can see what backs the units [@fsb-2023].

## Reading the evidence

The policy is published on the issuer's site.
`]},fixable:false},"criterion-unmarkable":{severity:"error",description:"A criterion an assessor cannot mark met or not met from a document, a report or the chain.",explanation:"A criterion whose `text` cannot be marked met or not met from a\ndocument, a report or the chain: a hedge (`where possible`, `to the extent`), a\njudgement with no stated test (`adequate`, `robust`, `reputable`, `clear`), a\nstate nobody outside can observe (`is aware`, `adapts to`, `understands`), a\nsentence that starts `There is` or `There are` and so names no one whose\ndocument shows it, or a definition of a glossary term (`Arbitrage is ...`),\ntrue whatever the arrangement does. Reported at the words. Say what a document\nshows, and whose: `The issuer publishes the criteria for listing and delisting\nthe units.` The guide's own words stay in the criterion's `seed`, which this\nrule does not read.",examples:{as:"milestone file",fails:[`---
id: example
title: An example milestone
criteria:
  - id: example.policy
    text: The units trade on reputable venues.
sources: [fsb-2023]
---
## Why it matters

Holders can see what backs the units [@fsb-2023].

## Reading the evidence

The policy is published on the issuer's site.
`,`---
id: example
title: An example milestone
criteria:
  - id: example.policy
    text: There are criteria for listing, where possible.
sources: [fsb-2023]
---
## Why it matters

Holders can see what backs the units [@fsb-2023].

## Reading the evidence

The policy is published on the issuer's site.
`],passes:[`---
id: example
title: An example milestone
criteria:
  - id: example.policy
    text: The issuer publishes its reserve policy.
sources: [fsb-2023]
---
## Why it matters

Holders can see what backs the units [@fsb-2023].

## Reading the evidence

The policy is published on the issuer's site.
`]},fixable:false},"assessment-syntax":{severity:"error",description:"An assessment file that cannot be read as YAML or JSON: bad syntax, a duplicate key, invalid UTF-8.",explanation:"An assessment file (`usd1-milestones assess`) that cannot be read as\nYAML or JSON: bad syntax, a duplicate key, invalid UTF-8, a binary file.",fixable:false},"assessment-schema":{severity:"error",description:"An assessment file that breaks its schema: an unknown milestone or criterion id, a wrong status, a bad date.",explanation:"An assessment file that breaks its schema\n(`@usd1-milestones/assess/assessment.schema.json`): a missing or unknown key, a\nstatus other than `met`, `partial`, `not-met`, `not-disclosed` or\n`not-applicable`, a date that is not `YYYY-MM-DD`, or a milestone or criterion\nid the rubric lacks.",fixable:false},"assessment-consistency":{severity:"warning",description:"An assessment that reads but says two things: a milestone marked met whose criteria are not, or a rubricVersion the rubric never had.",explanation:'An assessment that reads but says two things at once, or gives an\nanswer without what the answer needs:\n\n- a milestone marked `met` while one of its own criteria is `partial`,\n  `not-met` or `not-disclosed` (the milestone\'s status is what gets scored;\n  leave it out to derive it from the criteria);\n- a `rubricVersion` that is not a released or current version of the rubric\n  (the assessment is scored against the current rubric, and what changed since\n  cannot be listed);\n- `met` with no evidence: a milestone with none on itself or its criteria, or a\n  criterion with none on itself or its milestone;\n- `not-applicable` without a `note` saying why;\n- evidence without `asOf` (its age cannot be judged; `assess verify --pin`\n  fills it in), or dated after the assessment or in the future.\n\nScoring goes on. Its level is set in `usd1-milestones.json` like the\nchecker\'s rules: `"assessment-consistency": "off"` drops these warnings,\n`"error"` makes them fail `assess`.',fixable:false},"translation-stale":{severity:"warning",description:"A translation whose English text changed since it was translated; the message shows what changed.",explanation:"A translation under `rubric/translations/<lang>/` whose English\ntext changed since it was translated: its `source` is not the fingerprint of\nthe English as it is now. The message is at the `source` line and shows what\nchanged in the English word by word (`[-removed-]{+added+}`), when the English\nit was made from is in a frozen release. Translate the change and set `source`\nto the fingerprint the message gives (`usd1-milestones translations refresh`\nwrites both out). Until then the site shows the old translation with a note.",fixable:false},"translation-missing":{severity:"warning",description:"A string of the rubric with no translation in a language that exists.",explanation:`A string of the rubric that a language which exists does not
translate: a field in a translation file (at its parent's line), or a whole
file (at the language's folder, with the number of strings). The site shows
the English for it, with a note. Catalog titles are translated only where an
official translation exists, and retired items keep their English stub, so
neither is reported missing.`,fixable:false},"translation-structure":{severity:"error",description:"A translation that cites other keys or links other targets than its English text.",explanation:"A translation that cites other source keys or links other targets\nthan its English text: a dropped or added `[@key]`, or a `glossary:`,\n`milestone:`, `framework:` or web link that is not the English's (each as many\ntimes as the English has it; the order may change). Ids, citation keys and link\ntargets are never translated. The translation is not used until it is fixed.",fixable:false},"translation-orphan":{severity:"error",description:"A translation for an id, a field or a file that the rubric does not have.",explanation:"A translation of something the English does not have: a file with\nno English counterpart (`milestones/<id>.yaml` for a milestone that does not\nexist), or an id or field the English file lacks (`titel`, or an id the\nrubric never had). The message suggests the closest name.\nRemove it or fix the name.",fixable:false}},a="https://github.com/usd1-milestones/usd1-milestones";function h(e){return `${a}/blob/main/docs/rules.md#${e}`}
export{t as a,r as b,o as c,l as d,a as e,h as f};