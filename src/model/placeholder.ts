// The one mark of a gap in a policy's sources: `【待填写：what goes here】`. `policy init` writes it in
// its templates (templates/init/), `policy import` wherever the text does not state a fact the
// sources need; `policy check` warns at each one and `policy release` refuses while any remains
// (src/validate/placeholders.ts). A bare `【待填写】` is the same mark with nothing said about what goes there.

/** The words that open every placeholder. */
export const placeholderOpening = '【待填写';

/** A placeholder asking for `what`. */
export function placeholder(what: string): string {
  return `${placeholderOpening}：${what}】`;
}

/** Every placeholder of a text: group 1 is what it asks for (undefined for a bare `【待填写】`); a full-width or ASCII colon. */
export const placeholderPattern = /【待填写(?:[：:]([^】\n]{0,500}))?】/gu;

