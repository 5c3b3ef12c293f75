import { site } from '../site';

const dateFormatter = new Intl.DateTimeFormat(site.locale, {
  timeZone: site.timeZone,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

const dateTimeFormatter = new Intl.DateTimeFormat(site.locale, {
  timeZone: site.timeZone,
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZoneName: 'short',
});

/** "24 November 2026", in the site's time zone and locale. */
export function formatDate(iso: string): string {
  return dateFormatter.format(new Date(iso));
}

/** "24 Nov 2026, 07:45 GMT", in the site's time zone and locale. */
export function formatDateTime(iso: string): string {
  return dateTimeFormatter.format(new Date(iso));
}
