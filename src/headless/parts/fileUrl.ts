import type { FilePart } from '../../message';
import { sanitizeUrl } from '../markdown/sanitizeUrl';

// A raster or vector image type and nothing else: the media type is pasted into a `data:` URL, so a
// value with `;`, `,` or spaces could smuggle in parameters or end the header early.
const IMAGE_MEDIA_TYPE = /^image\/[a-z\d][a-z\d!#$&^_.+-]*$/i;

// `data:image/<type>[;params],…`: an image an `<img>` decodes as pixels. Browsers run no script from an
// image, SVG included, so an image data URL is as safe in `src` as an `https:` one.
const IMAGE_DATA_URL = /^data:image\/[a-z\d][a-z\d!#$&^_.+-]*(;[^,]*)?,/i;

/** Whether a file part is an image, by its media type. */
export const isImageFile = (part: FilePart): boolean => IMAGE_MEDIA_TYPE.test(part.mediaType.trim());

/**
 * The `src` for an image file part, or `null` when it has none that is safe: inline `data` as a
 * `data:` URL of its own image type, an image `data:` URL, or a URL `sanitizeUrl` lets through.
 */
export function imageSource(part: FilePart): string | null {
  const mediaType = part.mediaType.trim();
  if (typeof part.data === 'string' && part.data !== '' && IMAGE_MEDIA_TYPE.test(mediaType)) {
    return `data:${mediaType};base64,${part.data}`;
  }
  if (typeof part.url !== 'string') return null;
  const url = part.url.trim();
  if (IMAGE_DATA_URL.test(url)) return url;
  return sanitizeUrl(url);
}

/**
 * The `href` for a file part that is not shown inline, or `null`: only what `sanitizeUrl` lets
 * through. A `data:` URL is never a link target, since following one can open script-bearing content
 * (`text/html`, `image/svg+xml`) as a page.
 */
export const fileLink = (part: FilePart): string | null => (typeof part.url === 'string' ? sanitizeUrl(part.url) : null);
