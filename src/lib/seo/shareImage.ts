/**
 * The one share image of the site (public/share.png), as share cards declare it: the size
 * Open Graph readers crop to (1.91:1) and its media type. scripts/share-image.ts makes the file
 * at this size; a unit test checks the file matches.
 */
export const SHARE_IMAGE = { width: 1200, height: 630, type: 'image/png' } as const;
