/**
 * Splices rubric text into a page as the tree the rubric's parser produced
 * (see scripts/rubric-text.mjs). Runs before Docusaurus's own remark plugins,
 * so headings in rubric text get ids and table-of-contents entries like any
 * other. A placeholder without a readable tree stops the build.
 */
const PLACEHOLDER = 'RubricText';
const BLOCK_TYPES = new Set(['paragraph', 'heading', 'thematicBreak', 'blockquote', 'list', 'code', 'definition']);

export default function rubricText() {
  return (tree, file) => {
    splice(tree, file);
  };
}

function splice(parent, file) {
  if (!Array.isArray(parent.children)) return;
  // Children are rebuilt, not spliced: a long text can be thousands of nodes, too many to spread into a call.
  const children = [];
  for (const node of parent.children) {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === PLACEHOLDER) {
      let nodes = decode(node, file);
      // A placeholder alone on a line is a block in MDX; a line of text then needs its paragraph,
      // unless it sits in an element of the page's own (`<p className="...">`), which is one already.
      const inElement = parent.type === 'mdxJsxFlowElement' || parent.type === 'mdxJsxTextElement';
      if (node.type === 'mdxJsxFlowElement' && !inElement && nodes.some((n) => !BLOCK_TYPES.has(n.type))) {
        nodes = [{ type: 'paragraph', children: nodes }];
      }
      for (const inserted of nodes) children.push(inserted);
    } else {
      splice(node, file);
      children.push(node);
    }
  }
  parent.children = children;
}

function decode(node, file) {
  const attribute = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'tree');
  try {
    const nodes = JSON.parse(Buffer.from(String(attribute?.value ?? ''), 'base64').toString('utf8'));
    if (Array.isArray(nodes)) return nodes;
  } catch {
    // Reported below.
  }
  throw new Error(`${file.path}: a ${PLACEHOLDER} placeholder has no readable tree; regenerate the pages`);
}
