import { usePluginData } from '@docusaurus/useGlobalData';
import { PRINTED_PDFS_PLUGIN, type PrintedPdfs } from '../shared/printed-pdfs';

/** Whether the site holds the PDF of /data/<folder>/ (a version, or `latest`). */
export function usePdfPrinted(): (folder: string) => boolean {
  const { folders } = usePluginData(PRINTED_PDFS_PLUGIN) as PrintedPdfs;
  return (folder) => folders.includes(folder);
}
