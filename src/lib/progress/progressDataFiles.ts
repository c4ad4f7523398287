/** The open-data files of the progress layer, published at /data/ only where a plan has a progress file. */
export const PROGRESS_DATA_FILES = ['progress.json', 'progress.csv'] as const;
export type ProgressDataFile = (typeof PROGRESS_DATA_FILES)[number];
