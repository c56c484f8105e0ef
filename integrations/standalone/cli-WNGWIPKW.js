#!/usr/bin/env node
import {createRequire}from'node:module';import {a as a$2}from'./chunk-XDYZC253.js';import {a as a$1}from'./chunk-HWJEMRVJ.js';import {b,a as a$3,e}from'./chunk-ZANY3O77.js';import {b as b$1}from'./chunk-33RV55OA.js';import'./chunk-WLXV5TG5.js';import'./chunk-OIB4A6IY.js';import'./chunk-FKOKVAAV.js';import {b as b$2}from'./chunk-HTPK5SCD.js';import'./chunk-3CVNSV25.js';createRequire(import.meta.url);
var n={check:{summary:"check citations, glossary links and milestone links",load:()=>import('./check-QLQY2I6E.js')},diff:{summary:"what changed between two versions of the rubric, and the release it needs",load:()=>import('./diff-GFBWBTG2.js')},assess:{summary:"score assessments of arrangements against the rubric, or compare several",load:()=>import('./assess-U5LV7XU3.js')},export:{summary:"write the rubric, or a release, in another format (FORMATS)",load:()=>import('./export-52MMO2VM.js')},translations:{summary:"how far each translation is, and the round trip that brings it up to date",load:()=>import('./translations-MBTM2YUR.js')},"release-check":{summary:"fail when rubric/ changed without a large enough changeset",load:()=>import('./release-check-E4HCDXNX.js')}};async function h(){let{exportFormatIds:e$1}=await import('./export-O6DHM6G6.js'),s=(o,i)=>o==="export"?i.replace("FORMATS",e$1.join(", ")):i;return `usage: usd1-milestones <command> [options]

commands:
${Object.entries(n).map(([o,i])=>e(s(o,i.summary),60).map((w,b)=>`  ${(b===0?o:"").padEnd(14)} ${w}`).join(`
`)).join(`
`)}

options:
  -h, --help     show help (also: usd1-milestones help <command>)
  -v, --version  print the version
`}async function k(e){let[s,...r]=e;if(s===void 0||s==="-h"||s==="--help")return process.stdout.write(await h()),s===void 0?b.usage:b.ok;if(s==="-v"||s==="--version")return process.stdout.write(`${a$2}
`),b.ok;if(s==="help"){let[o]=r;return o===void 0?(process.stdout.write(await h()),b.ok):(await f(o).load()).run(["--help"])}if(s.startsWith("-"))throw new a$3(`Unknown option \`${s}\`; options go after the command: usd1-milestones <command> ${s}`);return (await f(s).load()).run(r)}function f(e){let s=Object.hasOwn(n,e)?n[e]:void 0;if(s)return s;let r=b$2(e,Object.keys(n));throw new a$3(`Unknown command \`${e}\`${r?` (did you mean \`${r}\`?)`:""}; expected one of: ${Object.keys(n).join(", ")}`)}var a=false,g;process.exitCode=b.usage;process.on("exit",()=>{a||(process.stderr.write(`usd1-milestones: internal error: the command ended without a result
`),process.exitCode=b.usage);});process.stdout.on("error",e=>{e.code==="EPIPE"&&(a=true,process.exit(g??b.ok)),process.stderr.write(`usd1-milestones: cannot write the output: ${e.code??e.message}
`),process.exit(b.usage);});k(process.argv.slice(2)).then(e=>{a=true,g=e,process.exitCode=e;},e=>{if(a=true,e instanceof b$1){process.stderr.write(`usd1-milestones: ${a$1(e.message)}
`),process.exitCode=e.exitCode;return}process.stderr.write(`usd1-milestones: internal error: ${e instanceof Error?e.message:String(e)}
`),process.env.USD1_MILESTONES_DEBUG&&console.error(e),process.exitCode=b.usage;});export{k as main};