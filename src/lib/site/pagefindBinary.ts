import { createRequire } from 'node:module';

/**
 * The extended Pagefind binary, the one that cuts Chinese into words (the plain one would
 * index each run of Chinese text as one word). npm installs it in the platform's package,
 * which the `pagefind` package pulls in.
 */
export function pagefindBinary(): string {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const executable = platform === 'windows' ? 'pagefind_extended.exe' : 'pagefind_extended';
  try {
    return createRequire(import.meta.url).resolve(`@pagefind/${platform}-${process.arch}/bin/${executable}`);
  } catch {
    throw new Error(`the extended Pagefind binary (@pagefind/${platform}-${process.arch}) is not installed: run npm ci`);
  }
}
