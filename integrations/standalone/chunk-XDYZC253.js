import {createRequire}from'node:module';createRequire(import.meta.url);
var s={version:"0.4.0"};var i=s.version;export{i as a};