import {createRequire}from'node:module';createRequire(import.meta.url);
var r=/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;function u(t){return t.replace(r,n=>`\\u${n.charCodeAt(0).toString(16).padStart(4,"0")}`)}function e(t){return t.split(`
`).map(u).join(`
`)}export{u as a,e as b};