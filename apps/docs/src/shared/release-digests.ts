/**
 * The SHA-256 of each frozen release's rubric.json, as the rubric package ships
 * it (`releases/<version>.json`): what a signed assessment's statement records
 * and `/compare` checks in the browser, as `assess verify --key` does. Shared
 * by the plugin (Node) and the pages (browser): nothing here may import either.
 */
export const RELEASE_DIGESTS_PLUGIN = 'usd1-milestones-release-digests';

/** Version -> lower-case hex SHA-256 of that release's rubric.json. */
export type ReleaseDigests = Readonly<Record<string, string>>;
