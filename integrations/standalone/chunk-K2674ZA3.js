import {createRequire}from'node:module';createRequire(import.meta.url);
var e=class extends Error{exitCode=2},s={ok:0,problems:1,usage:2};export{e as a,s as b};