import { usePluginData } from '@docusaurus/useGlobalData';
import { PRINTED_PDFS_PLUGIN, type PrintedPdfs } from '../shared/printed-pdfs';

/** Whether the site holds the PDF of /data/<folder>/ (a version, or `latest`). */
export function usePdfPrinted(): (folder: string) => boolean {
  const { folders } = usePluginData(PRINTED_PDFS_PLUGIN) as PrintedPdfs;
  return (folder) => folders.includes(folder);
}

/** The frameworks whose crosswalk /data/<folder>/ holds as an OSCAL mapping collection (none before 1.5.0). */
export function useCrosswalkFiles(): (folder: string) => readonly string[] {
  const { crosswalks } = usePluginData(PRINTED_PDFS_PLUGIN) as PrintedPdfs;
  return (folder) => crosswalks?.[folder] ?? [];
}
