/**
 * The body HTML, rendered and sanitized by the one Markdown pipeline
 * (lib/content/markdown.ts) when the page was rendered; the page is then
 * cached, so nothing is parsed per request.
 */
export function ArticleBody({ html }: { html: string }) {
  return (
    <div
      className="article-body prose prose-lg mt-6 max-w-none font-serif prose-headings:font-serif prose-a:underline-offset-2"
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
