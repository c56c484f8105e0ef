/**
 * Splices rubric text into a page as the tree the rubric's parser produced
 * (see ../plugin/text-tokens.ts). Runs before Docusaurus's own remark plugins,
 * so headings in rubric text get ids and table-of-contents entries like any
 * other. A placeholder without a readable tree stops the build.
 */
import type { Parent, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';

const PLACEHOLDER = 'RubricText';
const BLOCK_TYPES = new Set(['paragraph', 'heading', 'thematicBreak', 'blockquote', 'list', 'code', 'definition']);

type Element = MdxJsxFlowElement | MdxJsxTextElement;
const isElement = (node: { type: string }): node is Element =>
  node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

export default function rubricText() {
  return (tree: Root, file: VFile) => {
    splice(tree, file);
  };
}

function splice(parent: Parent, file: VFile): void {
  // Children are rebuilt, not spliced: a long text can be thousands of nodes, too many to spread into a call.
  const children: RootContent[] = [];
  for (const node of parent.children as RootContent[]) {
    if (isElement(node) && node.name === PLACEHOLDER) {
      let nodes = decode(node, file);
      // A placeholder alone on a line is a block in MDX; a line of text then needs its paragraph,
      // unless it sits in an element of the page's own (`<p className="...">`), which is one already.
      if (node.type === 'mdxJsxFlowElement' && !isElement(parent) && nodes.some((n) => !BLOCK_TYPES.has(n.type))) {
        nodes = [{ type: 'paragraph', children: nodes as never }];
      }
      for (const inserted of nodes) children.push(inserted);
    } else {
      if ('children' in node) splice(node, file);
      children.push(node);
    }
  }
  parent.children = children as never;
}

function decode(node: Element, file: VFile): RootContent[] {
  const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'tree');
  try {
    const nodes: unknown = JSON.parse(Buffer.from(String(attribute?.value ?? ''), 'base64').toString('utf8'));
    if (Array.isArray(nodes)) return nodes as RootContent[];
  } catch {
    // Reported below.
  }
  throw new Error(`${file.path}: a ${PLACEHOLDER} placeholder has no readable tree; regenerate the pages`);
}
