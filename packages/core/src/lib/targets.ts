/**
 * Framework targets (`pfmi/P7`): the one check of whether a target names an
 * item of a catalog. No zod, so the remark plugin can use it.
 */
import { code } from './format.js';
import { replacedByText, soleSuccessor } from './successor.js';
import { closest, didYouMeanText } from './suggest.js';

/** What the check reads of a catalog. */
export interface CatalogLike {
  readonly id: string;
  readonly items: readonly {
    readonly id: string;
    readonly status?: string | undefined;
    readonly replacedBy?: { readonly ids: readonly string[] } | undefined;
  }[];
}

/** Why a target names no usable item, and what to write instead. */
export interface TargetProblem {
  readonly message: string;
  /** The whole target (`pfmi/P15`) of the one close candidate: offered, not applied. */
  readonly suggestion?: string;
  /** The whole target a retired item's one successor gives: certain, so `--fix` applies it. */
  readonly replacement?: string;
}

/**
 * Why `target` (`pfmi/P7`) names no usable framework item, with a did-you-mean;
 * undefined when it is fine. The loader checks mapping targets with it and the
 * remark plugin `framework:` links, so both say the same.
 */
export function targetProblem(target: string, catalogs: ReadonlyMap<string, CatalogLike>): TargetProblem | undefined {
  const slash = target.indexOf('/');
  const frameworkId = slash < 0 ? target : target.slice(0, slash);
  const itemId = slash < 0 ? '' : target.slice(slash + 1);
  const catalog = catalogs.get(frameworkId);
  if (!catalog) {
    const known = [...catalogs.keys()];
    const near = closest(frameworkId, known);
    return {
      message: `Unknown framework ${code(frameworkId)} in ${code(target)}, expected one of ${known.map(code).join(', ') || 'no catalogs (add frameworks/<id>.yaml)'}${didYouMeanText(near)}`,
      ...(near !== undefined && slash >= 0 ? { suggestion: `${near}/${itemId}` } : {}),
    };
  }
  const items = new Map(catalog.items.map((i) => [i.id, i]));
  const item = items.get(itemId);
  if (!item) {
    // A retired item is no answer to a typo: its successor would be.
    const near = closest(
      itemId,
      catalog.items.filter((i) => i.status !== 'retired').map((i) => i.id),
    );
    return {
      message: `Unknown item ${code(itemId)} in framework ${code(frameworkId)}${didYouMeanText(near)}`,
      ...(near !== undefined ? { suggestion: `${frameworkId}/${near}` } : {}),
    };
  }
  if (item.status === 'retired') {
    const successor = soleSuccessor(itemId, (id) => items.get(id));
    return {
      message: `The framework item ${code(target)} is retired${replacedByText(item)}: map to an item that is not retired`,
      ...(successor !== undefined ? { replacement: `${frameworkId}/${successor}` } : {}),
    };
  }
  return undefined;
}

/** {@link targetProblem}'s message alone. */
export function unknownTarget(target: string, catalogs: ReadonlyMap<string, CatalogLike>): string | undefined {
  return targetProblem(target, catalogs)?.message;
}
