/**
 * A feed or a sitemap as the response to its route, or 404 when the view
 * model found nothing (an unknown section, a sitemap file past the last).
 */
export function documentResponse(document: { body: string; contentType: string } | undefined): Response {
  if (!document) return new Response('Not found', { status: 404 });
  return new Response(document.body, { headers: { 'Content-Type': document.contentType } });
}
