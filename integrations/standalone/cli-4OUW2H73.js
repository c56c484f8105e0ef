#!/usr/bin/env node
import {createRequire}from'node:module';import {a as a$2}from'./chunk-NAYJ2OWF.js';import {a as a$1}from'./chunk-HWJEMRVJ.js';import {c}from'./chunk-OQZOJQWK.js';import {b as b$1,a}from'./chunk-K2674ZA3.js';import'./chunk-6JFYHYWG.js';import'./chunk-PKRGBSYW.js';import'./chunk-JX2H5W23.js';import {b as b$2}from'./chunk-LBRA5PMM.js';import'./chunk-3CVNSV25.js';createRequire(import.meta.url);
var n={check:{summary:"check citations, glossary links and milestone links",load:()=>import('./check-5GKBTDSB.js')},diff:{summary:"what changed between two versions of the rubric, and the release it needs",load:()=>import('./diff-XMTYJ3YF.js')},assess:{summary:"score assessments of arrangements against the rubric, or compare several",load:()=>import('./assess-HDHJI3FH.js')},export:{summary:"write the rubric, or a release, in another format (FORMATS)",load:()=>import('./export-IYPHDBX3.js')},translations:{summary:"how far each translation is, and the round trip that brings it up to date",load:()=>import('./translations-TUN4O4XD.js')},"release-check":{summary:"fail when rubric/ changed without a large enough changeset",load:()=>import('./release-check-U6JEQJAX.js')}};async function l(){let{exportFormatIds:e}=await import('./export-BOCYZKJR.js'),s=(o,i)=>o==="export"?i.replace("FORMATS",e.join(", ")):i;return `usage: usd1-milestones <command> [options]

commands:
${Object.entries(n).map(([o,i])=>c(s(o,i.summary),60).map((g,w)=>`  ${(w===0?o:"").padEnd(14)} ${g}`).join(`
`)).join(`
`)}

options:
  -h, --help     show help (also: usd1-milestones help <command>)
  -v, --version  print the version
`}async function b(e){let[s,...r]=e;if(s===void 0||s==="-h"||s==="--help")return process.stdout.write(await l()),s===void 0?b$1.usage:b$1.ok;if(s==="-v"||s==="--version")return process.stdout.write(`${a$2}
`),b$1.ok;if(s==="help"){let[o]=r;return o===void 0?(process.stdout.write(await l()),b$1.ok):(await h(o).load()).run(["--help"])}if(s.startsWith("-"))throw new a(`Unknown option \`${s}\`; options go after the command: usd1-milestones <command> ${s}`);return (await h(s).load()).run(r)}function h(e){let s=Object.hasOwn(n,e)?n[e]:void 0;if(s)return s;let r=b$2(e,Object.keys(n));throw new a(`Unknown command \`${e}\`${r?` (did you mean \`${r}\`?)`:""}; expected one of: ${Object.keys(n).join(", ")}`)}var m=false,f;process.exitCode=b$1.usage;process.on("exit",()=>{m||(process.stderr.write(`usd1-milestones: internal error: the command ended without a result
`),process.exitCode=b$1.usage);});process.stdout.on("error",e=>{e.code==="EPIPE"&&(m=true,process.exit(f??b$1.ok)),process.stderr.write(`usd1-milestones: cannot write the output: ${e.code??e.message}
`),process.exit(b$1.usage);});b(process.argv.slice(2)).then(e=>{m=true,f=e,process.exitCode=e;},e=>{if(m=true,e instanceof a){process.stderr.write(`usd1-milestones: ${a$1(e.message)}
`),process.exitCode=e.exitCode;return}process.stderr.write(`usd1-milestones: internal error: ${e instanceof Error?e.message:String(e)}
`),process.env.USD1_MILESTONES_DEBUG&&console.error(e),process.exitCode=b$1.usage;});export{b as main};