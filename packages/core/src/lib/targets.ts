/**
 * Framework targets (`pfmi/P7`): the one check of whether a target names an
 * item of a catalog. No zod, so the remark plugin can use it.
 */
import { code } from './format.js';
import { didYouMean } from './suggest.js';

/** What the check reads of a catalog. */
export interface CatalogLike {
  readonly id: string;
  readonly items: readonly {
    readonly id: string;
    readonly status?: string | undefined;
    readonly replacedBy?: { readonly ids: readonly string[] } | undefined;
  }[];
}

/**
 * Why `target` (`pfmi/P7`) names no usable framework item, with a did-you-mean;
 * undefined when it is fine. The loader checks mapping targets with it and the
 * remark plugin `framework:` links, so both say the same.
 */
export function unknownTarget(target: string, catalogs: ReadonlyMap<string, CatalogLike>): string | undefined {
  const slash = target.indexOf('/');
  const frameworkId = slash < 0 ? target : target.slice(0, slash);
  const itemId = slash < 0 ? '' : target.slice(slash + 1);
  const catalog = catalogs.get(frameworkId);
  if (!catalog) {
    const known = [...catalogs.keys()];
    return `Unknown framework ${code(frameworkId)} in ${code(target)}, expected one of ${known.map(code).join(', ') || 'no catalogs (add frameworks/<id>.yaml)'}${didYouMean(frameworkId, known)}`;
  }
  const item = catalog.items.find((i) => i.id === itemId);
  if (!item) {
    const known = catalog.items.map((i) => i.id);
    return `Unknown item ${code(itemId)} in framework ${code(frameworkId)}${didYouMean(itemId, known)}`;
  }
  if (item.status === 'retired') {
    const where = item.replacedBy ? `; it was replaced by ${item.replacedBy.ids.map(code).join(', ')}` : '';
    return `The framework item ${code(target)} is retired${where}: map to an item that is not retired`;
  }
  return undefined;
}
