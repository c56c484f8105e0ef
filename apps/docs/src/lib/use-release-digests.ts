import { usePluginData } from '@docusaurus/useGlobalData';
import { RELEASE_DIGESTS_PLUGIN, type ReleaseDigests } from '../shared/release-digests';

/** The digest of a frozen release's rubric.json, by version; undefined for a version never frozen. */
export function useReleaseDigest(): (version: string) => string | undefined {
  const digests = usePluginData(RELEASE_DIGESTS_PLUGIN) as ReleaseDigests;
  return (version) => (Object.hasOwn(digests, version) ? digests[version] : undefined);
}
