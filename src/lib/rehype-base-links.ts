/**
 * A rehype plugin that puts the site's base path in front of root-relative links written in Markdown
 * (`[les 4](/lessen/van-like-naar-euro/)`), so lessons keep working when the site lives in a sub-folder.
 * Links that already start with the base, and absolute or relative URLs, stay as they are.
 */

interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/**
 * Prefixes a root-relative href with the base path.
 * @example prefixHref('/lessen/x/', '/cursus/') // '/cursus/lessen/x/'
 */
export function prefixHref(href: string, base: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  if (b === '/' || !href.startsWith('/') || href.startsWith('//') || href.startsWith(b)) return href;
  return b + href.slice(1);
}

/** The plugin: `[rehypeBaseLinks, { base: '/cursus/' }]`. */
export default function rehypeBaseLinks({ base }: { base: string }) {
  const visit = (node: HastNode) => {
    if (node.type === 'element' && node.tagName === 'a' && typeof node.properties?.['href'] === 'string') {
      node.properties['href'] = prefixHref(node.properties['href'], base);
    }
    node.children?.forEach(visit);
  };
  return (tree: HastNode) => visit(tree);
}
