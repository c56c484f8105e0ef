// The sidebar of "Next", written by scripts/generate-site.mjs (released versions get theirs in versioned_sidebars/).
module.exports = require('./sidebars.generated.json');
