import { routes } from '@/lib/routes';

export type NotifyResult = { target: string; ok: boolean; detail: string };

/**
 * Sends the publish's cache tags to each server's revalidation route
 * (app/api/revalidate), with the site's secret. A server that cannot be
 * reached still hears of the publish through the store's revalidation log,
 * so a failure here is reported, never fatal.
 */
export async function notifyServers(
  tags: string[],
  targets: string[],
  secret: string,
  timeoutMs = 5000,
): Promise<NotifyResult[]> {
  if (!tags.length) return [];
  return Promise.all(
    targets.map(async (target): Promise<NotifyResult> => {
      try {
        const response = await fetch(`${target}${routes.api.revalidate}`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' },
          body: JSON.stringify({ tags }),
          signal: AbortSignal.timeout(timeoutMs),
        });
        return { target, ok: response.ok, detail: response.ok ? `${tags.length} tags` : `HTTP ${response.status}` };
      } catch (e) {
        return { target, ok: false, detail: e instanceof Error ? e.message : String(e) };
      }
    }),
  );
}
