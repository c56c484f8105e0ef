import {createRequire}from'node:module';createRequire(import.meta.url);
var e={version:"0.3.0"};var n=e.version;export{n as a};